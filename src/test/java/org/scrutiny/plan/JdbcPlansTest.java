package org.scrutiny.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class JdbcPlansTest {
    private static final Instant NOW = Instant.parse("2024-05-01T09:00:00Z");
    private static final String SOURCE = """
            scrutiny: 1
            id: test-plan
            title: Test plan
            force: suffolk
            status: draft
            period: {from: 2020-04-01, to: 2021-03-31}
            items:
              - id: T1
                title: Theme one
            """;

    private static Plans plansOn(Database db) {
        return new JdbcPlans(db, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Plans.SavedPlan save(Plans plans, String source) {
        return plans.save(PlanFile.read("test.yaml", source), "test.yaml", source, "analyst");
    }

    private static long count(Database db, String table) {
        return db.jdbc().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storesANewPlanAsItsFirstVersion(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Plans plans = plansOn(db);

            assertThat(save(plans, SOURCE)).isEqualTo(new Plans.SavedPlan("test-plan", 1, true, true));

            assertThat(plans.find("test-plan")).contains(PlanFile.read("test.yaml", SOURCE));
            assertThat(plans.all())
                    .containsExactly(
                            new Plans.PlanSummary("test-plan", "Test plan", "suffolk", PlanStatus.DRAFT, 1, NOW));
            var version = db.jdbc()
                    .sql("SELECT file_name, source, sha256, imported_at, imported_by FROM plan_version")
                    .query((rs, n) ->
                            List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)))
                    .single();
            assertThat(version)
                    .containsExactly("test.yaml", SOURCE, JdbcPlans.sha256(SOURCE), NOW.toEpochMilli(), "analyst");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storesNothingWhenTheSameFileIsImportedAgain(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Plans plans = plansOn(db);
            save(plans, SOURCE);

            assertThat(save(plans, SOURCE)).isEqualTo(new Plans.SavedPlan("test-plan", 1, false, false));
            assertThat(count(db, "plan_version")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void addsAVersionForAChangedFileAndKeepsTheOldOne(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Plans plans = plansOn(db);
            save(plans, SOURCE);
            String changed = SOURCE.replace("title: Test plan", "title: Test plan, revised");

            assertThat(save(plans, changed)).isEqualTo(new Plans.SavedPlan("test-plan", 2, false, true));

            assertThat(plans.find("test-plan").orElseThrow().title()).isEqualTo("Test plan, revised");
            assertThat(plans.all()).singleElement().satisfies(p -> {
                assertThat(p.version()).isEqualTo(2);
                assertThat(p.title()).isEqualTo("Test plan, revised");
            });
            assertThat(db.jdbc()
                            .sql("SELECT source FROM plan_version ORDER BY version")
                            .query(String.class)
                            .list())
                    .containsExactly(SOURCE, changed);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void findsAPlanWithTheStatusPublishingGaveIt(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Plans plans = plansOn(db);
            save(plans, SOURCE);

            assertThat(plans.setStatus("test-plan", PlanStatus.PUBLISHED)).isTrue();

            assertThat(plans.find("test-plan").orElseThrow().status()).isEqualTo(PlanStatus.PUBLISHED);
            assertThat(plans.all().getFirst().status()).isEqualTo(PlanStatus.PUBLISHED);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aChangedFileSetsTheStatusItStates(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Plans plans = plansOn(db);
            save(plans, SOURCE);
            plans.setStatus("test-plan", PlanStatus.PUBLISHED);

            save(plans, SOURCE.replace("title: Test plan", "title: Test plan, revised"));

            assertThat(plans.find("test-plan").orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void knowsNothingOfAPlanNeverImported(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Plans plans = Plans.on(db);

            assertThat(plans.find("nowhere")).isEmpty();
            assertThat(plans.setStatus("nowhere", PlanStatus.PUBLISHED)).isFalse();
            assertThat(plans.all()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void listsPlansByTitle(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Plans plans = plansOn(db);
            save(plans, SOURCE.replace("test-plan", "zz").replace("Test plan", "A plan"));
            save(plans, SOURCE.replace("test-plan", "aa").replace("Test plan", "B plan"));

            assertThat(plans.all()).extracting(Plans.PlanSummary::id).containsExactly("zz", "aa");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storesTheSuffolkExample(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Plans plans = plansOn(db);
            String source = PlanFileTest.resource("examples/plans/suffolk-2017-2021.yaml");

            plans.save(PlanFile.read("suffolk-2017-2021.yaml", source), "suffolk-2017-2021.yaml", source, "analyst");

            Plan plan = plans.find("suffolk-2017-2021").orElseThrow();
            assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
            assertThat(plan.indicator("robbery")).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rollsBackTheWholeImportWhenAnyStepFails(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Plans plans = plansOn(db);
            Plan plan = PlanFile.read("test.yaml", SOURCE);

            // The plan row goes in first; the version row then breaks its NOT NULL file name.
            assertThatThrownBy(() -> plans.save(plan, null, SOURCE, "analyst"));

            assertThat(count(db, "plan")).isZero();
            assertThat(count(db, "plan_version")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void knowsTheSameForcesAsTheDatabase(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            List<String> inDatabase =
                    db.jdbc().sql("SELECT code FROM force").query(String.class).list();

            assertThat(ForceCodes.all()).hasSize(45).containsExactlyInAnyOrderElementsOf(inDatabase);
        }
    }
}
