package org.scrutiny.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.store.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plans in the database, each kept as every version of the file it was imported from (see
 * {@code docs/adr/001-plans-are-stored-as-their-files.md}). Reading a plan parses its current
 * file; parsed plans are cached by plan and version, which never change once stored.
 */
@Repository
class JdbcPlans implements Plans {
    private static final int CACHED = 32;

    private final Database database;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Plan> parsed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Plan> eldest) {
            return size() > CACHED;
        }
    };

    @Autowired
    JdbcPlans(Database database) {
        this(database, Clock.systemUTC());
    }

    JdbcPlans(Database database, Clock clock) {
        this.database = database;
        this.jdbc = database.jdbc();
        this.clock = clock;
    }

    @Override
    public SavedPlan save(Plan plan, String fileName, String source, String importedBy) {
        String sha256 = sha256(source);
        return database.transactions().execute(status -> {
            long now = clock.millis();
            Optional<Current> current = jdbc.sql("""
                            SELECT p.id, p.current_version, v.sha256
                            FROM plan p JOIN plan_version v ON v.plan_id = p.id AND v.version = p.current_version
                            WHERE p.slug = :slug""")
                    .param("slug", plan.id())
                    .query((rs, n) -> new Current(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                    .optional();
            if (current.isPresent() && current.get().sha256().equals(sha256)) {
                return new SavedPlan(plan.id(), current.get().version(), false, false);
            }
            long planId;
            int version;
            if (current.isEmpty()) {
                version = 1;
                planId = jdbc.sql("""
                                INSERT INTO plan (slug, force_code, title, status, current_version, created_at, updated_at)
                                VALUES (:slug, :force, :title, :status, :version, :now, :now)
                                RETURNING id""")
                        .param("slug", plan.id())
                        .param("force", plan.force())
                        .param("title", plan.title())
                        .param("status", plan.status().code())
                        .param("version", version)
                        .param("now", now)
                        .query(Long.class)
                        .single();
            } else {
                planId = current.get().planId();
                version = current.get().version() + 1;
                // A changed file is the analyst's latest word, its status included; the web may publish it again.
                jdbc.sql("""
                                UPDATE plan SET force_code = :force, title = :title, status = :status,
                                    current_version = :version, updated_at = :now
                                WHERE id = :id""")
                        .param("force", plan.force())
                        .param("title", plan.title())
                        .param("status", plan.status().code())
                        .param("version", version)
                        .param("now", now)
                        .param("id", planId)
                        .update();
            }
            jdbc.sql("""
                            INSERT INTO plan_version (plan_id, version, file_name, source, sha256, imported_at, imported_by)
                            VALUES (:plan, :version, :file, :source, :sha256, :now, :by)""")
                    .param("plan", planId)
                    .param("version", version)
                    .param("file", fileName)
                    .param("source", source)
                    .param("sha256", sha256)
                    .param("now", now)
                    .param("by", importedBy)
                    .update();
            return new SavedPlan(plan.id(), version, current.isEmpty(), true);
        });
    }

    @Override
    public List<PlanSummary> all() {
        return jdbc.sql("""
                        SELECT slug, title, force_code, status, current_version, updated_at
                        FROM plan ORDER BY title, slug""")
                .query((rs, n) -> new PlanSummary(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        status(rs.getString(4)),
                        rs.getInt(5),
                        Instant.ofEpochMilli(rs.getLong(6))))
                .list();
    }

    @Override
    public Optional<Plan> find(String id) {
        return jdbc.sql("""
                        SELECT p.status, p.current_version, v.file_name, v.source
                        FROM plan p JOIN plan_version v ON v.plan_id = p.id AND v.version = p.current_version
                        WHERE p.slug = :slug""")
                .param("slug", id)
                .query((rs, n) -> parsed(id, rs.getInt(2), rs.getString(3), rs.getString(4))
                        .withStatus(status(rs.getString(1))))
                .optional();
    }

    @Override
    public boolean setStatus(String id, PlanStatus status) {
        return jdbc.sql("UPDATE plan SET status = :status, updated_at = :now WHERE slug = :slug")
                        .param("status", status.code())
                        .param("now", clock.millis())
                        .param("slug", id)
                        .update()
                > 0;
    }

    private Plan parsed(String id, int version, String fileName, String source) {
        String key = id + "@" + version;
        synchronized (parsed) {
            Plan plan = parsed.get(key);
            if (plan != null) {
                return plan;
            }
        }
        Plan plan;
        try {
            plan = PlanFile.read(fileName, source);
        } catch (InvalidInputException e) {
            // Only a later change of the format could make a stored file invalid; say which plan to re-import.
            throw new IllegalStateException(
                    "version " + version + " of plan '" + id + "' no longer reads: " + e.getMessage(), e);
        }
        synchronized (parsed) {
            parsed.put(key, plan);
        }
        return plan;
    }

    private static PlanStatus status(String code) {
        return PlanStatus.valueOf(code.toUpperCase(Locale.ROOT));
    }

    static String sha256(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Current(long planId, int version, String sha256) {}
}
