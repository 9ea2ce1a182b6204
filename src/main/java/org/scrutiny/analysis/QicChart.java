package org.scrutiny.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * A control or run chart of the qicharts2 family, computed as qicharts2 computes it: per point the plotted
 * value, centre line and 3-sigma limits and whether the point lies outside them, and per part the Anhøj
 * runs analysis.
 *
 * <p>A missing value (NaN) is a gap: it is not plotted, takes no part in the centre line or limits, and
 * neither makes nor breaks a run; the moving ranges on either side of it are missing too, not bridged.
 * Limits are NaN where they are undefined (a run chart, a subgroup of one).
 *
 * <p>Instances are immutable; the accessors by index are for drawing, without copying arrays.
 */
public final class QicChart {

    // qicharts2 estimates sigma from the mean moving range as amr / d2 with d2 = 1.128, and screens moving
    // ranges at D4 = 3.267 times their mean (Nelson 1982). Its I limits are therefore 3 / 1.128 ≈ 2.6596 × amr,
    // not the 2.66 of Making Data Count; each chart keeps its own reference's constants.
    private static final double D2 = 1.128;
    private static final double D4 = 3.267;

    private final ChartKind kind;
    private final double[] y;
    private final double[] n;
    private final double[] centre;
    private final double[] lower;
    private final double[] upper;
    private final boolean[] sigmaSignal;
    private final boolean[] baseline;
    private final boolean[] included;
    private final int[] part;
    private final int[] partStart;
    private final QicRuns[] runs;

    private QicChart(ChartKind kind, int size, int parts) {
        this.kind = kind;
        y = new double[size];
        n = new double[size];
        centre = new double[size];
        lower = new double[size];
        upper = new double[size];
        sigmaSignal = new boolean[size];
        baseline = new boolean[size];
        included = new boolean[size];
        part = new int[size];
        partStart = new int[parts + 1];
        runs = new QicRuns[parts];
    }

    /**
     * Computes a chart of one value per point.
     *
     * @param values for P, P′, U and U′ the counts (numerators); for the others the values themselves
     * @param denominators for P, P′, U and U′ the denominators; otherwise ignored and may be null
     */
    public static QicChart of(ChartKind kind, double[] values, double[] denominators, QicSettings settings) {
        if (kind.readsSubgroups()) {
            throw new IllegalArgumentException(kind + " reads subgroups: use ofSubgroups");
        }
        if (kind.plotsRatio() && (denominators == null || denominators.length != values.length)) {
            throw new IllegalArgumentException(kind + " needs a denominator for every value");
        }
        int size = values.length;
        QicChart chart = create(kind, size, settings);
        for (int i = 0; i < size; i++) {
            double value = values[i];
            if (kind.plotsRatio()) {
                double denominator = denominators[i];
                // A count without its denominator, or the reverse, is a missing point.
                if (Double.isNaN(value) || Double.isNaN(denominator)) {
                    value = Double.NaN;
                    denominator = Double.NaN;
                }
                chart.n[i] = denominator;
                chart.y[i] = value / denominator;
            } else {
                chart.n[i] = Double.NaN;
                chart.y[i] = value;
            }
        }
        chart.compute(values, null, null, settings);
        return chart;
    }

    /**
     * Computes an Xbar or S chart from subgroup summaries.
     *
     * @param sizes the number of measurements in each subgroup (0 for an empty subgroup)
     * @param means the subgroup means (NaN if empty)
     * @param standardDeviations the subgroup sample standard deviations (NaN if fewer than two measurements)
     */
    public static QicChart ofSubgroups(
            ChartKind kind, double[] sizes, double[] means, double[] standardDeviations, QicSettings settings) {
        if (!kind.readsSubgroups()) {
            throw new IllegalArgumentException(kind + " reads one value per point: use of");
        }
        int size = sizes.length;
        if (means.length != size || standardDeviations.length != size) {
            throw new IllegalArgumentException("sizes, means and standard deviations differ in length");
        }
        QicChart chart = create(kind, size, settings);
        for (int i = 0; i < size; i++) {
            chart.n[i] = sizes[i];
            chart.y[i] = kind == ChartKind.XBAR ? means[i] : standardDeviations[i];
        }
        chart.compute(null, means, standardDeviations, settings);
        return chart;
    }

