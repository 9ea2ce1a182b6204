package org.scrutiny.analysis;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An XmR (individuals and moving range) control chart with NHS England's "Making Data Count" rules,
 * computed as NHSRplotthedots 0.2.2 computes it: per-point mean, process limits, 2-sigma lines and
 * special causes, the variation icon of the latest point, the assurance icon against a target, and
 * warnings.
 *
 * <p>Each rebase group is charted on its own: its mean is the mean of its (baseline) values, its
 * average moving range (AMR) the mean of the moving ranges between consecutive values, screened by
 * default of ranges of 3.267 × AMR or more, its limits mean ± 2.66 × AMR and its 2-sigma lines mean ±
 * (2/3)·2.66 × AMR. The rules run within a group and never across a rebase.
 *
 * <p>Gaps (NaN) are periods without a value. No moving range spans a gap: a range across one measures
 * two periods' change and would widen the limits. The runs rules see the values in order and skip the
 * gap: it neither breaks nor extends a run or a trend, because a period with no value says nothing
 * about which side of the mean it lay. NHSRplotthedots expects no gaps.
 *
 * <p>Where Scrutiny deliberately differs from NHSRplotthedots 0.2.2 (none of these arises in its
 * vectors): a flat series (every moving range 0) gets limits on its mean, where screening leaves the
 * reference none (NaN); a target judged against undefined limits (a group of one value) gives no
 * assurance, where the reference says "inconsistent"; a trend point is named by the direction of the
 * trend it belongs to, where the reference reads the step to its neighbour, which for two trends
 * joined by a repeated value names the last point of the first "decreasing" whatever its direction; and
 * {@link XmrSettings#defaults()} assume no improvement direction, where the reference assumes
 * "increase".
 */
public final class XmrChart {

    /** Making Data Count's limit constant: 3 / d2 with d2 = 1.128, rounded as the NHS tools round it. */
    static final double LIMIT = 2.66;

    /** Moving ranges this large (D4 × AMR) are special causes themselves; left in, they widen the limits. */
    static final double SCREEN = 3.267;

    private final XmrSettings settings;
    private final XmrPoint[] points;
    private final List<XmrPoint> pointList;
    private final List<XmrLimits> limits;
    private final Set<XmrWarning> warnings;

    private XmrChart(XmrSettings settings, XmrPoint[] points, List<XmrLimits> limits, Set<XmrWarning> warnings) {
        this.settings = settings;
        this.points = points;
        this.pointList = List.of(points);
        this.limits = limits;
        this.warnings = warnings;
    }

    /** Charts the values in period order; NaN is a gap. */
    public static XmrChart of(double[] values, XmrSettings settings) {
        int n = values.length;
        XmrPoint[] points = new XmrPoint[n];
        EnumSet<XmrWarning> warnings = EnumSet.noneOf(XmrWarning.class);
        if (settings.fixAfterPoints().isPresent()
                && settings.fixAfterPoints().getAsInt() < XmrSettings.RECOMMENDED_BASELINE) {
            warnings.add(XmrWarning.SHORT_BASELINE);
        }
        int[] starts = groupStarts(settings.rebaseAt(), n);
        XmrLimits[] groups = new XmrLimits[starts.length - 1];
        // Scratch arrays shared by the groups, so a chart allocates them once.
        double[] y = new double[n];
        int[] at = new int[n];
        double[] ranges = new double[n];
        boolean anyValue = false;
        for (int g = 0; g < groups.length; g++) {
            int from = starts[g];
            int to = starts[g + 1];
            int rebaseGroup = rebasesUpTo(settings.rebaseAt(), from);
            int m = 0;
            for (int i = from; i < to; i++) {
                if (!Double.isNaN(values[i])) {
                    y[m] = values[i];
                    at[m++] = i;
                }
            }
            anyValue |= m > 0;
            XmrLimits group = limitsOf(y, at, m, ranges, settings, rebaseGroup, from, to);
            groups[g] = group;
            if (m < settings.recommendedPoints()) {
                warnings.add(XmrWarning.TRIAL_LIMITS);
            }
            if (m > 0 && !group.hasLimits()) {
                warnings.add(XmrWarning.NO_LIMITS);
            }
            chartGroup(values, y, at, m, group, settings, points);
        }
        if (!anyValue) {
            warnings.add(XmrWarning.NO_DATA);
        }
        return new XmrChart(settings, points, List.of(groups), java.util.Collections.unmodifiableSet(warnings));
    }

    private static int[] groupStarts(List<Integer> rebaseAt, int n) {
        int[] starts = new int[rebaseAt.size() + 2];
        int count = 0;
        starts[count++] = 0;
        for (int r : rebaseAt) {
            // A rebase at the first point renumbers the group but does not split it; one beyond the
            // series is for periods not yet reported.
            if (r > 0 && r < n) {
                starts[count++] = r;
            }
        }
        starts[count++] = n;
        if (n == 0) {
            return new int[] {0, 0};
        }
        return Arrays.copyOf(starts, count);
    }

    private static int rebasesUpTo(List<Integer> rebaseAt, int index) {
        int count = 0;
        for (int r : rebaseAt) {
            if (r <= index) {
                count++;
            }
        }
        return count;
    }

    private static XmrLimits limitsOf(
            double[] y, int[] at, int m, double[] ranges, XmrSettings settings, int rebaseGroup, int from, int to) {
        int baseline = settings.fixAfterPoints().isPresent()
                ? Math.min(settings.fixAfterPoints().getAsInt(), m)
                : m;
        double mean = mean(y, baseline);
        int r = 0;
        for (int k = 1; k < baseline; k++) {
            if (at[k] == at[k - 1] + 1) {
                ranges[r++] = Math.abs(y[k] - y[k - 1]);
            }
        }
        double amr = mean(ranges, r);
        int screened = 0;
        // With an AMR of zero every range is "too large"; screening would leave no limits at all, where a
        // flat series deserves limits on its mean (NHSRplotthedots gives NaN here).
        if (settings.screenMovingRanges() && amr > 0) {
            double cut = SCREEN * amr;
            int kept = 0;
            for (int k = 0; k < r; k++) {
                if (ranges[k] < cut) {
                    ranges[kept++] = ranges[k];
                }
            }
            screened = r - kept;
            amr = mean(ranges, kept);
        }
        // The same expressions as NHSRplotthedots, so that points on a line fall the same side of it.
        double close = 2 * (LIMIT / 3);
        return new XmrLimits(
                rebaseGroup,
                from,
                to,
                m,
                baseline,
                screened,
                mean,
                amr,
                mean - LIMIT * amr,
                mean + LIMIT * amr,
                mean - close * amr,
                mean + close * amr);
    }

    /** The mean with a second pass over the residuals, as R computes it, so ties with the mean agree. */
    private static double mean(double[] x, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += x[k];
        }
        double mean = sum / count;
        double residual = 0;
        for (int k = 0; k < count; k++) {
            residual += x[k] - mean;
        }
        return mean + residual / count;
    }

    private static void chartGroup(
            double[] values, double[] y, int[] at, int m, XmrLimits group, XmrSettings settings, XmrPoint[] points) {
        boolean shortGroup = m < settings.recommendedPoints();
        double[] present = Arrays.copyOf(y, m);
        int[] relative = new int[m];
        boolean[] outside = new boolean[m];
        boolean[] close = new boolean[m];
        boolean[] beyond = new boolean[m];
        for (int k = 0; k < m; k++) {
            double v = present[k];
            relative[k] = v > group.mean() ? 1 : v < group.mean() ? -1 : 0;
            outside[k] = v > group.upperLimit() || v < group.lowerLimit();
            close[k] = !outside[k] && (v < group.lowerTwoSigma() || v > group.upperTwoSigma());
            beyond[k] = close[k] || (settings.twoOfThreeCountsBeyondLimits() && outside[k]);
        }
        int[] trend = SpecialCauseRules.partOfRuns(
                SpecialCauseRules.trendEnds(present, settings.trendLength()), settings.trendLength());
        int[] twoOfThree = SpecialCauseRules.partOfTwoOfThree(
                SpecialCauseRules.twoOfThreeWindows(beyond, relative, settings.twoOfThreeWholeWindowOnOneSide()),
                beyond,
                relative);
        int[] shift = SpecialCauseRules.partOfRuns(
                SpecialCauseRules.shiftEnds(relative, settings.shiftLength()), settings.shiftLength());
        if (!settings.runsRules()) {
            // Only the limits speak: the runs rules' findings are dropped, not computed differently.
            Arrays.fill(trend, 0);
            Arrays.fill(twoOfThree, 0);
            Arrays.fill(shift, 0);
        }
        int baselineEnd = group.baselinePoints() == 0 ? group.from() : at[group.baselinePoints() - 1] + 1;
        int k = 0;
        for (int i = group.from(); i < group.to(); i++) {
            if (k < m && at[k] == i) {
                int fired = (outside[k] ? SpecialCauseRule.OUTSIDE_LIMITS.bit() : 0)
                        | (trend[k] != 0 ? SpecialCauseRule.TREND.bit() : 0)
                        | (twoOfThree[k] != 0 ? SpecialCauseRule.TWO_OF_THREE.bit() : 0)
                        | (shift[k] != 0 ? SpecialCauseRule.SHIFT.bit() : 0);
                SpecialCause cause = cause(outside[k], trend[k], twoOfThree[k], shift[k], relative[k]);
                points[i] = new XmrPoint(
                        i,
                        values[i],
                        group.rebaseGroup(),
                        group.mean(),
                        group.lowerLimit(),
                        group.upperLimit(),
                        group.lowerTwoSigma(),
                        group.upperTwoSigma(),
                        i < baselineEnd,
                        outside[k],
                        relative[k],
                        close[k],
                        fired,
                        cause,
                        XmrPointType.of(cause, settings.improvementDirection()),
                        shortGroup);
                k++;
            } else {
                points[i] = new XmrPoint(
                        i,
                        Double.NaN,
                        group.rebaseGroup(),
                        group.mean(),
                        group.lowerLimit(),
                        group.upperLimit(),
                        group.lowerTwoSigma(),
                        group.upperTwoSigma(),
                        false,
                        false,
                        0,
                        false,
                        0,
                        SpecialCause.NONE,
                        XmrPointType.MISSING,
                        shortGroup);
            }
        }
    }

    /**
     * The first rule to fire in Making Data Count's precedence names the point; each argument is the
     * side the rule found (0 if it did not fire), and a point outside the limits is named by its side of
     * the mean.
     */
    static SpecialCause cause(boolean outside, int trend, int twoOfThree, int shift, int relative) {
        if (outside) {
            return relative > 0 ? SpecialCause.ABOVE_UPPER_LIMIT : SpecialCause.BELOW_LOWER_LIMIT;
        }
        if (trend != 0) {
            return trend > 0 ? SpecialCause.TREND_INCREASING : SpecialCause.TREND_DECREASING;
        }
        if (twoOfThree != 0) {
            return twoOfThree > 0 ? SpecialCause.TWO_OF_THREE_ABOVE : SpecialCause.TWO_OF_THREE_BELOW;
        }
        if (shift != 0) {
            return shift > 0 ? SpecialCause.SHIFT_ABOVE : SpecialCause.SHIFT_BELOW;
        }
        return SpecialCause.NONE;
    }

    public XmrSettings settings() {
        return settings;
    }

    /** One point per input value, gaps included, in input order. */
    public List<XmrPoint> points() {
        return pointList;
    }

    public XmrPoint point(int index) {
        return points[index];
    }

    public int size() {
        return points.length;
    }

    /** One set of limits per rebase group, in order: where a chart breaks its lines. */
    public List<XmrLimits> limits() {
        return limits;
    }

    /** The latest point with a value, if any. */
    public Optional<XmrPoint> latest() {
        for (int i = points.length - 1; i >= 0; i--) {
            if (!points[i].isMissing()) {
                return Optional.of(points[i]);
            }
        }
        return Optional.empty();
    }

    /** The variation icon: what the latest point with a value says. Empty for a chart with no values. */
    public Optional<Variation> variation() {
        return latest().map(Variation::of);
    }

    /**
     * The assurance icon: the target against the limits of the latest rebase group, as Making Data
     * Count judges it. {@link Assurance#NONE} without a target, direction or limits.
     */
    public Assurance assurance() {
        if (settings.target().isEmpty() || limits.isEmpty()) {
            return Assurance.NONE;
        }
        XmrLimits last = limits.getLast();
        return Assurance.of(
                settings.improvementDirection(),
                last.lowerLimit(),
                last.upperLimit(),
                settings.target().getAsDouble());
    }

    public Set<XmrWarning> warnings() {
        return warnings;
    }
}
