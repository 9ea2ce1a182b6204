package org.scrutiny.indicator;

import org.scrutiny.series.Period;

/** What an indicator's performance is compared with: a period, the average of a range, or not yet decided. */
public sealed interface Baseline {

    /** The value in one period: "compared to 2017-18". */
    record OfPeriod(Period period) implements Baseline {}

    /** The average of the periods from one to another, both included: "from the 2005-09 average". */
    record AverageOf(Period from, Period to) implements Baseline {}

    /** A stated value, where the plan gives a number rather than a period. */
    record Value(double value, String note) implements Baseline {}

    /** The plan says the baseline is yet to be decided ("TBA", "baseline to be decided"); its words are kept. */
    record ToBeDecided(String text) implements Baseline {}

    /** The plan says nothing of a baseline. */
    record None() implements Baseline {}
}
