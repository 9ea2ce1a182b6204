package org.scrutiny.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutiny.store.Database;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The observations held in the database, read with one set of SQL on SQLite and PostgreSQL. Revisions
 * are written by the data loads of the {@code ingest} feature; this class only reads them.
 */
@Repository
class JdbcObservations implements Observations {
    // Read by position. The status comes as a number, as the driver turns each text into a string at a
    // cost that shows on a plan's tens of thousands of rows.
    private static final String COLUMNS = """
            o.period, o.value, o.numerator, o.denominator, CASE o.status WHEN 'final' THEN 1 ELSE 0 END,
            o.note, o.revision, o.load_id, o.recorded_at
            """;

    private final Database database;

    JdbcObservations(Database database) {
        this.database = database;
    }

    @Override
    public List<Observation> series(SeriesKey key, Instant asAt) {
        // The newest revision that existed at asAt, not the newest now: reports re-run for a past meeting
        // must show the figures as they stood then.
        Latest latest = new Latest();
        Map<String, Period> periods = new HashMap<>();
        database.jdbc()
                .sql("SELECT " + COLUMNS + """
                        FROM observation o
                        JOIN series s ON s.id = o.series_id
                        WHERE s.measure = :measure AND s.force_code = :force AND s.breakdown = :breakdown
                          AND o.recorded_at <= :asAt
                        ORDER BY o.period, o.revision
                        """)
                .param("measure", key.measure())
                .param("force", key.force())
                .param("breakdown", key.breakdown())
                .param("asAt", asAt.toEpochMilli())
                .query((RowCallbackHandler) rs -> latest.add(observation(rs, 1, periods)));
        return latest.inTimeOrder(timeOrderOf(periods.values()));
    }

    @Override
    public Map<String, List<Observation>> totals(Collection<String> measures, String force, Instant asAt) {
        Map<String, Latest> byMeasure = new LinkedHashMap<>();
        measures.forEach(measure -> byMeasure.put(measure, new Latest()));
        // A plan's series share their few dozen periods: parse each spelling once, not once a row.
        Map<String, Period> periods = new HashMap<>();
        if (!measures.isEmpty()) {
            database.jdbc()
                    .sql("SELECT o.series_id, s.measure, " + COLUMNS + """
                            FROM observation o
                            JOIN series s ON s.id = o.series_id
                            WHERE s.measure IN (:measures) AND s.force_code = :force AND s.breakdown = ''
                              AND o.recorded_at <= :asAt
                            ORDER BY s.measure, o.period, o.revision
                            """)
                    .param("measures", List.copyOf(byMeasure.keySet()))
                    .param("force", force)
                    .param("asAt", asAt.toEpochMilli())
                    .query(new RowCallbackHandler() {
                        // The rows come series by series: look up a series' measure once, not once a row.
                        private long seriesId = -1;
                        private Latest latest;

                        @Override
                        public void processRow(ResultSet rs) throws SQLException {
                            if (rs.getLong(1) != seriesId) {
                                seriesId = rs.getLong(1);
                                latest = byMeasure.get(rs.getString(2));
                            }
                            latest.add(observation(rs, 3, periods));
                        }
                    });
        }
        Comparator<Observation> inTime = timeOrderOf(periods.values());
        Map<String, List<Observation>> series = new LinkedHashMap<>();
        byMeasure.forEach((measure, latest) -> series.put(measure, latest.inTimeOrder(inTime)));
        return series;
    }

    @Override
    public DataVersion version() {
        return database.jdbc()
                .sql("SELECT COUNT(*), COALESCE(MAX(loaded_at), 0) FROM data_load")
                .query((rs, row) -> new DataVersion(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2))))
                .single();
    }

    @Override
    public List<Observation> revisions(SeriesKey key, Period period) {
        Map<String, Period> periods = new HashMap<>();
        return database.jdbc()
                .sql("SELECT " + COLUMNS + """
                        FROM observation o
                        JOIN series s ON s.id = o.series_id
                        WHERE s.measure = :measure AND s.force_code = :force AND s.breakdown = :breakdown
                          AND o.period = :period
                        ORDER BY o.revision
                        """)
                .param("measure", key.measure())
                .param("force", key.force())
                .param("breakdown", key.breakdown())
                .param("period", period.toString())
                .query((rs, row) -> observation(rs, 1, periods))
                .list();
    }

    /**
     * The observation in a row that holds {@link #COLUMNS} from column {@code first} on, read by position.
     *
     * @param periods the periods already read, by spelling, to share
     */
    private static Observation observation(ResultSet rs, int first, Map<String, Period> periods) throws SQLException {
        String period = rs.getString(first);
        return new Observation(
                periods.computeIfAbsent(period, Period::parse),
                doubleOrNull(rs, first + 1),
                doubleOrNull(rs, first + 2),
                doubleOrNull(rs, first + 3),
                rs.getInt(first + 4) == 1 ? Observation.Status.FINAL : Observation.Status.PROVISIONAL,
                rs.getString(first + 5),
                rs.getInt(first + 6),
                rs.getLong(first + 7),
                Instant.ofEpochMilli(rs.getLong(first + 8)));
    }

    private static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * The latest revision of each period, from rows read in order of period and revision: a later row for
     * the same period replaces the earlier. Choosing in Java, not with a correlated subquery per row,
     * halves the time a plan's totals take to read.
     */
    private static final class Latest {
        private final List<Observation> kept = new ArrayList<>();

        void add(Observation observation) {
            int last = kept.size() - 1;
            if (last >= 0 && kept.get(last).period().equals(observation.period())) {
                kept.set(last, observation);
            } else {
                kept.add(observation);
            }
        }

        /** The periods in time order: their spellings sort by time for months but not for every kind. */
        List<Observation> inTimeOrder(Comparator<Observation> inTime) {
            kept.sort(inTime);
            return List.copyOf(kept);
        }
    }

    /**
     * Orders observations by the time of their periods, each of which must be one of {@code periods}: the
     * distinct periods are put in order once, and the rows compared by their place, as a plan's thousands
     * of rows share a few dozen periods.
     */
    private static Comparator<Observation> timeOrderOf(Collection<Period> periods) {
        List<Period> inOrder = periods.stream().sorted().toList();
        Map<Period, Integer> place = new HashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            place.put(inOrder.get(i), i);
        }
        return Comparator.comparingInt(observation -> place.get(observation.period()));
    }
}
