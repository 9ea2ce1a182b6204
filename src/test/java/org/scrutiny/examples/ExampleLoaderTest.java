package org.scrutiny.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanStatus;
import org.scrutiny.plan.Plans;
import org.scrutiny.series.Observations;
import org.scrutiny.series.Period;
import org.scrutiny.series.SeriesKey;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class ExampleLoaderTest {

    @Test
    void loadsTheBundledSuffolkPlanAndDataIntoAnEmptyDatabase() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            ExampleLoader loader = new ExampleLoader(plans, db, Clock.systemUTC());

            ExampleLoader.Loaded loaded =
                    loader.load(ExampleLoader.PLAN, ExampleLoader.DATA).orElseThrow();

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
            ExampleLoader loader = new ExampleLoader(plans, db, Clock.systemUTC());

            ExampleLoader.Loaded loaded = loader.load(ExampleLoader.PLAN, "examples-test/rejected.csv")
                    .orElseThrow();

            assertThat(loaded.planId()).isEqualTo("suffolk-2017-2021");
            assertThat(loaded.observations()).isZero();
            assertThat(loaded.dataRejected()).startsWith("rejected.csv:3:1: unknown indicator 'no-such-indicator'");
            assertThat(plans.find("suffolk-2017-2021")).isPresent();
        }
    }

    @Test
    void leavesADatabaseThatHasPlansAlone() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            ExampleLoader loader = new ExampleLoader(plans, db, Clock.systemUTC());
            loader.load(ExampleLoader.PLAN, ExampleLoader.DATA);

            assertThat(loader.load(ExampleLoader.PLAN, ExampleLoader.DATA)).isEmpty();
            assertThat(plans.all()).hasSize(1);
        }
    }

    @Test
    void loadsThePlanAloneWhenThereIsNoDataFile() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            ExampleLoader loader = new ExampleLoader(Plans.on(db), db, Clock.systemUTC());

            assertThat(loader.load(ExampleLoader.PLAN, "examples/no-such-file.csv"))
                    .hasValueSatisfying(
                            loaded -> assertThat(loaded.observations()).isZero());
        }
    }
}