    /**
     * Computes an Xbar or S chart from the measurements of each subgroup; NaN measurements are left out.
     */
    public static QicChart ofMeasurements(ChartKind kind, double[][] subgroups, QicSettings settings) {
        int size = subgroups.length;
        double[] sizes = new double[size];
        double[] means = new double[size];
        double[] deviations = new double[size];
        for (int i = 0; i < size; i++) {
            int count = 0;
            double sum = 0;
            for (double value : subgroups[i]) {
                if (!Double.isNaN(value)) {
                    count++;
                    sum += value;
                }
            }
            double mean = count == 0 ? Double.NaN : sum / count;
            double squares = 0;
            for (double value : subgroups[i]) {
                if (!Double.isNaN(value)) {
                    squares += (value - mean) * (value - mean);
                }
            }
            sizes[i] = count;
            means[i] = mean;
            deviations[i] = count < 2 ? Double.NaN : Math.sqrt(squares / (count - 1));
        }
        return ofSubgroups(kind, sizes, means, deviations, settings);
    }

    private static QicChart create(ChartKind kind, int size, QicSettings settings) {
        int[] starts = settings.partStarts();
        int parts = 1;
        int lastStart = 0;
        for (int start : starts) {
            // Sorted, so keeping each start beyond the last kept one drops duplicates.
            if (start > lastStart && start < size) {
                starts[parts++ - 1] = start;
                lastStart = start;
            }
        }
        QicChart chart = new QicChart(kind, size, parts);
        System.arraycopy(starts, 0, chart.partStart, 1, parts - 1);
        chart.partStart[parts] = size;
        for (int q = 0; q < parts; q++) {
            Arrays.fill(chart.part, chart.partStart[q], chart.partStart[q + 1], q);
        }
        Arrays.fill(chart.included, true);
        for (int index : settings.excluded()) {
            if (index < size) {
                chart.included[index] = false;
            }
        }
        for (int i = 0; i < size; i++) {
            chart.baseline[i] = i < settings.baselinePoints();
        }
        return chart;
    }

    private void compute(double[] counts, double[] means, double[] deviations, QicSettings settings) {
        int size = y.length;
        boolean[] base = new boolean[size];
        for (int q = 0; q < runs.length; q++) {
            int from = partStart[q];
            int to = partStart[q + 1];
            boolean anyBase = false;
            for (int i = from; i < to; i++) {
                base[i] = baseline[i] && included[i];
                anyBase |= base[i];
            }
            // qicharts2 leaves a part after the frozen baseline without a centre line; Scrutiny rebases such
            // a part on its own points instead, which is what a new part after a change is for.
            if (!anyBase) {
                for (int i = from; i < to; i++) {
                    base[i] = included[i];
                }
            }
            switch (kind) {
                case RUN -> run(base, from, to);
                case I -> individuals(base, from, to, settings.screenMovingRanges());
                case MR -> movingRanges(base, from, to);
                case XBAR, S -> subgroups(base, from, to, means, deviations);
                case T -> timeBetween(base, from, to, settings.screenMovingRanges());
                case P, P_PRIME, U, U_PRIME -> ratios(base, from, to, counts, settings);
                case C -> counts(base, from, to);
                case G -> opportunitiesBetween(base, from, to);
            }
            runs[q] = AnhoejRules.analyse(
                    y, centre, included, from, to, kind != ChartKind.MR && !settings.categoricalSubgroups());
        }
        double multiplier = settings.multiplier();
        boolean anyNegative = false;
        for (int i = 0; i < size; i++) {
            y[i] *= multiplier;
            centre[i] *= multiplier;
            lower[i] = Double.isFinite(lower[i]) ? lower[i] * multiplier : Double.NaN;
            upper[i] = Double.isFinite(upper[i]) ? upper[i] * multiplier : Double.NaN;
            sigmaSignal[i] = y[i] > upper[i] || y[i] < lower[i];
            anyNegative |= y[i] < 0;
        }
        if (!settings.negativeLimits() && !anyNegative) {
            for (int i = 0; i < size; i++) {
                if (lower[i] < 0) {
                    lower[i] = 0;
                }
            }
        }
    }

