package org.scrutiny.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A funnel plot after Spiegelhalter (2005), with the choices FunnelPlotR 0.6.0 offers: each unit's ratio
 * against limits that narrow as its denominator grows, optionally widened by an additive random effect
 * (tau²) estimated from trimmed z-scores.
 *
 * <p>Two of FunnelPlotR's limits are wrong: those of CQC standardised ratios after adjustment, and those of
 * ratios of counts. This class draws correct ones unless {@link FunnelSettings#asFunnelPlotR()} asks for
 * FunnelPlotR's; docs/funnel-plots.md gives the formulas and the reasons.
 *
 * @param target the centre line before the multiplier: 1 for standardised ratios, the pooled ratio otherwise
 * @param phi the overdispersion ratio; 0 when adjustment was not asked for
 * @param tau2 the between-unit variance added to each unit's; 0 when unadjusted or not overdispersed
 * @param adjusted whether outliers were judged against the widened limits (asked for, and tau² above 0)
 */
public record FunnelPlot(
        FunnelSettings settings,
        double target,
        double targetTransformed,
        double phi,
        double tau2,
        boolean adjusted,
        List<FunnelPoint> points) {

    // FunnelPlotR's normal quantiles, to seven significant digits; kept so the limits agree with it.
    static final double Z_95 = 1.959964;
    static final double Z_998 = 3.090232;

    public FunnelPlot {
        points = List.copyOf(points);
    }

    /** One unit's data: a group name, a numerator and a denominator (observed and expected for ratios). */
    public record Unit(String group, double numerator, double denominator) {}

    /**
     * The funnel plot of these units, one per group; with none, a plot with no points and no target.
     *
     * @throws IllegalArgumentException if a group is named twice (FunnelPlotR would add them up; Scrutiny's
     *     callers have one figure per unit, so a second is a mistake) or a denominator is not above 0
     */
    public static FunnelPlot of(List<Unit> units, FunnelSettings settings) {
        Set<String> groups = new HashSet<>();
        for (Unit u : units) {
            if (!groups.add(u.group())) {
                throw new IllegalArgumentException("group named twice: " + u.group());
            }
            if (!(u.denominator() > 0)) {
                throw new IllegalArgumentException("denominator must be above 0: " + u);
            }
        }
        int n = units.size();
        if (n == 0) {
            return new FunnelPlot(settings, Double.NaN, Double.NaN, 0, 0, false, List.of());
        }
        double sumNumerator = units.stream().mapToDouble(Unit::numerator).sum();
        double sumDenominator = units.stream().mapToDouble(Unit::denominator).sum();
        FunnelDataType type = settings.dataType();
        boolean cqc =
                type == FunnelDataType.STANDARDISED_RATIO && settings.ratioMethod() == StandardisedRatioMethod.CQC;

        double target;
        double targetTransformed;
        switch (type) {
            case STANDARDISED_RATIO -> {
                target = 1;
                targetTransformed = cqc ? 1 : 0;
            }
            case PROPORTION -> {
                target = sumNumerator / sumDenominator;
                targetTransformed = Math.asin(Math.sqrt(target));
            }
            case RATIO_OF_COUNTS -> {
                target = sumNumerator / sumDenominator;
                targetTransformed = Math.log(target);
            }
            default -> throw new IllegalStateException();
        }

        double[] transformed = new double[n];
        double[] zSe = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            double o = u.numerator();
            double e = u.denominator();
            transformed[i] = switch (type) {
                case STANDARDISED_RATIO -> cqc ? Math.sqrt(o / e) : Math.log(o / e);
                case PROPORTION -> Math.asin(Math.sqrt(o / e));
                case RATIO_OF_COUNTS -> Math.log((o + 0.5) / (e + 0.5));
            };
            zSe[i] = type == FunnelDataType.RATIO_OF_COUNTS && settings.reproducesFunnelPlotR()
                    // FunnelPlotR's z-score takes the variance from the unit's own counts; its limits cannot.
                    ? Math.sqrt(o / ((o + 0.5) * (o + 0.5)) + e / ((e + 0.5) * (e + 0.5)))
                    : standardError(settings, target, e);
            z[i] = settings.truncates()
                    ? Math.sqrt(e) * Math.log(o / e)
                    : (transformed[i] - targetTransformed) / zSe[i];
        }

        double[] trimmedZ = new double[n];
        boolean[] trimmed = new boolean[n];
        if (settings.truncates()) {
            truncate(z, settings.trimBy(), trimmedZ, trimmed);
        } else {
            winsorise(z, settings.trimBy(), trimmedZ, trimmed);
        }

        int kept = 0;
        double sumSquares = 0;
        double sumWeights = 0;
        double sumSquaredWeights = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(trimmedZ[i])) {
                kept++;
                sumSquares += trimmedZ[i] * trimmedZ[i];
                double w = 1 / (zSe[i] * zSe[i]);
                sumWeights += w;
                sumSquaredWeights += w * w;
            }
        }
        double phi = 0;
        double tau2 = 0;
        if (settings.adjusted()) {
            phi = sumSquares / kept;
            if (kept * phi >= kept - 1) {
                tau2 = Math.max(0, (kept * phi - (kept - 1)) / (sumWeights - sumSquaredWeights / sumWeights));
            }
        }
        boolean adjusted = settings.adjusted() && tau2 > 0;

        List<FunnelPoint> points = new ArrayList<>(n);
        double m = settings.multiplier();
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            double e = u.denominator();
            double ratio = u.numerator() / e;
            FunnelLimits limits95 = unadjustedLimits(settings, target, e, false);
            FunnelLimits limits998 = unadjustedLimits(settings, target, e, true);
            FunnelLimits adjusted95 = normalLimits(settings, target, e, tau2, Z_95);
            FunnelLimits adjusted998 = normalLimits(settings, target, e, tau2, Z_998);
            FunnelLimits judgedBy =
                    judged(limits95, limits998, adjusted95, adjusted998, adjusted, settings.outerLimit());
            points.add(new FunnelPoint(
                    u.group(),
                    u.numerator(),
                    e,
                    ratio,
                    transformed[i],
                    z[i],
                    trimmedZ[i],
                    trimmed[i],
                    standardError(settings, target, e),
                    limits95,
                    limits998,
                    adjusted95,
                    adjusted998,
                    !judgedBy.contains(m * ratio)));
        }
        return new FunnelPlot(settings, target, targetTransformed, phi, tau2, adjusted, points);
    }

    /**
     * The limits this plot draws at any denominator, as it draws them at a unit's: widened for overdispersion
     * when the plot is {@link #adjusted()}.
     */
    public FunnelBand limitsAt(double denominator) {
        if (adjusted) {
            return new FunnelBand(
                    denominator,
                    normalLimits(settings, target, denominator, tau2, Z_95),
                    normalLimits(settings, target, denominator, tau2, Z_998));
        }
        return new FunnelBand(
                denominator,
                unadjustedLimits(settings, target, denominator, false),
                unadjustedLimits(settings, target, denominator, true));
    }

    /**
     * The limits from the smallest unit's denominator to the largest's; see
     * {@link #limitCurve(double, double, int)}.
     */
    public List<FunnelBand> limitCurve(int count) {
        if (points.isEmpty()) {
            return List.of();
        }
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        for (FunnelPoint p : points) {
            from = Math.min(from, p.denominator());
            to = Math.max(to, p.denominator());
        }
        return limitCurve(from, to, count);
    }

    /**
     * The limits at {@code count} denominators from {@code from} to {@code to}, both included, spaced evenly on
     * a log scale: the funnel bends most at small denominators, where the points then lie closest together.
     */
    public List<FunnelBand> limitCurve(double from, double to, int count) {
        if (!(from > 0 && to >= from) || count < 2) {
            throw new IllegalArgumentException(
                    "a curve needs 0 < from <= to and 2 points or more: " + from + ", " + to + ", " + count);
        }
        List<FunnelBand> curve = new ArrayList<>(count);
        double logFrom = Math.log(from);
        double step = (Math.log(to) - logFrom) / (count - 1);
        for (int k = 0; k < count; k++) {
            double d = k == 0 ? from : k == count - 1 ? to : Math.exp(logFrom + k * step);
            curve.add(limitsAt(d));
        }
        return curve;
    }

    /** The limits a unit is judged against: the outer or inner ones as settings say, adjusted when the plot is. */
    public FunnelLimits judgedLimits(FunnelPoint point) {
        return judged(
                point.limits95(),
                point.limits998(),
                point.adjustedLimits95(),
                point.adjustedLimits998(),
                adjusted,
                settings.outerLimit());
    }

    static FunnelLimits judged(
            FunnelLimits limits95,
            FunnelLimits limits998,
            FunnelLimits adjusted95,
            FunnelLimits adjusted998,
            boolean adjusted,
            boolean outer) {
        return adjusted ? (outer ? adjusted998 : adjusted95) : (outer ? limits998 : limits95);
    }

    /**
     * The standard error, on the transformed scale, of a unit with this denominator if it were on target; the
     * limits are drawn with it and, in Scrutiny's own arithmetic, the z-scores are taken with it.
     */
    static double standardError(FunnelSettings settings, double target, double denominator) {
        return switch (settings.dataType()) {
            case STANDARDISED_RATIO ->
                settings.ratioMethod() == StandardisedRatioMethod.CQC
                        ? 1 / (2 * Math.sqrt(denominator))
                        : 1 / Math.sqrt(denominator);
            case PROPORTION -> 1 / (2 * Math.sqrt(denominator));
            case RATIO_OF_COUNTS -> {
                if (settings.reproducesFunnelPlotR()) {
                    // FunnelPlotR 0.6.0 uses the arcsine standard error of a proportion here.
                    yield 1 / (2 * Math.sqrt(denominator));
                }
                // The delta-method variance of log((O + ½) / (D + ½)) with O at its expected target × D.
                double o = target * denominator;
                yield Math.sqrt(
                        o / ((o + 0.5) * (o + 0.5)) + denominator / ((denominator + 0.5) * (denominator + 0.5)));
            }
        };
    }

    private static FunnelLimits unadjustedLimits(
            FunnelSettings settings, double target, double denominator, boolean outer) {
        if (settings.dataType() == FunnelDataType.STANDARDISED_RATIO) {
            double scale = settings.multiplier() * target;
            return outer
                    ? poissonLimits(denominator, 0.001, 0.999, scale)
                    : poissonLimits(denominator, 0.025, 0.975, scale);
        }
        return normalLimits(settings, target, denominator, 0, outer ? Z_998 : Z_95);
    }

    /** Exact Poisson limits for a ratio with this many expected events, from gamma quantiles. */
    static FunnelLimits poissonLimits(double expected, double lowerTail, double upperTail, double scale) {
        return new FunnelLimits(
                scale * GammaDistribution.quantile(expected, lowerTail) / expected,
                scale * GammaDistribution.quantile(expected + 1, upperTail) / expected);
    }

    /**
     * Limits z standard errors either side of the target on the transformed scale, taken back to the ratio
     * scale: each is the ratio at which a unit's z-score (adjusted by tau²) would be exactly ±z.
     */
    private static FunnelLimits normalLimits(
            FunnelSettings settings, double target, double denominator, double tau2, double zq) {
        double se = standardError(settings, target, denominator);
        double half = zq * Math.sqrt(se * se + tau2);
        double m = settings.multiplier();
        boolean asFunnelPlotR = settings.reproducesFunnelPlotR();
        return switch (settings.dataType()) {
            case STANDARDISED_RATIO -> {
                if (settings.ratioMethod() == StandardisedRatioMethod.SHMI) {
                    yield new FunnelLimits(m * Math.exp(-half), m * Math.exp(half));
                }
                if (asFunnelPlotR) {
                    // FunnelPlotR 0.6.0 leaves these on the square-root scale.
                    yield new FunnelLimits(m * (1 - half), m * (1 + half));
                }
                // √ratio cannot go below 0, where the lower limit stops.
                double low = Math.max(0, 1 - half);
                yield new FunnelLimits(m * low * low, m * (1 + half) * (1 + half));
            }
            case PROPORTION -> {
                double centre = Math.asin(Math.sqrt(target));
                double low = centre - half;
                double high = centre + half;
                if (!asFunnelPlotR) {
                    // Beyond 0 and π/2 sin² turns back: the limits stop at proportions 0 and 1 instead.
                    low = Math.max(0, low);
                    high = Math.min(Math.PI / 2, high);
                }
                yield new FunnelLimits(m * Math.pow(Math.sin(low), 2), m * Math.pow(Math.sin(high), 2));
            }
            case RATIO_OF_COUNTS -> {
                if (asFunnelPlotR) {
                    double centre = Math.log(target);
                    yield new FunnelLimits(m * Math.exp(centre - half), m * Math.exp(centre + half));
                }
                // Solves log((r·D + ½) / (D + ½)) = log(target) ± half for r, so that the limits are exactly
                // where the z-score, continuity halves and all, crosses ±z.
                double d = denominator;
                double low = (target * (d + 0.5) * Math.exp(-half) - 0.5) / d;
                double high = (target * (d + 0.5) * Math.exp(half) - 0.5) / d;
                yield new FunnelLimits(m * Math.max(0, low), m * high);
            }
        };
    }

    /** SHMI's truncation: units in the bottom and top 1/trimBy-quantile groups by rank are left out. */
    private static void truncate(double[] z, double trimBy, double[] trimmedZ, boolean[] trimmed) {
        double groups = 1 / trimBy;
        double[] ranks = averageRanks(z);
        for (int i = 0; i < z.length; i++) {
            double group = Math.floor(ranks[i] * groups / (z.length + 1));
            trimmed[i] = !(group > 0 && group < groups - 1);
            trimmedZ[i] = trimmed[i] ? Double.NaN : z[i];
        }
    }

    /** Winsorisation: z-scores beyond the trimBy and 1 − trimBy quantiles are pulled in to them. */
    private static void winsorise(double[] z, double trimBy, double[] trimmedZ, boolean[] trimmed) {
        double[] sorted = z.clone();
        Arrays.sort(sorted);
        double lower = quantile(sorted, trimBy);
        double upper = quantile(sorted, 1 - trimBy);
        for (int i = 0; i < z.length; i++) {
            trimmed[i] = !(z[i] > lower && z[i] < upper);
            trimmedZ[i] = Math.min(Math.max(z[i], lower), upper);
        }
    }

    /** The sample quantile by linear interpolation between order statistics (R's default, type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    private static double[] averageRanks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }
}
