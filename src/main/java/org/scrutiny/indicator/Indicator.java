package org.scrutiny.indicator;

import java.util.List;
import org.scrutiny.series.Frequency;

/**
 * A performance measure in a plan.
 *
 * @param ref the plan's reference for it, unique in the plan ("T3A.3a"); data files name it
 * @param measure the series its observations belong to; indicators of different plans that share a
 *     measure share their data
 * @param collected false where the plan says the data is not yet collected
 * @param collectionNote the plan's words on collection ("data not currently captured")
 * @param comparedWithPeers whether the plan compares it with the most similar forces
 * @param chart the chart and its settings; the plan may name only the type
 * @param derivation how it is computed from other indicators, or null
 * @param reported how often the plan reports it, where that differs from how often its data comes
 *     (Suffolk reports rolling-year crime counts, which come each quarter, once a year); null where it
 *     does not
 */
public record Indicator(
        String ref,
        String name,
        String description,
        Unit unit,
        Polarity polarity,
        Frequency frequency,
        String source,
        List<Breakdown> breakdowns,
        Baseline baseline,
        Target target,
        Stance stance,
        boolean comparedWithPeers,
        boolean collected,
        String collectionNote,
        String measure,
        ChartSettings chart,
        Derivation derivation,
        Frequency reported) {

    public Indicator {
        breakdowns = List.copyOf(breakdowns);
    }

    /** How a derived indicator is computed: numerator ÷ denominator × multiplier (100 for a percentage). */
    public record Derivation(String numeratorRef, String denominatorRef, double multiplier) {}

    public Frequency frequencyOrDefault() {
        return frequency == null ? Frequency.MONTHLY : frequency;
    }

    /** How often the plan reports it: as often as its data comes unless the plan says otherwise. */
    public Frequency reportedOrDefault() {
        return reported == null ? frequencyOrDefault() : reported;
    }
}
