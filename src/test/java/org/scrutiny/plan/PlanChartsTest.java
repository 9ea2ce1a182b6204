package org.scrutiny.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.indicator.IndicatorChart;
import org.scrutiny.indicator.IndicatorCharts;
import org.scrutiny.ingest.ImportListener;
import org.scrutiny.ingest.ObservationImporter;
import org.scrutiny.series.Observations;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class PlanChartsTest {
    private static final Instant FIRST_LOAD = Instant.parse("2024-05-01T09:00:00Z");
    private static final Instant SECOND_LOAD = Instant.parse("2024-06-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2024-07-01T09:00:00Z");
    private static final String PLAN = """
            scrutiny: 1
            id: charted
            title: A plan to chart
            force: suffolk
            period: {from: 2024-04-01, to: 2025-03-31}
            items:
              - id: A
                title: An item
                indicators:
                  - {id: crime, name: Crime, unit: count, polarity: lower-is-better}
            """;

    @TempDir
    Path folder;

    @Test
    void keepsAPlansChartsUntilALoadAddsDataOrThePlanChanges() throws IOException {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            Plan plan = PlanFile.read("charted.yaml", PLAN);
            PlanCharts charts = new PlanCharts(new IndicatorCharts(Observations.on(db)), Observations.on(db));
            load(db, plan, FIRST_LOAD, "crime,2024-01,10\ncrime,2024-02,12\n");

            Map<String, IndicatorChart> first = charts.of(plan, NOW);
            assertThat(latestValue(first)).isEqualTo(12.0);
            assertThat(charts.of(plan, NOW)).isSameAs(first);
            assertThat(charts.of(plan, NOW.plusSeconds(60)))
                    .as("the same data later on")
                    .isSameAs(first);

            load(db, plan, SECOND_LOAD, "crime,2024-03,15\n");
            Map<String, IndicatorChart> second = charts.of(plan, NOW);
            assertThat(second).isNotSameAs(first);
            assertThat(latestValue(second)).isEqualTo(15.0);

            // As at a moment before the last load: made afresh from the data of then, and not kept.
            Map<String, IndicatorChart> before = charts.of(plan, SECOND_LOAD.minusSeconds(1));
            assertThat(latestValue(before)).isEqualTo(12.0);
            assertThat(charts.of(plan, NOW)).isSameAs(second);

            Plan renamed = PlanFile.read("charted.yaml", PLAN.replace("name: Crime", "name: All crime"));
            assertThat(charts.of(renamed, NOW)).isNotSameAs(second);
        }
    }

    private void load(Database db, Plan plan, Instant at, String rows) throws IOException {
        Path file = Files.writeString(
                folder.resolve("data-" + at.toEpochMilli() + ".csv"), "indicator,period,value\n" + rows);
        ObservationImporter.on(db, Clock.fixed(at, ZoneOffset.UTC)).importFile(file, plan, "test", ImportListener.NONE);
    }

    private static double latestValue(Map<String, IndicatorChart> charts) {
        return charts.get("crime").latest().orElseThrow().value();
    }
}
