package org.scrutiny.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutiny.store.Database;
import org.springframework.stereotype.Repository;

/** Progress updates in the {@code action_update} table. */
@Repository
class JdbcActionUpdates implements ActionUpdates {
    // The latest update is the one for the latest date; of two for the same date, the one recorded last.
    private static final String LATEST_FIRST = "u.as_of DESC, u.recorded_at DESC, u.id DESC";

    private final Database database;

    JdbcActionUpdates(Database database) {
        this.database = database;
    }

    @Override
    public boolean add(String planId, String actionRef, ProgressUpdate update) {
        Optional<Long> plan = database.jdbc()
                .sql("SELECT id FROM plan WHERE slug = :slug")
                .param("slug", planId)
                .query(Long.class)
                .optional();
        if (plan.isEmpty()) {
            return false;
        }
        database.jdbc()
                .sql("""
                        INSERT INTO action_update (plan_id, action_ref, as_of, status, text, author, recorded_at)
                        VALUES (:plan, :ref, :asOf, :status, :text, :author, :recordedAt)
                        """)
                .param("plan", plan.get())
                .param("ref", actionRef)
                .param("asOf", update.asOf().toString())
                .param("status", update.status().code())
                .param("text", update.text())
                .param("author", update.author())
                .param("recordedAt", update.recordedAt().toEpochMilli())
                .update();
        return true;
    }

    @Override
    public List<ProgressUpdate> of(String planId, String actionRef) {
        return database.jdbc()
                .sql("""
                        SELECT u.as_of, u.status, u.text, u.author, u.recorded_at
                        FROM action_update u JOIN plan p ON p.id = u.plan_id
                        WHERE p.slug = :slug AND u.action_ref = :ref
                        ORDER BY %s
                        """.formatted(LATEST_FIRST))
                .param("slug", planId)
                .param("ref", actionRef)
                .query(JdbcActionUpdates::update)
                .list();
    }

    @Override
    public Map<String, ActionStatus> currentStatuses(String planId) {
        Map<String, ActionStatus> statuses = new HashMap<>();
        database.jdbc().sql("""
                        SELECT u.action_ref, u.status
                        FROM action_update u JOIN plan p ON p.id = u.plan_id
                        WHERE p.slug = :slug
                        ORDER BY %s
                        """.formatted(LATEST_FIRST)).param("slug", planId).query(rs -> {
            statuses.putIfAbsent(rs.getString("action_ref"), statusOf(rs.getString("status")));
        });
        return statuses;
    }

    private static ProgressUpdate update(ResultSet rs, int row) throws SQLException {
        return new ProgressUpdate(
                LocalDate.parse(rs.getString("as_of")),
                statusOf(rs.getString("status")),
                rs.getString("text"),
                rs.getString("author"),
                Instant.ofEpochMilli(rs.getLong("recorded_at")));
    }

    static ActionStatus statusOf(String code) {
        for (ActionStatus status : ActionStatus.values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalStateException("unknown action status '" + code + "' in action_update");
    }
}
