package org.scrutiny.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.scrutiny.store.Database;

/** The plans Scrutiny holds, each kept as every version of the file it was imported from. */
public interface Plans {

    /** The plans stored in a database. */
    static Plans on(Database database) {
        return new JdbcPlans(database);
    }

    /**
     * Stores a plan read from a file: a new plan, or the next version of the plan with the same id. A
     * file identical to the current version stores nothing.
     */
    SavedPlan save(Plan plan, String fileName, String source, String importedBy);

    /** Every plan, by title. */
    List<PlanSummary> all();

    /** The current version of a plan, with the status it has now (which publishing may have changed). */
    Optional<Plan> find(String id);

    /** Publishes or withdraws a plan; false if there is no such plan. */
    boolean setStatus(String id, PlanStatus status);

    record SavedPlan(String id, int version, boolean created, boolean changed) {}

    record PlanSummary(String id, String title, String force, PlanStatus status, int version, Instant updatedAt) {}
}
