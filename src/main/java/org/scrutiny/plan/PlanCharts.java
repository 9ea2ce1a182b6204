package org.scrutiny.plan;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.scrutiny.indicator.IndicatorChart;
import org.scrutiny.indicator.IndicatorCharts;
import org.scrutiny.series.Observations;
import org.scrutiny.series.Observations.DataVersion;
import org.springframework.stereotype.Component;

/**
 * The charts of every indicator of a plan, as the plan page and the exceptions view show them. Charts
 * change only when the plan or the data does, while a plan's page may be read many times between loads:
 * the charts last made for each plan are kept and reused until a load adds data or the plan changes.
 * Charts as at a moment before the latest load are made afresh each time.
 */
@Component
class PlanCharts {
    private final IndicatorCharts charts;
    private final Observations observations;
    private final Map<String, Made> lastMade = new ConcurrentHashMap<>();

    /** Charts made for a plan, from the data as it stood at a version. */
    private record Made(Plan plan, DataVersion data, Map<String, IndicatorChart> charts) {}

    PlanCharts(IndicatorCharts charts, Observations observations) {
        this.charts = charts;
        this.observations = observations;
    }

    /** Each indicator's chart from its data as at an instant, by reference, in the plan's order. */
    Map<String, IndicatorChart> of(Plan plan, Instant asAt) {
        DataVersion data = observations.version();
        if (asAt.isBefore(data.lastLoadedAt())) {
            return make(plan, asAt);
        }
        Made made = lastMade.get(plan.id());
        // A plan parsed from the same file is equal; its status alone changes no chart but costs nothing to
        // include, and comparing the same parsed items is quick.
        if (made != null && made.data().equals(data) && made.plan().equals(plan)) {
            return made.charts();
        }
        Map<String, IndicatorChart> fresh = make(plan, asAt);
        lastMade.put(plan.id(), new Made(plan, data, fresh));
        return fresh;
    }

    private Map<String, IndicatorChart> make(Plan plan, Instant asAt) {
        return Collections.unmodifiableMap(
                charts.chartsOf(plan.allIndicators().toList(), plan::measureOf, plan.force(), asAt));
    }
}
