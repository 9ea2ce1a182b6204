package org.scrutiny.ingest;

import java.time.LocalDate;
import java.util.List;
import org.scrutiny.indicator.Baseline;
import org.scrutiny.indicator.Breakdown;
import org.scrutiny.indicator.ChartSettings;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.Polarity;
import org.scrutiny.indicator.Target;
import org.scrutiny.indicator.Unit;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanItem;
import org.scrutiny.plan.PlanStatus;
import org.scrutiny.series.Frequency;
import org.scrutiny.store.Database;

/** Plans built in Java for import tests, and the {@code plan} row that a data load refers to. */
public final class TestPlans {
    static final String FORCE = "suffolk";

    static final Breakdown AREA = new Breakdown(
            "area", "Area", List.of(new Breakdown.Value("rural", "Rural"), new Breakdown.Value("urban", "Urban")));
    static final Breakdown AGE = new Breakdown(
            "age",
            "Age group",
            List.of(new Breakdown.Value("children", "Children"), new Breakdown.Value("adults", "Adults")));

    private TestPlans() {}

    /**
     * A small plan: {@code C1}, a monthly count by area; {@code P1}, a quarterly percentage by age;
     * {@code A1}, an annual count whose data the plan says is not yet collected.
     */
    public static Plan standard() {
        return plan(
                "test-plan",
                indicator("C1", Unit.COUNT, Frequency.MONTHLY, true, AREA),
                indicator("P1", Unit.PERCENT, Frequency.QUARTERLY, true, AGE),
                indicator("A1", Unit.COUNT, Frequency.ANNUAL, false));
    }

    /** A plan of {@code count} monthly count indicators, M0, M1, …, for generated files. */
    static Plan many(int count) {
        Indicator[] indicators = new Indicator[count];
        for (int i = 0; i < count; i++) {
            indicators[i] = indicator("M" + i, Unit.COUNT, Frequency.MONTHLY, true);
        }
        return plan("big-plan", indicators);
    }

    static Indicator indicator(String ref, Unit unit, Frequency frequency, boolean collected, Breakdown... breakdowns) {
        return new Indicator(
                ref,
                "Indicator " + ref,
                "",
                unit,
                Polarity.LOWER_IS_BETTER,
                frequency,
                "force data",
                List.of(breakdowns),
                new Baseline.None(),
                new Target.None(),
                null,
                false,
                collected,
                collected ? null : "data not currently captured",
                null,
                ChartSettings.defaults(),
                null,
                null);
    }

    static Plan plan(String id, Indicator... indicators) {
        PlanItem item = new PlanItem("O1", "Objective one", "", List.of(), List.of(indicators), List.of(), null, null);
        return new Plan(
                id,
                "Test plan " + id,
                FORCE,
                LocalDate.of(2017, 4, 1),
                LocalDate.of(2021, 3, 31),
                PlanStatus.DRAFT,
                "",
                List.of(),
                List.of("objective"),
                List.of(item));
    }

    /** Inserts the plan's row, as plan storage would, so that the data load can refer to it. */
    public static void store(Database db, Plan plan) {
        db.jdbc().sql("""
                        INSERT INTO plan (slug, force_code, title, status, current_version, created_at, updated_at)
                        VALUES (?, ?, ?, 'draft', 1, 0, 0)
                        """).params(plan.id(), plan.force(), plan.title()).update();
    }
}
