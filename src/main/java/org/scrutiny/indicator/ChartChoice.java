package org.scrutiny.indicator;

import java.util.ArrayList;
import java.util.List;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Period;

/**
 * The control chart chosen for an indicator's series, and why: the plan's choice where it makes
 * one, otherwise one chosen from the unit and the data.
 *
 * <p>The rule, written down in {@code docs/plan-format.md}: a percentage with a numerator and
 * denominator for every point gets a P chart, a rate or count with them a U chart, and either
 * switches to Laney's P′ or U′ when the denominators average {@value #LARGE_DENOMINATOR} or more and
 * Laney's sigma Z is above {@value #OVERDISPERSED}. Everything else gets an XmR chart, whose limits
 * come from the data's own variation. A C chart is never chosen: its "equal opportunity" is for the
 * plan to promise.
 *
 * @param type the chart to draw, never {@link ChartType#AUTO}
 * @param reason why, in a sentence for the page
 * @param rollingTotals whether the periods are rolling 12-month totals, whose points overlap
 * @param warnings what a reader should be told about the choice
 */
public record ChartChoice(ChartType type, String reason, boolean rollingTotals, List<String> warnings) {

    /** Denominators this large make binomial and Poisson limits narrower than real processes vary. */
    static final double LARGE_DENOMINATOR = 1000;

    /** A sigma Z this far above 1 widens the limits by a fifth or more: enough to change the signals. */
    static final double OVERDISPERSED = 1.2;

    private static final double D2 = 1.128;

    public ChartChoice {
        warnings = List.copyOf(warnings);
    }

    /** Chooses the chart for a series of an indicator, in period order. */
    public static ChartChoice of(Indicator indicator, List<Observation> series) {
        ChartSettings settings = indicator.chart() == null ? ChartSettings.defaults() : indicator.chart();
        boolean rolling = !series.isEmpty() && series.stream().allMatch(o -> o.period() instanceof Period.RollingYear);
        List<String> warnings = new ArrayList<>();
        if (rolling) {
            warnings.add("These are rolling 12-month totals: each point shares eleven months with the one"
                    + " before, so runs, trends and two-of-three signals would be false alarms. Only points"
                    + " outside the limits are flagged.");
        }
        ChartType asked = settings.type();
        if (asked == ChartType.NONE) {
            return new ChartChoice(ChartType.NONE, "The plan asks for no chart for this indicator.", rolling, warnings);
        }
        boolean ratios = hasRatios(series);
        if (asked != ChartType.AUTO) {
            if (needsDenominators(asked) && !ratios) {
                warnings.add("The plan asks for a " + name(asked) + ", which needs a numerator and denominator for"
                        + " every point; the data does not give them, so an XmR chart is drawn instead.");
                return new ChartChoice(
                        ChartType.XMR, "An XmR chart, in place of the chart the plan asks for.", rolling, warnings);
            }
            return new ChartChoice(asked, "The plan asks for a " + name(asked) + ".", rolling, warnings);
        }
        if (ratios
                && indicator.unit() != Unit.PERCENT
                && indicator.unit() != Unit.RATE_PER_1000
                && indicator.unit() != Unit.COUNT) {
            ratios = false;
        }
        if (!ratios) {
            return new ChartChoice(
                    ChartType.XMR,
                    "An XmR chart: its limits come from the data's own variation, the NHS Making Data Count method.",
                    rolling,
                    warnings);
        }
        boolean proportion = indicator.unit() == Unit.PERCENT;
        double[] numerators = series.stream()
                .filter(o -> o.value() != null)
                .mapToDouble(Observation::numerator)
                .toArray();
        double[] denominators = series.stream()
                .filter(o -> o.value() != null)
                .mapToDouble(Observation::denominator)
                .toArray();
        double meanDenominator = mean(denominators);
        double sigmaZ = laneySigmaZ(numerators, denominators, proportion);
        ChartType plain = proportion ? ChartType.P : ChartType.U;
        ChartType laney = proportion ? ChartType.P_PRIME : ChartType.U_PRIME;
        String base = proportion
                ? "each point is a proportion of a known denominator"
                : "each point is a rate of a known denominator";
        if (meanDenominator >= LARGE_DENOMINATOR && sigmaZ > OVERDISPERSED) {
            return new ChartChoice(
                    laney,
                    "A " + name(laney) + ": " + base + ", and with denominators averaging "
                            + Math.round(meanDenominator) + " the points vary "
                            + String.format(java.util.Locale.ROOT, "%.2f", sigmaZ)
                            + " times as much as chance alone would make them (Laney's sigma Z), so the limits"
                            + " are widened to match.",
                    rolling,
                    warnings);
        }
        return new ChartChoice(plain, "A " + name(plain) + ": " + base + ".", rolling, warnings);
    }

    /**
     * Laney's sigma Z: the spread of the points' z-scores against binomial (proportions) or Poisson
     * (rates) sigma, estimated from their mean moving range. 1 where the points vary as chance would
     * make them; NaN with fewer than two points.
     */
    static double laneySigmaZ(double[] numerators, double[] denominators, boolean proportion) {
        int n = numerators.length;
        if (n < 2) {
            return Double.NaN;
        }
        double centre = sum(numerators) / sum(denominators);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double ratio = numerators[i] / denominators[i];
            double variance = proportion ? centre * (1 - centre) : centre;
            z[i] = (ratio - centre) / Math.sqrt(variance / denominators[i]);
        }
        double ranges = 0;
        for (int i = 1; i < n; i++) {
            ranges += Math.abs(z[i] - z[i - 1]);
        }
        return ranges / (n - 1) / D2;
    }

    static boolean needsDenominators(ChartType type) {
        return type == ChartType.P || type == ChartType.P_PRIME || type == ChartType.U || type == ChartType.U_PRIME;
    }

    /** Whether every point with a value has a positive denominator and a numerator. */
    private static boolean hasRatios(List<Observation> series) {
        boolean anyValued = false;
        for (Observation o : series) {
            if (o.value() != null) {
                if (o.numerator() == null || o.denominator() == null || o.denominator() <= 0) {
                    return false;
                }
                anyValued = true;
            }
        }
        return anyValued;
    }

    /** The chart's name in words, as a sentence uses it after "a". */
    public static String name(ChartType type) {
        return switch (type) {
            case AUTO -> "chart chosen from the data";
            case RUN -> "run chart";
            case XMR -> "XmR chart";
            case P -> "P chart";
            case P_PRIME -> "P′ chart (Laney)";
            case U -> "U chart";
            case U_PRIME -> "U′ chart (Laney)";
            case C -> "C chart";
            case NONE -> "no chart";
        };
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    private static double mean(double[] x) {
        return x.length == 0 ? Double.NaN : sum(x) / x.length;
    }
}
