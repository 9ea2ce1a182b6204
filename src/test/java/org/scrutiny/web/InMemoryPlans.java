package org.scrutiny.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanStatus;
import org.scrutiny.plan.Plans;
import org.scrutiny.store.Database;

/**
 * Plans held in memory for the page tests, standing in for the JDBC store while it is built on another
 * branch. It also writes the {@code plan} row, which progress updates refer to.
 */
final class InMemoryPlans implements Plans {
    private final Database database;
    private final Map<String, Plan> plans = new ConcurrentHashMap<>();

    InMemoryPlans(Database database) {
        this.database = database;
    }

    @Override
    public SavedPlan save(Plan plan, String fileName, String source, String importedBy) {
        boolean created = plans.put(plan.id(), plan) == null;
        if (created) {
            database.jdbc()
                    .sql("""
                            INSERT INTO plan (slug, force_code, title, status, current_version, created_at, updated_at)
                            VALUES (:slug, :force, :title, :status, 1, 0, 0)
                            """)
                    .param("slug", plan.id())
                    .param("force", plan.force())
                    .param("title", plan.title())
                    .param("status", plan.status().code())
                    .update();
        }
        return new SavedPlan(plan.id(), 1, created, true);
    }

    @Override
    public List<PlanSummary> all() {
        return plans.values().stream()
                .sorted(Comparator.comparing(Plan::title))
                .map(p -> new PlanSummary(p.id(), p.title(), p.force(), p.status(), 1, Instant.EPOCH))
                .toList();
    }

    @Override
    public Optional<Plan> find(String id) {
        return Optional.ofNullable(plans.get(id));
    }

    @Override
    public boolean setStatus(String id, PlanStatus status) {
        Plan plan = plans.get(id);
        if (plan == null) {
            return false;
        }
        plans.put(
                id,
                new Plan(
                        plan.id(),
                        plan.title(),
                        plan.force(),
                        plan.startsOn(),
                        plan.endsOn(),
                        status,
                        plan.vision(),
                        plan.values(),
                        plan.levels(),
                        plan.items()));
        return true;
    }
}
