package org.scrutiny.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.analysis.TargetAssessment;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.IndicatorChart;
import org.scrutiny.indicator.IndicatorTargets;
import org.scrutiny.indicator.TierSuggestion;
import org.scrutiny.peers.GroupComparison;
import org.scrutiny.peers.PeerComparisons;
import org.scrutiny.peers.PeerMeasure;
import org.scrutiny.plan.Plan;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Observations;
import org.scrutiny.series.Period;
import org.springframework.stereotype.Component;

/**
 * Makes a plan's scorecard in one pass: every indicator's series is read with one query, then charted
 * and assessed against its target as at the date; the indicators compared with peers are compared all
 * at once, each in its latest period.
 */
@Component
public class Scorecards {
    private static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE);

    private final Observations observations;
    private final PeerComparisons peers;

    public Scorecards(Observations observations, PeerComparisons peers) {
        this.observations = observations;
        this.peers = peers;
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
        List<Part> parts = new ArrayList<>(indicators.size());
        Map<PeerMeasure, Period> compared = new HashMap<>();
        Map<PeerMeasure, ImprovementDirection> better = new HashMap<>();
        plan.allItems().forEach(item -> {
            for (Indicator indicator : item.indicators()) {
                List<Observation> own = endedBy(series.get(plan.measureOf(indicator)), asAt);
                Observation latest = latestOf(own);
                PeerMeasure peerMeasure =
                        indicator.comparedWithPeers() && latest != null ? peerMeasureOf(plan, indicator) : null;
                if (peerMeasure != null) {
                    compared.put(peerMeasure, latest.period());
                    better.put(peerMeasure, IndicatorChart.directionOf(indicator.polarity()));
                }
                parts.add(new Part(item.ref(), indicator, own, latest, peerMeasure));
            }
        });
        Map<PeerMeasure, GroupComparison> comparisons =
                peers.compareIn(compared, better, plan.force(), knownBy == null ? LATEST : knownBy);
        List<Scorecard.Row> rows = new ArrayList<>(parts.size());
        for (Part part : parts) {
            GroupComparison comparison = part.peerMeasure() == null ? null : comparisons.get(part.peerMeasure());
            rows.add(rowOf(part, comparison, asAt));
        }
        return new Scorecard(plan.id(), plan.title(), plan.force(), asAt, knownBy, rows);
    }

    /** An indicator's series as at the date, and what it is compared with peers in. */
    private record Part(
            String itemRef,
            Indicator indicator,
            List<Observation> series,
            Observation latest,
            PeerMeasure peerMeasure) {}

    private static Scorecard.Row rowOf(Part part, GroupComparison peers, LocalDate asAt) {
        Indicator indicator = part.indicator();
        IndicatorChart chart = IndicatorChart.of(indicator, part.series());
        TargetAssessment target = IndicatorTargets.assess(indicator, part.series(), asAt);
        return new Scorecard.Row(
                part.itemRef(),
                indicator,
                part.latest(),
                target,
                chart,
                peers,
                indicator.stance(),
                TierSuggestion.of(chart, target.status()).orElse(null));
    }

    /**
     * What other forces are compared in: the indicator's own measure, or for a derived indicator the ratio of
     * its numerator's and denominator's measures, worked out for each force from its own counts.
     */
    static PeerMeasure peerMeasureOf(Plan plan, Indicator indicator) {
        Indicator.Derivation derivation = indicator.derivation();
        if (derivation == null) {
            return PeerMeasure.of(plan.measureOf(indicator));
        }
        Optional<Indicator> numerator = plan.indicator(derivation.numeratorRef());
        Optional<Indicator> denominator = plan.indicator(derivation.denominatorRef());
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return PeerMeasure.of(plan.measureOf(indicator));
        }
        return PeerMeasure.ratio(
                plan.measureOf(numerator.get()), plan.measureOf(denominator.get()), derivation.multiplier());
    }

    private static Observation latestOf(List<Observation> series) {
        for (int i = series.size() - 1; i >= 0; i--) {
            if (series.get(i).value() != null) {
                return series.get(i);
            }
        }
        return null;
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
