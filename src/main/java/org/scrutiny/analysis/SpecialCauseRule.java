package org.scrutiny.analysis;

/**
 * One of the four Making Data Count rules that can make a point a special cause, in order of
 * precedence: when several fire on a point, the earliest names it.
 */
public enum SpecialCauseRule {
    /** A point above the upper or below the lower process limit. */
    OUTSIDE_LIMITS,
    /** A run of points each strictly higher (or lower) than the one before; equal values break it. */
    TREND,
    /** Two of three consecutive points beyond the same 2-sigma line. */
    TWO_OF_THREE,
    /** A run of points all on one side of the mean; a point on the mean breaks it. */
    SHIFT;

    int bit() {
        return 1 << ordinal();
    }
}
