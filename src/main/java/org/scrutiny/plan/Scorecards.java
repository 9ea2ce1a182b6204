package org.scrutiny.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scrutiny.analysis.TargetAssessment;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.IndicatorChart;
import org.scrutiny.indicator.IndicatorTargets;
import org.scrutiny.indicator.TierSuggestion;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Observations;
import org.springframework.stereotype.Component;

/**
 * Makes a plan's scorecard in one pass: every indicator's series is read with one query, then charted
 * and assessed against its target as at the date.
 */
@Component
public class Scorecards {
    private static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE);

    private final Observations observations;

    public Scorecards(Observations observations) {
        this.observations = observations;
    }

    /**
     * The scorecard of a plan as at a date.
     *
     * @param asAt only periods that ended on or before this day count
     * @param knownBy the data as recorded by this instant; null for the latest data held
     */
    public Scorecard of(Plan plan, LocalDate asAt, Instant knownBy) {
        List<Indicator> indicators = plan.allIndicators().toList();
        Map<String, List<Observation>> series = observations.totals(
                indicators.stream().map(plan::measureOf).toList(), plan.force(), knownBy == null ? LATEST : knownBy);
        List<Scorecard.Row> rows = new ArrayList<>(indicators.size());
        plan.allItems().forEach(item -> {
            for (Indicator indicator : item.indicators()) {
                rows.add(rowOf(item.ref(), indicator, endedBy(series.get(plan.measureOf(indicator)), asAt), asAt));
            }
        });
        return new Scorecard(plan.id(), plan.title(), plan.force(), asAt, knownBy, rows);
    }

    private static Scorecard.Row rowOf(String itemRef, Indicator indicator, List<Observation> series, LocalDate asAt) {
        IndicatorChart chart = IndicatorChart.of(indicator, series);
        TargetAssessment target = IndicatorTargets.assess(indicator, series, asAt);
        Observation latest = null;
        for (int i = series.size() - 1; i >= 0 && latest == null; i--) {
            if (series.get(i).value() != null) {
                latest = series.get(i);
            }
        }
        boolean drawn = chart.drawn();
        return new Scorecard.Row(
                itemRef,
                indicator,
                latest,
                target,
                drawn ? chart.variation() : null,
                drawn ? chart.assurance() : null,
                indicator.stance(),
                TierSuggestion.of(chart, target.status()).orElse(null));
    }

    /** The observations of periods that ended on or before a day, in their order. */
    private static List<Observation> endedBy(List<Observation> series, LocalDate asAt) {
        int end = series.size();
        while (end > 0 && series.get(end - 1).period().end().isAfter(asAt)) {
            end--;
        }
        return series.subList(0, end);
    }
}
