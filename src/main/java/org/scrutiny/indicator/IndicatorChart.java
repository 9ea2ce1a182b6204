package org.scrutiny.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scrutiny.analysis.Assurance;
import org.scrutiny.analysis.ChartKind;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.analysis.QicChart;
import org.scrutiny.analysis.QicSettings;
import org.scrutiny.analysis.SpecialCauseRule;
import org.scrutiny.analysis.Variation;
import org.scrutiny.analysis.XmrChart;
import org.scrutiny.analysis.XmrLimits;
import org.scrutiny.analysis.XmrPoint;
import org.scrutiny.analysis.XmrSettings;
import org.scrutiny.analysis.XmrWarning;
import org.scrutiny.chart.ChartText;
import org.scrutiny.chart.SvgCharts;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Period;
import org.scrutiny.web.Labels;

/**
 * An indicator's series charted: the chart chosen for it, each point with its centre line, limits and
 * special cause in words, the variation and assurance icons of the latest point, the chart's settings
 * in words and its warnings. It is what the indicator page, the plan page and the exceptions view show,
 * and its points are the chart's text alternative.
 */
public final class IndicatorChart {
    /** Making Data Count: fewer points than this give limits to treat as trial limits. */
    static final int RECOMMENDED_POINTS = 13;

    private final ChartChoice choice;
    private final XmrChart xmr;
    private final QicChart qic;
    private final List<Point> points;
    private final Variation variation;
    private final Assurance assurance;
    private final List<String> settingsInWords;
    private final List<String> warnings;
    private final Double target;

    /**
     * One point of the chart as the table shows it.
     *
     * @param centre the mean (or median of a run chart), NaN where there is none
     * @param signal the special cause in words, empty for common cause
     * @param kind {@code improvement}, {@code concern}, {@code neutral} or {@code none}
     */
    public record Point(
            Period period, double value, double centre, double lower, double upper, String signal, String kind) {
        public boolean isSpecial() {
            return !signal.isEmpty();
        }

        public boolean isMissing() {
            return Double.isNaN(value);
        }
    }

    private IndicatorChart(
            ChartChoice choice,
            XmrChart xmr,
            QicChart qic,
            List<Point> points,
            Variation variation,
            Assurance assurance,
            List<String> settingsInWords,
            List<String> warnings,
            Double target) {
        this.target = target;
        this.choice = choice;
        this.xmr = xmr;
        this.qic = qic;
        this.points = List.copyOf(points);
        this.variation = variation;
        this.assurance = assurance;
        this.settingsInWords = List.copyOf(settingsInWords);
        this.warnings = List.copyOf(warnings);
    }

    /** Charts an indicator's series, given in period order; a null value is a gap. */
    public static IndicatorChart of(Indicator indicator, List<Observation> series) {
        ChartChoice choice = ChartChoice.of(indicator, series);
        ChartSettings settings = indicator.chart() == null ? ChartSettings.defaults() : indicator.chart();
        List<String> warnings = new ArrayList<>(choice.warnings());
        if (choice.type() == ChartType.NONE || series.isEmpty()) {
            return new IndicatorChart(choice, null, null, List.of(), null, Assurance.NONE, List.of(), warnings, null);
        }
        ImprovementDirection direction = directionOf(indicator.polarity());
        Double target = targetOf(indicator.target());
        int[] rebase = rebaseIndices(settings.rebaseAt(), series);
        List<String> words = new ArrayList<>();
        words.add("Chart: " + choice.reason());
        if (choice.type() == ChartType.XMR) {
            return xmrOf(choice, settings, series, direction, target, rebase, words, warnings);
        }
        return qicOf(indicator, choice, settings, series, direction, target, rebase, words, warnings);
    }

