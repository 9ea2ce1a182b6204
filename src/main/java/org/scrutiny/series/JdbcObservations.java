package org.scrutiny.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    private static final String COLUMNS = """
            o.period, o.value, o.numerator, o.denominator, o.status, o.note, o.revision, o.load_id, o.recorded_at
            """;

    private final Database database;

    JdbcObservations(Database database) {
        this.database = database;
    }

    @Override
    public List<Observation> series(SeriesKey key, Instant asAt) {
        // The newest revision that existed at asAt, not the newest now: reports re-run for a past meeting
        // must show the figures as they stood then.
        return database.jdbc()
                .sql("SELECT " + COLUMNS + """
                        FROM observation o
                        JOIN series s ON s.id = o.series_id
                        WHERE s.measure = :measure AND s.force_code = :force AND s.breakdown = :breakdown
                          AND o.revision = (
                              SELECT MAX(r.revision) FROM observation r
                              WHERE r.series_id = o.series_id AND r.period = o.period AND r.recorded_at <= :asAt)
                        ORDER BY o.period_end, o.period_start, o.period
                        """)
                .param("measure", key.measure())
                .param("force", key.force())
                .param("breakdown", key.breakdown())
                .param("asAt", asAt.toEpochMilli())
                .query(JdbcObservations::observation)
                .list();
    }

    @Override
    public Map<String, List<Observation>> totals(Collection<String> measures, String force, Instant asAt) {
        Map<String, List<Observation>> byMeasure = new LinkedHashMap<>();
        measures.forEach(measure -> byMeasure.put(measure, new ArrayList<>()));
        if (measures.isEmpty()) {
            return byMeasure;
        }
        // A plan's series share their few dozen periods: parse each spelling once, not once a row.
        Map<String, Period> periods = new HashMap<>();
        database.jdbc()
                .sql("SELECT s.measure, " + COLUMNS + """
                        FROM observation o
                        JOIN series s ON s.id = o.series_id
                        WHERE s.measure IN (:measures) AND s.force_code = :force AND s.breakdown = ''
                          AND o.revision = (
                              SELECT MAX(r.revision) FROM observation r
                              WHERE r.series_id = o.series_id AND r.period = o.period AND r.recorded_at <= :asAt)
                        ORDER BY s.measure, o.period_end, o.period_start, o.period
                        """)
                .param("measures", List.copyOf(byMeasure.keySet()))
                .param("force", force)
                .param("asAt", asAt.toEpochMilli())
                .query((RowCallbackHandler) rs -> byMeasure
                        .get(rs.getString("measure"))
                        .add(observation(rs, periods.computeIfAbsent(rs.getString("period"), Period::parse))));
        byMeasure.replaceAll((measure, series) -> List.copyOf(series));
        return byMeasure;
    }

    @Override
    public List<Observation> revisions(SeriesKey key, Period period) {
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
                .query(JdbcObservations::observation)
                .list();
    }

    private static Observation observation(ResultSet rs, int row) throws SQLException {
        return observation(rs, Period.parse(rs.getString("period")));
    }

    private static Observation observation(ResultSet rs, Period period) throws SQLException {
        return new Observation(
                period,
                doubleOrNull(rs, "value"),
                doubleOrNull(rs, "numerator"),
                doubleOrNull(rs, "denominator"),
                Observation.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getString("note"),
                rs.getInt("revision"),
                rs.getLong("load_id"),
                Instant.ofEpochMilli(rs.getLong("recorded_at")));
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