    private void run(boolean[] base, int from, int to) {
        double median = median(y, base, from, to);
        Arrays.fill(centre, from, to, median);
        Arrays.fill(lower, from, to, Double.NaN);
        Arrays.fill(upper, from, to, Double.NaN);
    }

    private void individuals(boolean[] base, int from, int to, boolean screen) {
        double mean = mean(y, base, from, to);
        double sigma = meanMovingRange(y, base, from, to, screen) / D2;
        fill(from, to, mean, mean - 3 * sigma, mean + 3 * sigma);
    }

    private void movingRanges(boolean[] base, int from, int to) {
        // The first point of each part has no moving range; the ranges span excluded points, which are
        // plotted, but a missing value leaves the ranges on both its sides missing.
        for (int i = to - 1; i > from; i--) {
            y[i] = Math.abs(y[i] - y[i - 1]);
        }
        y[from] = Double.NaN;
        double mean = mean(y, base, from, to);
        fill(from, to, mean, 0, D4 * mean);
    }

    private void timeBetween(boolean[] base, int from, int to, boolean screen) {
        for (int i = from; i < to; i++) {
            if (y[i] <= 0) {
                throw new IllegalArgumentException("times between events must be greater than zero, got " + y[i]);
            }
            // The 3.6th root makes Weibull-distributed times roughly symmetric (Nelson 1994).
            y[i] = Math.pow(y[i], 1 / 3.6);
        }
        individuals(base, from, to, screen);
        for (int i = from; i < to; i++) {
            y[i] = Math.pow(y[i], 3.6);
            centre[i] = Math.pow(centre[i], 3.6);
            upper[i] = Math.pow(upper[i], 3.6);
            double low = Math.pow(lower[i], 3.6);
            lower[i] = low < 0 || Double.isNaN(low) ? 0 : low;
        }
    }

    private void subgroups(boolean[] base, int from, int to, double[] means, double[] deviations) {
        boolean sizesVary = false;
        for (int i = from + 1; i < to; i++) {
            sizesVary |= n[i] != n[from];
        }
        double weighted = 0;
        double weights = 0;
        for (int i = from; i < to; i++) {
            if (base[i]) {
                double term = n[i] * means[i];
                if (!Double.isNaN(term)) {
                    weighted += term;
                }
                weights += n[i];
            }
        }
        double sigma;
        if (sizesVary) {
            // Pooled within-subgroup sigma (Montgomery 6.31). qicharts2 sums n − 1 over every subgroup, so an
            // empty subgroup takes one degree of freedom away; kept, to agree with its limits.
            double squares = 0;
            double freedom = 0;
            for (int i = from; i < to; i++) {
                if (base[i]) {
                    double term = (n[i] - 1) * deviations[i] * deviations[i];
                    if (!Double.isNaN(term)) {
                        squares += term;
                    }
                    freedom += n[i] - 1;
                }
            }
            sigma = Math.sqrt(squares / freedom);
        } else {
            sigma = mean(deviations, base, from, to);
        }
        for (int i = from; i < to; i++) {
            double c4 = c4(n[i]);
            if (kind == ChartKind.XBAR) {
                double mean = weighted / weights;
                double width = 3 / (c4 * Math.sqrt(n[i])) * sigma;
                centre[i] = mean;
                lower[i] = mean - width;
                upper[i] = mean + width;
            } else {
                double spread = 3 * Math.sqrt(1 - c4 * c4) / c4;
                centre[i] = sigma;
                lower[i] = Math.max(0, 1 - spread) * sigma;
                upper[i] = (1 + spread) * sigma;
            }
        }
    }

