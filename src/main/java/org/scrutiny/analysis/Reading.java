package org.scrutiny.analysis;

import java.util.Objects;

/**
 * A value of a series over the months it covers, with the numerator and denominator it is the ratio of
 * where it is one (NaN where not).
 */
public record Reading(MonthSpan span, double value, double numerator, double denominator) {

    public Reading {
        Objects.requireNonNull(span, "span");
    }

    public static Reading of(MonthSpan span, double value) {
        return new Reading(span, value, Double.NaN, Double.NaN);
    }

    boolean hasRatio() {
        return !Double.isNaN(numerator) && !Double.isNaN(denominator) && denominator != 0;
    }
}
