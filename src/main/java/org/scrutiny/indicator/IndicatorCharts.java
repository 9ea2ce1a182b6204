package org.scrutiny.indicator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Observations;
import org.springframework.stereotype.Component;

/**
 * Charts indicators from their stored data: the total series of an indicator for a force, as known at
 * an instant. The plan page and the exceptions view chart all the indicators they list at once.
 */
@Component
public class IndicatorCharts {
    private final Observations observations;

    public IndicatorCharts(Observations observations) {
        this.observations = observations;
    }

    /**
     * The charts of indicators' totals for a force by the indicators' references, which must differ, each
     * indicator's data read from the measure {@code measureOf} gives it, in the order of the indicators;
     * all the series are read with one query.
     */
    public Map<String, IndicatorChart> chartsOf(
            List<Indicator> indicators, Function<Indicator, String> measureOf, String force, Instant asAt) {
        Map<String, List<Observation>> series =
                observations.totals(indicators.stream().map(measureOf).toList(), force, asAt);
        Map<String, IndicatorChart> charts = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            charts.put(indicator.ref(), IndicatorChart.of(indicator, series.get(measureOf.apply(indicator))));
        }
        return charts;
    }
}