    private void ratios(boolean[] base, int from, int to, double[] counts, QicSettings settings) {
        double events = 0;
        double exposure = 0;
        for (int i = from; i < to; i++) {
            if (base[i] && !Double.isNaN(y[i])) {
                events += counts[i];
                exposure += n[i];
            }
        }
        double mean = events / exposure;
        boolean proportion = kind == ChartKind.P || kind == ChartKind.P_PRIME;
        double variance = proportion ? mean * (1 - mean) : mean;
        double sigmaZ = 1;
        if (kind == ChartKind.P_PRIME || kind == ChartKind.U_PRIME) {
            // Laney: standardise each point by its own binomial or Poisson sigma; the spread of those
            // z-scores measures the variation between subgroups that large denominators make visible.
            double[] z = new double[to - from];
            boolean[] zBase = new boolean[to - from];
            for (int i = from; i < to; i++) {
                z[i - from] = (y[i] - mean) / Math.sqrt(variance / n[i]);
                zBase[i - from] = base[i];
            }
            sigmaZ = settings.categoricalSubgroups()
                    ? standardDeviation(z, zBase)
                    : meanMovingRange(z, zBase, 0, z.length, settings.screenMovingRanges()) / D2;
        }
        for (int i = from; i < to; i++) {
            double sigma = Math.sqrt(variance / n[i]) * sigmaZ;
            centre[i] = mean;
            double low = mean - 3 * sigma;
            double high = mean + 3 * sigma;
            lower[i] = Double.isFinite(low) && low < 0 ? 0 : low;
            upper[i] = proportion && Double.isFinite(high) && high > 1 ? 1 : high;
        }
    }

    private void counts(boolean[] base, int from, int to) {
        double mean = mean(y, base, from, to);
        double sigma = Math.sqrt(mean);
        fill(from, to, mean, Math.max(0, mean - 3 * sigma), mean + 3 * sigma);
    }

    private void opportunitiesBetween(boolean[] base, int from, int to) {
        double mean = mean(y, base, from, to);
        double sigma = Math.sqrt(mean * (mean + 1));
        // Limits from the geometric mean and sigma (Montgomery p. 319), but the centre line is the median,
        // since the distribution is far from symmetric.
        fill(from, to, median(y, base, from, to), Math.max(0, mean - 3 * sigma), mean + 3 * sigma);
    }

    private void fill(int from, int to, double centreLine, double lowerLimit, double upperLimit) {
        Arrays.fill(centre, from, to, centreLine);
        Arrays.fill(lower, from, to, lowerLimit);
        Arrays.fill(upper, from, to, upperLimit);
    }