    private static IndicatorChart xmrOf(
            ChartChoice choice,
            ChartSettings settings,
            List<Observation> series,
            ImprovementDirection direction,
            Double target,
            int[] rebase,
            List<String> words,
            List<String> warnings) {
        int n = series.size();
        double[] values = valuesOf(series);
        XmrSettings xmrSettings = XmrSettings.defaults()
                .withImprovementDirection(direction)
                .withScreenMovingRanges(settings.screening())
                .withShiftLength(settings.shiftLength())
                .withTrendLength(settings.trendLength())
                // Runs of overlapping rolling totals are artefacts of the overlap: only the limits speak.
                .withRunsRules(!choice.rollingTotals())
                .withTwoOfThree(settings.twoOfThree() == ChartSettings.TwoOfThree.BEYOND_LIMITS_COUNT, true)
                .withRebaseAt(rebase);
        if (settings.fixAfter() > 0) {
            xmrSettings = xmrSettings.withFixAfterPoints(settings.fixAfter());
        }
        if (target != null) {
            xmrSettings = xmrSettings.withTarget(target);
        }
        XmrChart chart = XmrChart.of(values, xmrSettings);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            XmrPoint p = chart.point(i);
            int side = 0;
            String signal = "";
            if (!p.isMissing() && p.isSpecialCause() && (!choice.rollingTotals() || p.outsideLimits())) {
                side = p.outsideLimits() ? p.relativeToMean() : p.specialCause().side();
                signal = xmrSignal(p, settings);
            }
            points.add(new Point(
                    series.get(i).period(),
                    p.value(),
                    p.mean(),
                    p.lowerLimit(),
                    p.upperLimit(),
                    withKind(signal, side, direction),
                    kindOf(side, direction)));
        }
        words.add(limitsInWords(chart, settings));
        words.add(rulesInWords(choice, settings));
        addRebases(words, series, rebase);
        if (settings.twoSigmaLines()) {
            words.add("The 2-sigma lines are drawn, two thirds of the way from the mean to each limit.");
        }
        for (XmrWarning warning : chart.warnings()) {
            warnings.add(
                    warning == XmrWarning.TRIAL_LIMITS
                            ? "Fewer than " + RECOMMENDED_POINTS
                                    + " points: the limits are trial limits and may move as data" + " arrives."
                            : warning.text());
        }
        Assurance assurance = chart.assurance();
        return new IndicatorChart(
                choice, chart, null, points, variationOf(points, direction), assurance, words, warnings, target);
    }

    private static IndicatorChart qicOf(
            Indicator indicator,
            ChartChoice choice,
            ChartSettings settings,
            List<Observation> series,
            ImprovementDirection direction,
            Double target,
            int[] rebase,
            List<String> words,
            List<String> warnings) {
        int n = series.size();
        ChartKind kind = kindOf(choice.type());
        double[] values = new double[n];
        double[] denominators = new double[n];
        for (int i = 0; i < n; i++) {
            Observation o = series.get(i);
            if (kind.plotsRatio()) {
                boolean present = o.value() != null && o.numerator() != null && o.denominator() != null;
                values[i] = present ? o.numerator() : Double.NaN;
                denominators[i] = present ? o.denominator() : Double.NaN;
            } else {
                values[i] = o.value() == null ? Double.NaN : o.value();
                denominators[i] = Double.NaN;
            }
        }
        QicSettings qicSettings = QicSettings.defaults()
                .withScreenMovingRanges(settings.screening())
                .withPartStarts(rebase)
                .withMultiplier(kind.plotsRatio() ? multiplierOf(indicator.unit()) : 1);
        if (settings.fixAfter() > 0) {
            qicSettings = qicSettings.withBaselinePoints(settings.fixAfter());
        }
        QicChart chart = QicChart.of(kind, values, denominators, qicSettings);
        List<Point> points = new ArrayList<>();
        int valued = 0;
        for (int i = 0; i < n; i++) {
            double value = chart.value(i);
            double centre = chart.centre(i);
            int side = 0;
            String signal = "";
            if (!Double.isNaN(value)) {
                valued++;
                int relative = value > centre ? 1 : value < centre ? -1 : 0;
                if (chart.outsideLimits(i)) {
                    side = relative;
                    signal = relative > 0 ? "Above the upper limit" : "Below the lower limit";
                } else if (!choice.rollingTotals() && chart.runsSignal(i) && relative != 0) {
                    side = relative;
                    signal = "Part of an unusually long run "
                            + (relative > 0 ? "above" : "below")
                            + " the centre line, or of too few crossings of it (Anhøj rules)";
                }
            }
            points.add(new Point(
                    series.get(i).period(),
                    value,
                    centre,
                    chart.lowerLimit(i),
                    chart.upperLimit(i),
                    withKind(signal, side, direction),
                    kindOf(side, direction)));
        }
        words.add(switch (kind) {
                    case RUN -> "Centre line: the median. A run chart has no limits.";
                    case C -> "Limits: the mean count ± 3 Poisson sigma.";
                    case P -> "Limits: the mean proportion ± 3 binomial sigma, wider where the denominator is smaller.";
                    case U -> "Limits: the mean rate ± 3 Poisson sigma, wider where the denominator is smaller.";
                    case P_PRIME, U_PRIME ->
                        "Limits: the mean ± 3 sigma of each point, scaled by Laney's sigma Z (the spread of the points'"
                                + " z-scores) so that they allow for variation between periods.";
                    default -> "Limits: the mean ± 3 sigma.";
                }
                + (settings.fixAfter() > 0 ? " Set from the first " + settings.fixAfter() + " points and held." : ""));
        words.add(
                choice.rollingTotals()
                        ? "Rules: only a point outside the limits is flagged; the runs rules are off because rolling"
                                + " totals overlap."
                        : "Rules: a point outside the limits; an unusually long run on one side of the centre line, or too"
                                + " few crossings of it (Anhøj's rules).");
        addRebases(words, series, rebase);
        if (valued < RECOMMENDED_POINTS) {
            warnings.add("Fewer than " + RECOMMENDED_POINTS + " points: the limits are trial limits and may move as"
                    + " data arrives.");
        }
        Assurance assurance = Assurance.NONE;
        Optional<Point> latest = latestOf(points);
        if (target != null && latest.isPresent() && kind != ChartKind.RUN) {
            double scaledTarget = target;
            assurance =
                    Assurance.of(direction, latest.get().lower(), latest.get().upper(), scaledTarget);
        }
        return new IndicatorChart(
                choice, null, chart, points, variationOf(points, direction), assurance, words, warnings, target);
    }

    private static String limitsInWords(XmrChart chart, ChartSettings settings) {
        StringBuilder text = new StringBuilder("Limits: the mean ± 2.66 × the average moving range");
        if (settings.fixAfter() > 0) {
            text.append(", set from the first ").append(settings.fixAfter()).append(" points and held after them");
        } else {
            text.append(", from every point");
        }
        int screened = chart.limits().stream()
                .mapToInt(XmrLimits::screenedMovingRanges)
                .sum();
        text.append(
                settings.screening()
                        ? ". Moving ranges of 3.267 × their average or more are left out (" + screened + " left out)."
                        : ". Moving ranges are not screened.");
        return text.toString();
    }

    private static String rulesInWords(ChartChoice choice, ChartSettings settings) {
        if (choice.rollingTotals()) {
            return "Rules: only a point outside the limits is flagged; runs, trends and two-of-three are off because"
                    + " rolling totals overlap.";
        }
        return "Rules, in order: a point outside the limits; a trend of " + settings.trendLength()
                + " points each higher, or each lower, than the last; two of three points beyond the same 2-sigma"
                + " line ("
                + (settings.twoOfThree() == ChartSettings.TwoOfThree.BEYOND_LIMITS_COUNT
                        ? "points beyond the limits count"
                        : "only points within the limits count")
                + "); a shift of " + settings.shiftLength() + " points in a row on one side of the mean.";
    }

    private static void addRebases(List<String> words, List<Observation> series, int[] rebase) {
        List<String> at = new ArrayList<>();
        for (int index : rebase) {
            if (index > 0 && index < series.size()) {
                at.add(Labels.periodOf(series.get(index).period()));
            }
        }
        if (!at.isEmpty()) {
            words.add("The limits restart at " + String.join(", ", at) + ".");
        }
    }

    private static String xmrSignal(XmrPoint p, ChartSettings settings) {
        if (p.outsideLimits()) {
            return p.relativeToMean() > 0 ? "Above the upper limit" : "Below the lower limit";
        }
        boolean high = p.specialCause().side() > 0;
        SpecialCauseRule rule = p.specialCause().rule();
        return switch (rule) {
            case TREND ->
                "Part of a trend of " + settings.trendLength() + " or more points each " + (high ? "higher" : "lower")
                        + " than the last";
            case TWO_OF_THREE -> "Two of three points beyond the " + (high ? "upper" : "lower") + " 2-sigma line";
            case SHIFT ->
                "Part of a run of " + settings.shiftLength() + " or more points " + (high ? "above" : "below")
                        + " the mean";
            case OUTSIDE_LIMITS -> high ? "Above the upper limit" : "Below the lower limit";
        };
    }

    private static String withKind(String signal, int side, ImprovementDirection direction) {
        if (signal.isEmpty()) {
            return "";
        }
        return switch (kindOf(side, direction)) {
            case "improvement" -> signal + ": an improvement";
            case "concern" -> signal + ": a concern";
            default -> signal;
        };
    }

    private static String kindOf(int side, ImprovementDirection direction) {
        if (side == 0) {
            return "none";
        }
        if (direction == ImprovementDirection.NEITHER) {
            return "neutral";
        }
        return side * direction.sign() > 0 ? "improvement" : "concern";
    }

    private static Variation variationOf(List<Point> points, ImprovementDirection direction) {
        Optional<Point> latest = latestOf(points);
        if (latest.isEmpty()) {
            return null;
        }
        Point p = latest.get();
        if (!p.isSpecial()) {
            return Variation.COMMON_CAUSE;
        }
        boolean high =
                p.value() > p.centre() || (p.value() == p.centre() && p.signal().contains("higher"));
        return switch (p.kind()) {
            case "improvement" -> high ? Variation.IMPROVEMENT_HIGH : Variation.IMPROVEMENT_LOW;
            case "concern" -> high ? Variation.CONCERN_HIGH : Variation.CONCERN_LOW;
            default -> high ? Variation.NEITHER_HIGH : Variation.NEITHER_LOW;
        };
    }

    private static Optional<Point> latestOf(List<Point> points) {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (!points.get(i).isMissing()) {
                return Optional.of(points.get(i));
            }
        }
        return Optional.empty();
    }

    /** The improvement direction of a polarity: what turns a signal into improvement or concern. */
    public static ImprovementDirection directionOf(Polarity polarity) {
        if (polarity == null) {
            return ImprovementDirection.NEITHER;
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> ImprovementDirection.INCREASE;
            case LOWER_IS_BETTER -> ImprovementDirection.DECREASE;
            case NEITHER -> ImprovementDirection.NEITHER;
        };
    }

    /** The level the assurance icon judges: an at-least or at-most target's value, or null. */
    static Double targetOf(Target target) {
        return switch (target) {
            case Target.AtLeast t -> t.value();
            case Target.AtMost t -> t.value();
            case Target.Above t -> t.value();
            case null, default -> null;
        };
    }

    /**
     * The index of each rebase period in a series: the first point at or after it, so that a rebase at a
     * period without data restarts the limits at the next period that has some. Rebases after the last
     * point are left out.
     */
    static int[] rebaseIndices(List<Period> rebaseAt, List<Observation> series) {
        List<Integer> indices = new ArrayList<>();
        for (Period period : rebaseAt) {
            for (int i = 0; i < series.size(); i++) {
                if (!series.get(i).period().start().isBefore(period.start())) {
                    if (!indices.contains(i)) {
                        indices.add(i);
                    }
                    break;
                }
            }
        }
        return indices.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static double[] valuesOf(List<Observation> series) {
        return series.stream()
                .mapToDouble(o -> o.value() == null ? Double.NaN : o.value())
                .toArray();
    }

    private static double multiplierOf(Unit unit) {
        return unit == Unit.PERCENT ? 100 : unit == Unit.RATE_PER_1000 ? 1000 : 1;
    }

    private static ChartKind kindOf(ChartType type) {
        return switch (type) {
            case RUN -> ChartKind.RUN;
            case P -> ChartKind.P;
            case P_PRIME -> ChartKind.P_PRIME;
            case U -> ChartKind.U;
            case U_PRIME -> ChartKind.U_PRIME;
            case C -> ChartKind.C;
            default -> ChartKind.I;
        };
    }

    public ChartChoice choice() {
        return choice;
    }

    public ChartType type() {
        return choice.type();
    }

    /** Whether there is a chart to draw: a chart type other than none, and at least one value. */
    public boolean drawn() {
        return choice.type() != ChartType.NONE && latestOf(points).isPresent();
    }

    /** The XmR chart, where the chart is one. */
    public Optional<XmrChart> xmr() {
        return Optional.ofNullable(xmr);
    }

    /** The qicharts2-family chart, where the chart is one. */
    public Optional<QicChart> qic() {
        return Optional.ofNullable(qic);
    }

    public List<Point> points() {
        return points;
    }

    /** The periods' labels, one per point, as chart axes write them. */
    public List<String> periodLabels() {
        return points.stream().map(p -> p.period().label()).toList();
    }

    /** The latest point with a value, if any. */
    public Optional<Point> latest() {
        return latestOf(points);
    }

    /** The variation icon of the latest point; null where nothing is charted. */
    public Variation variation() {
        return variation;
    }

    public Assurance assurance() {
        return assurance;
    }

    /**
     * Whether the indicator is an exception: its latest point is a special cause, or its target will
     * consistently be missed.
     */
    public boolean isException() {
        return latest().map(Point::isSpecial).orElse(false) || assurance == Assurance.CONSISTENTLY_FAILS;
    }

    /** What makes the indicator an exception, in words; empty when it is not one. */
    public String exceptionInWords() {
        List<String> reasons = new ArrayList<>();
        latest().filter(Point::isSpecial)
                .ifPresent(p -> reasons.add("Latest point (" + Labels.periodOf(p.period()) + "): "
                        + p.signal().substring(0, 1).toLowerCase(Locale.ROOT)
                        + p.signal().substring(1)));
        if (assurance == Assurance.CONSISTENTLY_FAILS) {
            reasons.add("The target will consistently be missed: it lies beyond the process limits");
        }
        return reasons.isEmpty() ? "" : String.join(". ", reasons) + ".";
    }

    /**
     * The chart drawn as SVG, titled and described for screen readers; null where nothing is charted.
     *
     * @param idPrefix unique on the page, for the SVG's ids
     */
    public String svg(String idPrefix, String title, String unit, boolean twoSigmaLines) {
        if (!drawn()) {
            return null;
        }
        ChartText text = ChartText.of(idPrefix, title)
                .withUnit(unit)
                .withTwoSigma(twoSigmaLines)
                .withDescription(choice.reason());
        if (choice.rollingTotals()) {
            text = text.withNote("Rolling 12-month totals overlap: only points outside the limits are signals.");
        }
        List<String> labels = periodLabels();
        if (xmr == null && assurance != Assurance.NONE && target != null) {
            text = text.withTarget(target);
        }
        return xmr != null ? SvgCharts.xmr(xmr, labels, text) : SvgCharts.qic(qic, labels, text);
    }

    /** A sparkline of the chart for a table cell, titled with its points and what the latest says; null if none is drawn. */
    public String sparklineSvg() {
        if (!drawn()) {
            return null;
        }
        if (xmr != null) {
            return SvgCharts.sparkline(xmr);
        }
        double[] values = qic.values();
        int count = 0;
        int last = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                count++;
                last = i;
            }
        }
        String latest = last < 0
                ? "no values"
                : !qic.outsideLimits(last)
                        ? "latest point within the limits"
                        : values[last] > qic.centre(last)
                                ? "latest point above the upper limit"
                                : "latest point below the lower limit";
        return SvgCharts.sparkline(qic, count + (count == 1 ? " point; " : " points; ") + latest);
    }

    public List<String> settingsInWords() {
        return settingsInWords;
    }

    public List<String> warnings() {
        return warnings;
    }
}
