package org.scrutiny.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanStatus;
import org.scrutiny.plan.Plans;
import org.scrutiny.plan.Plans.PlanSummary;
import org.scrutiny.series.Observations;
import org.scrutiny.series.Period;
import org.scrutiny.series.SeriesKey;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class ExampleLoaderTest {
    private static final ExampleLoader.Example SUFFOLK = new ExampleLoader.Example("suffolk-2017-2021");

    @Test
    void loadsTheBundledSuffolkPlanAndDataIntoAnEmptyDatabase() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            ExampleLoader loader = new ExampleLoader(plans, db, Clock.systemUTC(), ExampleLoader.ALL);

            ExampleLoader.Loaded loaded =
                    loader.load(SUFFOLK.planResource(), SUFFOLK.dataResource()).orElseThrow();

            Plan plan = plans.find("suffolk-2017-2021").orElseThrow();
            // 52 rolling years (March 2003 to December 2018) for each of four crime indicators.
            assertThat(loaded).isEqualTo(new ExampleLoader.Loaded(plan.id(), 4 * 52, null));
            assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
            var crime = plan.indicator("crime-total").orElseThrow();
            var series =
                    Observations.on(db).series(SeriesKey.total(plan.measureOf(crime), plan.force()), Instant.now());
            assertThat(series).hasSize(52);
            // Suffolk, 12 months to March 2003, all offences but fraud, in the Home Office table.
            assertThat(series.getFirst().period()).isEqualTo(Period.parse("12 months to 2003-03"));
            assertThat(series.getFirst().value()).isEqualTo(48633.0);
            assertThat(series.getLast().period()).isEqualTo(Period.parse("12 months to 2018-12"));
        }
    }

    @Test
    void startsWithTheBundledPlanEvenIfItsDataIsRejected() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            ExampleLoader loader = new ExampleLoader(plans, db, Clock.systemUTC(), ExampleLoader.ALL);

            ExampleLoader.Loaded loaded = loader.load(SUFFOLK.planResource(), "examples-test/rejected.csv")
                    .orElseThrow();

            assertThat(loaded.planId()).isEqualTo("suffolk-2017-2021");
            assertThat(loaded.observations()).isZero();
            assertThat(loaded.dataRejected()).startsWith("rejected.csv:3:1: unknown indicator 'no-such-indicator'");
            assertThat(plans.find("suffolk-2017-2021")).isPresent();
        }
    }

    @Test
    void leavesAPlanThatIsAlreadyHeldAlone() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            ExampleLoader loader = new ExampleLoader(plans, db, Clock.systemUTC(), ExampleLoader.ALL);
            loader.load(SUFFOLK.planResource(), SUFFOLK.dataResource());

            assertThat(loader.load(SUFFOLK.planResource(), SUFFOLK.dataResource()))
                    .isEmpty();
            assertThat(plans.all()).hasSize(1);
        }
    }

    @Test
    void loadsEveryBundledExampleOrThoseNamedIntoAnEmptyDatabaseOnly() {
        List<String> bundled = ExampleLoader.bundled().stream()
                .map(ExampleLoader.Example::planId)
                .toList();
        assertThat(bundled).contains(SUFFOLK.planId());
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            new ExampleLoader(plans, db, Clock.systemUTC(), "all").run(null);
            assertThat(plans.all()).extracting(PlanSummary::id).containsExactlyInAnyOrderElementsOf(bundled);
        }
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            new ExampleLoader(plans, db, Clock.systemUTC(), " suffolk-2017-2021 , no-such-plan").run(null);
            assertThat(plans.all()).extracting(PlanSummary::id).containsExactly(SUFFOLK.planId());

            // A database that holds plans is the user's: starting again loads nothing more.
            new ExampleLoader(plans, db, Clock.systemUTC(), "all").run(null);
            assertThat(plans.all()).hasSize(1);
        }
    }

    @Test
    void namesTheExamplesASettingChoosesLeavingOutUnknownNames() {
        assertThat(ExampleLoader.chosen("ALL")).isEqualTo(ExampleLoader.bundled());
        assertThat(ExampleLoader.chosen("")).isEqualTo(ExampleLoader.bundled());
        assertThat(ExampleLoader.chosen("no-such-plan,suffolk-2017-2021")).containsExactly(SUFFOLK);
        assertThat(ExampleLoader.chosen("no-such-plan")).isEmpty();
    }

    @Test
    void loadsThePlanAloneWhenThereIsNoDataFile() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            ExampleLoader loader = new ExampleLoader(Plans.on(db), db, Clock.systemUTC(), ExampleLoader.ALL);

            assertThat(loader.load(SUFFOLK.planResource(), "examples/no-such-file.csv"))
                    .hasValueSatisfying(
                            loaded -> assertThat(loaded.observations()).isZero());
        }
    }
}
