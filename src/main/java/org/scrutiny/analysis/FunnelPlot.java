package org.scrutiny.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A funnel plot after Spiegelhalter (2005) as FunnelPlotR 0.6.0 draws it: each unit's ratio against limits
 * that narrow as its denominator grows, optionally widened by an additive random effect (tau²) estimated
 * from trimmed z-scores.
 *
 * <p>Where FunnelPlotR's arithmetic looks wrong (the limits for CQC standardised ratios and for ratios of
 * counts), this class follows it and docs/funnel-plots.md says why that is in question.
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

    public static FunnelPlot of(List<Unit> units, FunnelSettings settings) {
        int n = units.size();
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
            switch (type) {
                case STANDARDISED_RATIO -> {
                    transformed[i] = cqc ? Math.sqrt(o / e) : Math.log(o / e);
                    zSe[i] = cqc ? 1 / (2 * Math.sqrt(e)) : 1 / Math.sqrt(e);
                }
                case PROPORTION -> {
                    transformed[i] = Math.asin(Math.sqrt(o / e));
                    zSe[i] = 1 / (2 * Math.sqrt(e));
                }
                case RATIO_OF_COUNTS -> {
                    transformed[i] = Math.log((o + 0.5) / (e + 0.5));
                    zSe[i] = Math.sqrt(o / ((o + 0.5) * (o + 0.5)) + e / ((e + 0.5) * (e + 0.5)));
                }
                default -> throw new IllegalStateException();
            }
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
            double limitSe =
                    type == FunnelDataType.STANDARDISED_RATIO && !cqc ? 1 / Math.sqrt(e) : 1 / (2 * Math.sqrt(e));
            FunnelLimits limits95;
            FunnelLimits limits998;
            if (type == FunnelDataType.STANDARDISED_RATIO) {
                limits95 = poissonLimits(e, 0.025, 0.975, m * target);
                limits998 = poissonLimits(e, 0.001, 0.999, m * target);
            } else {
                limits95 = normalLimits(type, cqc, target, limitSe, 0, Z_95, m);
                limits998 = normalLimits(type, cqc, target, limitSe, 0, Z_998, m);
            }
            FunnelLimits adjusted95 = normalLimits(type, cqc, target, limitSe, tau2, Z_95, m);
            FunnelLimits adjusted998 = normalLimits(type, cqc, target, limitSe, tau2, Z_998, m);
            FunnelLimits judgedBy = adjusted
                    ? (settings.outerLimit() ? adjusted998 : adjusted95)
                    : (settings.outerLimit() ? limits998 : limits95);
            points.add(new FunnelPoint(
                    u.group(),
                    u.numerator(),
                    e,
                    ratio,
                    transformed[i],
                    z[i],
                    trimmedZ[i],
                    trimmed[i],
                    limitSe,
                    limits95,
                    limits998,
                    adjusted95,
                    adjusted998,
                    !judgedBy.contains(m * ratio)));
        }
        return new FunnelPlot(settings, target, targetTransformed, phi, tau2, adjusted, points);
    }

    /** Exact Poisson limits for a ratio with this many expected events, from gamma quantiles. */
    static FunnelLimits poissonLimits(double expected, double lowerTail, double upperTail, double scale) {
        return new FunnelLimits(
                scale * GammaDistribution.quantile(expected, lowerTail) / expected,
                scale * GammaDistribution.quantile(expected + 1, upperTail) / expected);
    }

    private static FunnelLimits normalLimits(
            FunnelDataType type, boolean cqc, double target, double se, double tau2, double zq, double m) {
        double half = zq * Math.sqrt(se * se + tau2);
        return switch (type) {
            case STANDARDISED_RATIO ->
                cqc
                        // FunnelPlotR 0.6.0 does not square these back from the square-root scale.
                        ? new FunnelLimits(m * (1 - half), m * (1 + half))
                        : new FunnelLimits(m * Math.exp(-half), m * Math.exp(half));
            case PROPORTION -> {
                double centre = Math.asin(Math.sqrt(target));
                yield new FunnelLimits(
                        m * Math.pow(Math.sin(centre - half), 2), m * Math.pow(Math.sin(centre + half), 2));
            }
            case RATIO_OF_COUNTS -> {
                double centre = Math.log(target);
                yield new FunnelLimits(m * Math.exp(centre - half), m * Math.exp(centre + half));
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
