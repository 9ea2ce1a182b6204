package org.scrutiny.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class ActionUpdatesTest {

    private static void insertPlan(Database db, String slug) {
        db.jdbc().sql("""
                        INSERT INTO plan (slug, force_code, title, status, current_version, created_at, updated_at)
                        VALUES (:slug, 'suffolk', 'A plan', 'draft', 1, 0, 0)
                        """).param("slug", slug).update();
    }

    private static ProgressUpdate update(String asOf, ActionStatus status, String text, long recordedAt) {
        return new ProgressUpdate(LocalDate.parse(asOf), status, text, "owner", Instant.ofEpochMilli(recordedAt));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void keepsEveryUpdateLatestFirstAndTakesTheStatusFromTheLatestDate(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            insertPlan(db, "plan-a");
            insertPlan(db, "plan-b");
            ActionUpdates updates = ActionUpdates.on(db);
            updates.add("plan-a", "1.1", update("2019-03-01", ActionStatus.AT_RISK, "behind", 3000));
            // Recorded later but about an earlier date: it does not become the current status.
            updates.add("plan-a", "1.1", update("2019-01-01", ActionStatus.IN_PROGRESS, "started", 4000));
            updates.add("plan-a", "2", update("2019-02-01", ActionStatus.COMPLETE, "done", 1000));
            updates.add("plan-b", "1.1", update("2019-05-01", ActionStatus.CANCELLED, "other plan", 1000));

            assertThat(updates.of("plan-a", "1.1"))
                    .extracting(ProgressUpdate::text)
                    .containsExactly("behind", "started");
            assertThat(updates.of("plan-a", "1.1").getFirst())
                    .isEqualTo(update("2019-03-01", ActionStatus.AT_RISK, "behind", 3000));
            assertThat(updates.currentStatuses("plan-a"))
                    .isEqualTo(Map.of("1.1", ActionStatus.AT_RISK, "2", ActionStatus.COMPLETE));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void breaksATieOnTheSameDateByWhichWasRecordedLast(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            insertPlan(db, "plan-a");
            ActionUpdates updates = ActionUpdates.on(db);
            updates.add("plan-a", "1", update("2019-03-01", ActionStatus.AT_RISK, "first", 1000));
            updates.add("plan-a", "1", update("2019-03-01", ActionStatus.IN_PROGRESS, "second", 2000));

            assertThat(updates.currentStatuses("plan-a")).containsEntry("1", ActionStatus.IN_PROGRESS);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void refusesAnUpdateForAnUnknownPlan(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            ActionUpdates updates = ActionUpdates.on(db);
            assertThat(updates.add("nowhere", "1", update("2019-03-01", ActionStatus.COMPLETE, "x", 1)))
                    .isFalse();
            assertThat(updates.of("nowhere", "1")).isEmpty();
            assertThat(updates.currentStatuses("nowhere")).isEmpty();
        }
    }
}
