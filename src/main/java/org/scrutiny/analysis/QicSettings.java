package org.scrutiny.analysis;

import java.util.Arrays;

/**
 * The options of a qicharts2 chart that change what is computed: the baseline, the parts, the excluded
 * points, the multiplier and the handling of moving ranges and categorical subgroups. Point indices are
 * 0-based.
 *
 * @param baselinePoints how many points from the start form the baseline from which centre lines and
 *     limits are computed and then held (qicharts2's {@code freeze}); {@code Integer.MAX_VALUE} for all
 * @param partStarts indices at which a new part begins, with its own centre line, limits and runs analysis
 *     (qicharts2's {@code part}/{@code break.points} give the count of points before each, which is the
 *     same number)
 * @param excluded indices of points left out of the centre line, the limits and the runs analysis but
 *     still plotted and still tested against the limits (qicharts2's {@code exclude}, less one)
 * @param multiplier factor for the plotted values, centre line and limits, e.g. 100 for percentages or
 *     10,000 for rates per 10,000
 * @param screenMovingRanges whether moving ranges of 3.267 × their mean or more are left out before sigma is
 *     estimated (I, T, P′ and U′ charts), as qicharts2 does once attached ({@code qic.screenedmr})
 * @param categoricalSubgroups whether the points are categories (hospitals, forces) rather than a sequence:
 *     the runs rules then never signal, and P′ and U′ take sigma Z as the standard deviation of the
 *     z-scores rather than from their moving ranges
 * @param negativeLimits whether a lower limit may be negative when no value is (qicharts2's {@code y.neg})
 */
public record QicSettings(
        int baselinePoints,
        int[] partStarts,
        int[] excluded,
        double multiplier,
        boolean screenMovingRanges,
        boolean categoricalSubgroups,
        boolean negativeLimits) {

    private static final QicSettings DEFAULTS =
            new QicSettings(Integer.MAX_VALUE, new int[0], new int[0], 1, true, false, true);

    public QicSettings {
        if (baselinePoints < 1) {
            throw new IllegalArgumentException("a baseline needs at least one point, got " + baselinePoints);
        }
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("the multiplier must be positive, got " + multiplier);
        }
        partStarts = partStarts.clone();
        excluded = excluded.clone();
        for (int index : partStarts) {
            requireIndex(index, "part start");
        }
        for (int index : excluded) {
            requireIndex(index, "excluded point");
        }
        Arrays.sort(partStarts);
    }

    /** qicharts2's defaults as the package behaves once attached: one part, all points, screened ranges. */
    public static QicSettings defaults() {
        return DEFAULTS;
    }

    public QicSettings withBaselinePoints(int points) {
        return new QicSettings(
                points, partStarts, excluded, multiplier, screenMovingRanges, categoricalSubgroups, negativeLimits);
    }

    public QicSettings withPartStarts(int... indices) {
        return new QicSettings(
                baselinePoints,
                indices,
                excluded,
                multiplier,
                screenMovingRanges,
                categoricalSubgroups,
                negativeLimits);
    }

    public QicSettings withExcluded(int... indices) {
        return new QicSettings(
                baselinePoints,
                partStarts,
                indices,
                multiplier,
                screenMovingRanges,
                categoricalSubgroups,
                negativeLimits);
    }

    public QicSettings withMultiplier(double factor) {
        return new QicSettings(
                baselinePoints, partStarts, excluded, factor, screenMovingRanges, categoricalSubgroups, negativeLimits);
    }

    public QicSettings withScreenMovingRanges(boolean screen) {
        return new QicSettings(
                baselinePoints, partStarts, excluded, multiplier, screen, categoricalSubgroups, negativeLimits);
    }

    public QicSettings withCategoricalSubgroups(boolean categorical) {
        return new QicSettings(
                baselinePoints, partStarts, excluded, multiplier, screenMovingRanges, categorical, negativeLimits);
    }

    public QicSettings withNegativeLimits(boolean allowed) {
        return new QicSettings(
                baselinePoints, partStarts, excluded, multiplier, screenMovingRanges, categoricalSubgroups, allowed);
    }

    @Override
    public int[] partStarts() {
        return partStarts.clone();
    }

    @Override
    public int[] excluded() {
        return excluded.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QicSettings that
                && baselinePoints == that.baselinePoints
                && Arrays.equals(partStarts, that.partStarts)
                && Arrays.equals(excluded, that.excluded)
                && Double.compare(multiplier, that.multiplier) == 0
                && screenMovingRanges == that.screenMovingRanges
                && categoricalSubgroups == that.categoricalSubgroups
                && negativeLimits == that.negativeLimits;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * baselinePoints + Arrays.hashCode(partStarts)) + Arrays.hashCode(excluded);
    }

    @Override
    public String toString() {
        return "QicSettings[baselinePoints=" + baselinePoints + ", partStarts=" + Arrays.toString(partStarts)
                + ", excluded=" + Arrays.toString(excluded) + ", multiplier=" + multiplier
                + ", screenMovingRanges=" + screenMovingRanges + ", categoricalSubgroups=" + categoricalSubgroups
                + ", negativeLimits=" + negativeLimits + "]";
    }

    private static void requireIndex(int index, String what) {
        if (index < 0) {
            throw new IllegalArgumentException(what + " index must not be negative, got " + index);
        }
    }
}
