package org.scrutiny.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.scrutiny.input.Problems;
import org.scrutiny.series.Period;
import org.scrutiny.store.Database;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One data load being written, inside the caller's transaction: its {@code data_load} row, its rows
 * in {@code observation_staging}, and the set-based statements that turn them into series and
 * observation revisions. The ingest feature is the only writer of observations; the series feature
 * reads them.
 */
final class JdbcObservationLoad implements AutoCloseable {
    /** Rows sent to the database in one round trip. */
    static final int BATCH = 1000;

    private static final String STAGE = """
            INSERT INTO observation_staging (load_id, line, measure, force_code, breakdown, period, period_start,
                period_end, value, numerator, denominator, status, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final Database database;
    private final String force;
    private final long id;
    private final Connection connection;
    private final PreparedStatement stage;
    private int pending;

    private JdbcObservationLoad(Database database, String force, long id) {
        this.database = database;
        this.force = force;
        this.id = id;
        // The connection the surrounding transaction is bound to, so that staging commits or rolls back
        // with everything else.
        this.connection = DataSourceUtils.getConnection(database.dataSource());
        try {
            this.stage = connection.prepareStatement(STAGE);
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, database.dataSource());
            throw new IllegalStateException("cannot prepare the staging of a data load", e);
        }
    }

    /** Whether the database knows a force, which every series must belong to. */
    static boolean knowsForce(Database database, String force) {
        return database.jdbc()
                        .sql("SELECT COUNT(*) FROM force WHERE code = ?")
                        .param(force)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Records the start of a load; must be called inside a transaction. {@code planId} is null for a load
     * that belongs to no plan, {@code force} for one that covers several forces.
     */
    static JdbcObservationLoad begin(
            Database database,
            String planId,
            String force,
            String kind,
            String fileName,
            String sha256,
            String loadedBy,
            Instant at) {
        Optional<Long> planKey = planId == null
                ? Optional.empty()
                : database.jdbc()
                        .sql("SELECT id FROM plan WHERE slug = ?")
                        .param(planId)
                        .query(Long.class)
                        .optional();
        long id = database.jdbc()
                .sql("""
                        INSERT INTO data_load (kind, file_name, sha256, plan_id, row_count, revisions, loaded_at, loaded_by)
                        VALUES (:kind, :file, :sha, :plan, 0, 0, :at, :by)
                        RETURNING id
                        """)
                .param("kind", kind)
                .param("file", fileName)
                .param("sha", sha256)
                .param("plan", planKey.orElse(null), Types.BIGINT)
                .param("at", at.toEpochMilli())
                .param("by", loadedBy)
                .query(Long.class)
                .single();
        return new JdbcObservationLoad(database, force, id);
    }

    long id() {
        return id;
    }

    void stage(StagedRow row) {
        stage(force, row);
    }

    /** Stages a row of a file that holds several forces' data, for one of them. */
    void stage(String forceCode, StagedRow row) {
        try {
            stage.setLong(1, id);
            stage.setLong(2, row.line());
            stage.setString(3, row.measure());
            stage.setString(4, forceCode);
            stage.setString(5, row.breakdown());
            String[] period = periodTexts.computeIfAbsent(row.period(), JdbcObservationLoad::texts);
            stage.setString(6, period[0]);
            stage.setString(7, period[1]);
            stage.setString(8, period[2]);
            setDouble(9, row.value());
            setDouble(10, row.numerator());
            setDouble(11, row.denominator());
            stage.setString(12, row.status());
            stage.setString(13, row.note());
            stage.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage line " + row.line() + " of a data load", e);
        }
    }

    /** A period as staged: its name, first day and last day, written once a load, not once a row. */
    private final Map<Period, String[]> periodTexts = new HashMap<>();

    private static String[] texts(Period period) {
        return new String[] {
            period.toString(), period.start().toString(), period.end().toString()
        };
    }

    private void setDouble(int index, Double value) throws SQLException {
        if (value == null) {
            stage.setNull(index, Types.DOUBLE);
        } else {
            stage.setDouble(index, value);
        }
    }

    /** Sends the rows staged so far; returns whether there were any. */
    boolean flush() {
        if (pending == 0) {
            return false;
        }
        try {
            stage.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage the rows of a data load", e);
        }
        pending = 0;
        return true;
    }

    /**
     * Adds a problem for every staged row that repeats an earlier one's series and period, naming the
     * line it repeats. The database sorts and groups, so no row is held in memory.
     */
    void reportDuplicates(Problems problems, int column, DataFile file) {
        flush();
        int[] first = {0};
        String[] group = {null};
        database.jdbc().sql("""
                        SELECT s.line, s.measure, s.breakdown, s.period
                        FROM observation_staging s
                        JOIN (SELECT measure, force_code, breakdown, period
                              FROM observation_staging
                              WHERE load_id = :load
                              GROUP BY measure, force_code, breakdown, period
                              HAVING COUNT(*) > 1) d
                          ON d.measure = s.measure AND d.force_code = s.force_code
                         AND d.breakdown = s.breakdown AND d.period = s.period
                        WHERE s.load_id = :load
                        ORDER BY s.measure, s.breakdown, s.period, s.line
                        """).param("load", id).query((RowCallbackHandler) rs -> {
            int line = rs.getInt("line");
            String breakdown = rs.getString("breakdown");
            String key = rs.getString("measure") + "\u0000" + breakdown + "\u0000" + rs.getString("period");
            if (!key.equals(group[0])) {
                group[0] = key;
                first[0] = line;
                return;
            }
            problems.add(
                    line,
                    column,
                    "the same indicator, period (" + rs.getString("period") + ") and"
                            + " breakdown (" + (breakdown.isEmpty() ? "total" : breakdown) + ") as line " + first[0]
                            + ": a file may give each value once" + file.cellName(line, column));
        });
    }

    /**
     * Turns the staged rows into series and observation revisions: a row becomes the next revision of
     * its period only where it differs from the latest one, so loading a file twice adds nothing.
     *
     * @return how many revisions were added
     */
    long merge(long rows, Instant at) {
        flush();
        database.jdbc().sql("""
                        INSERT INTO series (measure, force_code, breakdown)
                        SELECT DISTINCT measure, force_code, breakdown
                        FROM observation_staging
                        WHERE load_id = :load
                        ON CONFLICT (measure, force_code, breakdown) DO NOTHING
                        """).param("load", id).update();
        long added = database.jdbc()
                .sql("""
                        INSERT INTO observation (series_id, period, period_start, period_end, revision, value, numerator,
                            denominator, status, note, load_id, recorded_at)
                        SELECT se.id, s.period, s.period_start, s.period_end, COALESCE(latest.revision, 0) + 1,
                            s.value, s.numerator, s.denominator, s.status, s.note, :load, :at
                        FROM observation_staging s
                        JOIN series se
                          ON se.measure = s.measure AND se.force_code = s.force_code AND se.breakdown = s.breakdown
                        LEFT JOIN observation latest
                          ON latest.series_id = se.id AND latest.period = s.period
                         AND latest.revision = (SELECT MAX(o.revision) FROM observation o
                                                WHERE o.series_id = se.id AND o.period = s.period)
                        WHERE s.load_id = :load
                          AND (latest.revision IS NULL
                               OR latest.value IS DISTINCT FROM s.value
                               OR latest.numerator IS DISTINCT FROM s.numerator
                               OR latest.denominator IS DISTINCT FROM s.denominator
                               OR latest.status IS DISTINCT FROM s.status
                               OR latest.note IS DISTINCT FROM s.note)
                        """)
                .param("load", id)
                .param("at", at.toEpochMilli())
                .update();
        database.jdbc()
                .sql("DELETE FROM observation_staging WHERE load_id = :load")
                .param("load", id)
                .update();
        database.jdbc()
                .sql("UPDATE data_load SET row_count = :rows, revisions = :added, loaded_at = :at WHERE id = :load")
                .param("rows", rows)
                .param("added", added)
                .param("at", at.toEpochMilli())
                .param("load", id)
                .update();
        return added;
    }

    @Override
    public void close() {
        try {
            stage.close();
        } catch (SQLException ignored) {
            // The transaction's outcome decides what is kept; a statement that will not close changes nothing.
        } finally {
            DataSourceUtils.releaseConnection(connection, database.dataSource());
        }
    }
}
