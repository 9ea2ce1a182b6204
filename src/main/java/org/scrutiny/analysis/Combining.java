package org.scrutiny.analysis;

/**
 * How the values of shorter spans make the value of a longer one that they fill exactly: a year from
 * its twelve months, when a target is set for the year and the data comes monthly.
 */
public enum Combining {
    /** Counts, and rates of counts over a population that stays put: the months add up. */
    SUM,
    /**
     * Proportions and rates of two counts: the numerators add up, and so do the denominators. Readings
     * without both fall back to {@link #MEAN}.
     */
    RATIO,
    /** Levels, such as satisfaction or a response time: the mean of the values, each weighted by its months. */
    MEAN
}
