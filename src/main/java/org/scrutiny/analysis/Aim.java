package org.scrutiny.analysis;

/**
 * What a target asks of a series, in the analysis's terms: the plan's target with its periods turned
 * into spans of months.
 */
public sealed interface Aim {

    /**
     * A level to reach or keep: "at least 35%", "no more than 320 in 2015/16", "above 3000".
     *
     * @param by the span whose value is judged against the level, or null where the level is to hold
     *     throughout
     */
    record Level(Bound bound, double level, MonthSpan by) implements Aim {}

    /**
     * A change from the baseline, in percent: −18 for "reduce by 18%".
     *
     * @param by the span whose value is judged, or null where the change is to hold throughout
     */
    record Change(double percent, MonthSpan by) implements Aim {}

    /** A direction from the baseline, with no amount or date: "reduce compared to 2017-18". */
    record Direction(ImprovementDirection way) implements Aim {}

    /** No worse than the baseline, the better way being the indicator's. */
    record Maintain() implements Aim {}

    /** The plan says a target is to be set; its words. */
    record ToBeSet(String words) implements Aim {}

    /** No target: the series is monitored for its own sake. */
    record Untargeted() implements Aim {}
}