    private static double mean(double[] values, boolean[] base, int from, int to) {
        double sum = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            if (base[i] && !Double.isNaN(values[i])) {
                sum += values[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static double median(double[] values, boolean[] base, int from, int to) {
        double[] kept = new double[to - from];
        int count = 0;
        for (int i = from; i < to; i++) {
            if (base[i] && !Double.isNaN(values[i])) {
                kept[count++] = values[i];
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(kept, 0, count);
        return count % 2 == 1 ? kept[count / 2] : (kept[count / 2 - 1] + kept[count / 2]) / 2;
    }

    /**
     * The mean moving range of the baseline values in order, excluded points dropped first; a range next
     * to a missing value is missing, not bridged.
     */
    private static double meanMovingRange(double[] values, boolean[] base, int from, int to, boolean screen) {
        double sum = 0;
        int count = 0;
        double previous = Double.NaN;
        boolean first = true;
        for (int i = from; i < to; i++) {
            if (!base[i]) {
                continue;
            }
            if (!first) {
                double range = Math.abs(values[i] - previous);
                if (!Double.isNaN(range)) {
                    sum += range;
                    count++;
                }
            }
            previous = values[i];
            first = false;
        }
        double mean = sum / count;
        if (!screen || count == 0) {
            return count == 0 ? Double.NaN : mean;
        }
        // Moving ranges this large are special causes themselves; leaving them in widens the limits.
        double limit = D4 * mean;
        double screened = 0;
        int kept = 0;
        previous = Double.NaN;
        first = true;
        for (int i = from; i < to; i++) {
            if (!base[i]) {
                continue;
            }
            if (!first) {
                double range = Math.abs(values[i] - previous);
                if (range < limit) {
                    screened += range;
                    kept++;
                }
            }
            previous = values[i];
            first = false;
        }
        return kept == 0 ? Double.NaN : screened / kept;
    }

    private static double standardDeviation(double[] values, boolean[] base) {
        double mean = mean(values, base, 0, values.length);
        double squares = 0;
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (base[i] && !Double.isNaN(values[i])) {
                squares += (values[i] - mean) * (values[i] - mean);
                count++;
            }
        }
        return count < 2 ? Double.NaN : Math.sqrt(squares / (count - 1));
    }

    /** The bias of the sample standard deviation of n normal values, E(s) = c4·sigma; NaN for n ≤ 1. */
    static double c4(double n) {
        if (!(n > 1)) {
            return Double.NaN;
        }
        // Γ(n/2) / Γ((n−1)/2) by its recurrence from Γ(1)/Γ(½) = 1/√π, exact enough for any subgroup size
        // and needing no log-gamma, which the JDK lacks.
        double ratio = 1 / Math.sqrt(Math.PI);
        for (int m = 2; m < n; m++) {
            ratio = (m - 1) / (2 * ratio);
        }
        return Math.sqrt(2 / (n - 1)) * ratio;
    }

    public ChartKind kind() {
        return kind;
    }

    /** The number of points, missing ones included. */
    public int size() {
        return y.length;
    }

    /** The plotted value: the value, proportion or rate (multiplied), subgroup mean or SD; NaN if missing. */
    public double value(int i) {
        return y[i];
    }

    /** The denominator or subgroup size; NaN for charts without one. */
    public double denominator(int i) {
        return n[i];
    }

    public double centre(int i) {
        return centre[i];
    }

    /** The lower control limit; NaN where undefined. */
    public double lowerLimit(int i) {
        return lower[i];
    }

    /** The upper control limit; NaN where undefined. */
    public double upperLimit(int i) {
        return upper[i];
    }

    /** Whether the point lies strictly outside its control limits. */
    public boolean outsideLimits(int i) {
        return sigmaSignal[i];
    }

    /** Whether the point belongs to the baseline from which its part's lines were computed. */
    public boolean inBaseline(int i) {
        return baseline[i];
    }

    /** Whether the point was taken into the centre line, limits and runs analysis (not excluded). */
    public boolean included(int i) {
        return included[i];
    }

    /** The 0-based part the point belongs to. */
    public int part(int i) {
        return part[i];
    }

    public int parts() {
        return runs.length;
    }

    /** The index of the first point of a part. */
    public int partStart(int part) {
        return partStart[part];
    }

    /** The runs analysis of a part. */
    public QicRuns runs(int part) {
        return runs[part];
    }

    /** The runs analysis of every part, in order. */
    public List<QicRuns> allRuns() {
        return List.of(runs);
    }

    /** Whether the runs analysis of the point's part signals a shift. */
    public boolean runsSignal(int i) {
        return runs[part[i]].signal();
    }

    public double[] values() {
        return y.clone();
    }

    public double[] centres() {
        return centre.clone();
    }

    public double[] lowerLimits() {
        return lower.clone();
    }

    public double[] upperLimits() {
        return upper.clone();
    }
}
