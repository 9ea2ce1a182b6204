package org.scrutiny.indicator;

import java.time.Instant;
import org.scrutiny.series.Observations;
import org.scrutiny.series.SeriesKey;
import org.springframework.stereotype.Component;

/**
 * Charts indicators from their stored data: the total series of an indicator for a force, as known at
 * an instant. The plan page and the exceptions view call it for each indicator they list.
 */
@Component
public class IndicatorCharts {
    private final Observations observations;

    IndicatorCharts(Observations observations) {
        this.observations = observations;
    }

    /** The chart of an indicator's total for a force, from its data as recorded by {@code asAt}. */
    public IndicatorChart chartOf(Indicator indicator, String measure, String force, Instant asAt) {
        return IndicatorChart.of(indicator, observations.series(SeriesKey.total(measure, force), asAt));
    }
}
