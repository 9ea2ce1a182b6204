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

            ExampleLoader.Loaded loaded = loader.load(ExampleLoader.PLAN, "examples-test/quarterly-crime.csv")
                    .orElseThrow();

            Plan plan = plans.find("suffolk-2017-2021").orElseThrow();
            assertThat(loaded).isEqualTo(new ExampleLoader.Loaded(plan.id(), 3, null));
            assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
            var crime = plan.indicator("crime-total").orElseThrow();
            var series =
                    Observations.on(db).series(SeriesKey.total(plan.measureOf(crime), plan.force()), Instant.now());
            assertThat(series).hasSize(3);
            assertThat(series.getFirst().period()).isEqualTo(Period.quarter(2017, 1));
            assertThat(series.getFirst().value()).isEqualTo(11890.0);
        }
    }

    @Test
    void startsWithTheBundledPlanEvenIfItsDataIsRejected() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            ExampleLoader loader = new ExampleLoader(plans, db, Clock.systemUTC());

            // The bundled data gives rolling years for indicators the bundled plan calls quarterly; whichever
            // way that is settled, serve must start with the plan.
            ExampleLoader.Loaded loaded =
                    loader.load(ExampleLoader.PLAN, ExampleLoader.DATA).orElseThrow();

            assertThat(loaded.planId()).isEqualTo("suffolk-2017-2021");
            assertThat(loaded.observations() > 0 || loaded.dataRejected() != null)
                    .isTrue();
            assertThat(plans.find("suffolk-2017-2021")).isPresent();
        }
    }

    @Test
    void leavesADatabaseThatHasPlansAlone() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plans plans = Plans.on(db);
            ExampleLoader loader = new ExampleLoader(plans, db, Clock.systemUTC());
            loader.load(ExampleLoader.PLAN, "examples-test/quarterly-crime.csv");

            assertThat(loader.load(ExampleLoader.PLAN, "examples-test/quarterly-crime.csv"))
                    .isEmpty();
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
