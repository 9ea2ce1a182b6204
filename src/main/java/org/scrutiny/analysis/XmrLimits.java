package org.scrutiny.analysis;

/**
 * The centre line and limits of one rebase group of an XmR chart, and the points they were set from:
 * what a chart draws as one stretch of mean, limits and 2-sigma lines between two rebases.
 *
 * @param rebaseGroup how many rebases precede the group (0 for the first unless a rebase is at point 0)
 * @param from index of the group's first point
 * @param to index after the group's last point
 * @param points the group's points that have values
 * @param baselinePoints of those, how many set the limits (all of them unless the limits are fixed)
 * @param screenedMovingRanges how many moving ranges were left out as too large
 * @param averageMovingRange the mean moving range after screening; NaN with no moving range
 */
public record XmrLimits(
        int rebaseGroup,
        int from,
        int to,
        int points,
        int baselinePoints,
        int screenedMovingRanges,
        double mean,
        double averageMovingRange,
        double lowerLimit,
        double upperLimit,
        double lowerTwoSigma,
        double upperTwoSigma) {

    public boolean hasLimits() {
        return !Double.isNaN(averageMovingRange);
    }
}
