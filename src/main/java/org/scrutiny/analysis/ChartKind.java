package org.scrutiny.analysis;

/**
 * The kinds of chart in the qicharts2 family, each with the centre line and limits qicharts2 draws for it.
 *
 * <p>Which input a kind reads: {@link #P}, {@link #P_PRIME}, {@link #U} and {@link #U_PRIME} take a count
 * and a denominator per point and plot their ratio; {@link #XBAR} and {@link #S} take subgroups of
 * measurements; the others take one value per point.
 */
public enum ChartKind {
    /** Run chart: the median as centre line, no limits; only the Anhøj runs rules. */
    RUN,
    /** Individuals chart: the mean, limits at 3 sigma estimated as the mean moving range / 1.128. */
    I,
    /** Moving range chart: the moving ranges of consecutive values, upper limit 3.267 × their mean. */
    MR,
    /** Chart of subgroup means, sigma pooled from the subgroups' standard deviations. */
    XBAR,
    /** Chart of subgroup standard deviations. */
    S,
    /** Time between rare events: an I chart of the times raised to 1/3.6, transformed back. */
    T,
    /** Proportions: binomial limits that widen where the denominator is small. */
    P,
    /** Laney's P′: the P chart's limits scaled by the spread between subgroups (sigma Z). */
    P_PRIME,
    /** Counts in equal opportunity: Poisson limits around the mean count. */
    C,
    /** Rates: Poisson limits that widen where the denominator is small. */
    U,
    /** Laney's U′: the U chart's limits scaled by the spread between subgroups (sigma Z). */
    U_PRIME,
    /** Opportunities between rare events: geometric limits, the median as centre line. */
    G;

    /** Whether the chart reads a denominator and plots a ratio. */
    public boolean plotsRatio() {
        return this == P || this == P_PRIME || this == U || this == U_PRIME;
    }

    /** Whether the chart reads subgroups of measurements rather than one value per point. */
    public boolean readsSubgroups() {
        return this == XBAR || this == S;
    }
}
