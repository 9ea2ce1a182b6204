package org.scrutiny.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import org.scrutiny.analysis.Assurance;
import org.scrutiny.analysis.ChartKind;
import org.scrutiny.analysis.QicChart;
import org.scrutiny.analysis.QicRuns;
import org.scrutiny.analysis.XmrChart;
import org.scrutiny.analysis.XmrLimits;
import org.scrutiny.analysis.XmrPoint;
import org.scrutiny.analysis.XmrWarning;

/**
 * Control charts and sparklines as self-contained SVG: the charts of {@code org.scrutiny.analysis}
 * drawn for a page, a PDF or an export.
 *
 * <p>A chart is an {@code <svg role="img">} named by its {@code <title>} and described by a
 * {@code <desc>} that summarises it in words (points, periods, latest value, centre line and limits,
 * special causes, variation and assurance), so a screen reader hears what a sighted reader sees; the
 * page should still give the data table beside it. Its size defaults to 720 × 360 with a matching
 * {@code viewBox}, and it scales down to the width of its container.
 */
public final class SvgCharts {

    private SvgCharts() {}

    /**
     * An XmR chart with Making Data Count's conventions: points coloured and shaped by their type, mean,
     * process limits (dashed), 2-sigma lines if asked for, the target (the text's, or else the chart's
     * own), and each rebase group's lines drawn apart.
     *
     * @param periodLabels one label per point, such as "Apr 2019"; null to number the points
     */
    public static String xmr(XmrChart chart, List<String> periodLabels, ChartText text) {
        int n = chart.size();
        List<String> labels = labels(periodLabels, n);
        if (!Double.isFinite(text.target()) && chart.settings().target().isPresent()) {
            text = text.withTarget(chart.settings().target().getAsDouble());
        }
        Plot plot = new Plot(n);
        for (int i = 0; i < n; i++) {
            XmrPoint p = chart.point(i);
            plot.values[i] = p.value();
            plot.marks[i] = Mark.of(p.pointType());
            plot.centre[i] = p.mean();
            plot.lower[i] = p.lowerLimit();
            plot.upper[i] = p.upperLimit();
            plot.lowerTwoSigma[i] = p.lowerTwoSigma();
            plot.upperTwoSigma[i] = p.upperTwoSigma();
            plot.group[i] = p.rebaseGroup();
        }
        List<String> smallPrint = new ArrayList<>();
        if (!text.note().isEmpty()) {
            smallPrint.add(text.note());
        }
        for (XmrWarning warning : chart.warnings()) {
            if (warning != XmrWarning.NO_DATA) {
                smallPrint.add(warning.text());
            }
        }
        return ChartRenderer.render(plot, labels, text, xmrDescription(chart, labels, text), smallPrint);
    }

    /**
     * A chart of the qicharts2 family: points outside the limits marked high or low (qicharts2 knows no
     * better direction), the centre line (median for run and G charts), limits drawn as steps where they
     * vary with the denominator, parts drawn apart, and the centre line of a part whose runs analysis
     * signals a shift drawn dashed in orange.
     *
     * @param periodLabels one label per point; null to number the points
     */
    public static String qic(QicChart chart, List<String> periodLabels, ChartText text) {
        int n = chart.size();
        List<String> labels = labels(periodLabels, n);
        Plot plot = new Plot(n);
        ChartKind kind = chart.kind();
        plot.centreName =
                kind == ChartKind.RUN || kind == ChartKind.G ? "Median" : kind.plotsRatio() ? "Centre" : "Mean";
        plot.limitsName = "Control limits";
        for (int i = 0; i < n; i++) {
            double v = chart.value(i);
            plot.values[i] = v;
            plot.centre[i] = chart.centre(i);
            plot.lower[i] = chart.lowerLimit(i);
            plot.upper[i] = chart.upperLimit(i);
            plot.group[i] = chart.part(i);
            plot.centreSignal[i] = chart.runsSignal(i);
            if (Double.isFinite(v)) {
                plot.marks[i] = chart.outsideLimits(i) ? (v > chart.centre(i) ? Mark.HIGH : Mark.LOW) : Mark.COMMON;
            }
        }
        List<String> smallPrint = text.note().isEmpty() ? List.of() : List.of(text.note());
        return ChartRenderer.render(plot, labels, text, qicDescription(chart, labels, text), smallPrint);
    }

    /**
     * A sparkline for a table cell (120 × 28): the series as a thin line, its mean faintly, and the latest
     * point marked by its type's colour and shape. Its {@code <title>} and accessible name say how many
     * points there are and what the latest says.
     */
    public static String sparkline(XmrChart chart) {
        String title = chart.variation()
                .map(v -> count(countValues(chart), "point") + "; latest point: " + lowerFirst(v.text()))
                .orElse("No values");
        return sparkline(chart, title);
    }

    /** A sparkline with the caller's words as its title and accessible name. */
    public static String sparkline(XmrChart chart, String title) {
        int n = chart.size();
        double[] values = new double[n];
        double[] centres = new double[n];
        for (int i = 0; i < n; i++) {
            XmrPoint p = chart.point(i);
            values[i] = p.isMissing() ? Double.NaN : p.value();
            centres[i] = p.mean();
        }
        Mark latest = chart.latest().map(p -> Mark.of(p.pointType())).orElse(null);
        return sparkline(values, centres, latest, title);
    }

    /**
     * A sparkline of a qicharts2-family chart (P, U, C, …): the plotted values, the centre line, and the
     * latest point marked high or low when it lies outside the limits (these charts have no improvement
     * direction), common cause otherwise.
     */
    public static String sparkline(QicChart chart, String title) {
        double[] values = chart.values();
        int last = values.length - 1;
        while (last >= 0 && Double.isNaN(values[last])) {
            last--;
        }
        Mark latest = last < 0
                ? null
                : chart.outsideLimits(last) ? (values[last] > chart.centre(last) ? Mark.HIGH : Mark.LOW) : Mark.COMMON;
        return sparkline(values, chart.centres(), latest, title);
    }

    /** The sparkline itself: NaN values are gaps; the centre line breaks where the centre changes. */
    private static String sparkline(double[] values, double[] centres, Mark latest, String title) {
        double width = 120;
        double height = 28;
        double pad = 4;
        int n = values.length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        Svg svg = new Svg(512 + n * 14);
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"120\" height=\"28\"")
                .raw(" viewBox=\"0 0 120 28\" class=\"scrutiny-sparkline\"")
                .attr("aria-label", title)
                .raw("><title>")
                .text(title)
                .raw("</title>");
        if (min <= max) {
            if (max - min < 1e-12 * Math.max(1, Math.abs(max))) {
                min -= 1;
                max += 1;
            }
            ChartRenderer.Scale y = new ChartRenderer.Scale(min, max, height - pad, pad);
            double dx = n > 1 ? (width - 2 * pad - 4) / (n - 1) : 0;
            svg.startPath();
            // One horizontal stretch for each run of points sharing a centre, so a rebase shows as a step.
            int from = 0;
            for (int i = 1; i <= n; i++) {
                if (i == n || Double.compare(centres[i], centres[from]) != 0) {
                    if (Double.isFinite(centres[from]) && i - 1 > from) {
                        svg.moveTo(pad + dx * from, y.at(centres[from])).horizontalTo(pad + dx * (i - 1));
                    }
                    from = i;
                }
            }
            svg.endPath(" fill=\"none\" stroke=\"#b5b5b5\" stroke-width=\"1\"");
            svg.startPath();
            boolean open = false;
            int last = -1;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(values[i])) {
                    open = false;
                    continue;
                }
                if (open) {
                    svg.lineTo(pad + dx * i, y.at(values[i]));
                } else {
                    svg.moveTo(pad + dx * i, y.at(values[i]));
                    open = true;
                }
                last = i;
            }
            svg.endPath(
                    " fill=\"none\" stroke=\"" + Palette.COMMON + "\" stroke-width=\"1.25\" stroke-linejoin=\"round\"");
            if (latest != null && last >= 0) {
                svg.startPath();
                latest.shape.draw(svg, pad + dx * last, y.at(values[last]), latest == Mark.COMMON ? 2.6 : 3.2);
                svg.endPath(" class=\"mark mark-" + latest.code + " shape-" + latest.shape.code + "\" fill=\""
                        + latest.colour + "\" stroke=\"#fff\" stroke-width=\"0.75\"");
            }
        }
        svg.raw("</svg>");
        return svg.toString();
    }

    private static List<String> labels(List<String> periodLabels, int n) {
        if (periodLabels == null) {
            List<String> numbers = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                numbers.add(Integer.toString(i));
            }
            return numbers;
        }
        if (periodLabels.size() != n) {
            throw new IllegalArgumentException(
                    "one period label per point: " + n + " points, " + periodLabels.size() + " labels");
        }
        return periodLabels;
    }

    private static String xmrDescription(XmrChart chart, List<String> labels, ChartText text) {
        DoubleFunction<String> f = text.format();
        StringBuilder d = new StringBuilder(400);
        if (!text.description().isEmpty()) {
            d.append(text.description()).append(' ');
        }
        int values = countValues(chart);
        d.append("XmR control chart of ");
        span(
                d,
                labels,
                values,
                chart.size(),
                firstValue(chart),
                chart.latest().map(XmrPoint::index).orElse(-1));
        Optional<XmrPoint> latest = chart.latest();
        if (latest.isEmpty()) {
            return d.toString().trim();
        }
        d.append(" Latest value (").append(labels.get(latest.get().index())).append("): ");
        d.append(f.apply(latest.get().value())).append('.');
        List<XmrLimits> groups = chart.limits();
        for (int g = 0; g < groups.size(); g++) {
            XmrLimits group = groups.get(g);
            if (groups.size() > 1) {
                d.append(
                        g == 0
                                ? " Until " + labels.get(groups.get(1).from() - 1) + ": "
                                : " Rebased from " + labels.get(group.from()) + ": ");
            } else {
                d.append(' ');
            }
            d.append("mean ").append(f.apply(group.mean()));
            if (group.hasLimits()) {
                d.append(", process limits ")
                        .append(f.apply(group.lowerLimit()))
                        .append(" to ");
                d.append(f.apply(group.upperLimit()));
            } else {
                d.append(", no limits");
            }
            d.append('.');
        }
        int[] counts = new int[Mark.values().length];
        for (XmrPoint p : chart.points()) {
            Mark m = Mark.of(p.pointType());
            if (m != null) {
                counts[m.ordinal()]++;
            }
        }
        List<String> causes = new ArrayList<>();
        if (counts[Mark.IMPROVEMENT.ordinal()] > 0) {
            causes.add(count(counts[Mark.IMPROVEMENT.ordinal()], "point") + " of improvement");
        }
        if (counts[Mark.CONCERN.ordinal()] > 0) {
            causes.add(count(counts[Mark.CONCERN.ordinal()], "point") + " of concern");
        }
        if (counts[Mark.HIGH.ordinal()] > 0) {
            causes.add(count(counts[Mark.HIGH.ordinal()], "point") + " high");
        }
        if (counts[Mark.LOW.ordinal()] > 0) {
            causes.add(count(counts[Mark.LOW.ordinal()], "point") + " low");
        }
        d.append(causes.isEmpty() ? " No special causes." : " Special causes: " + String.join(", ", causes) + ".");
        chart.variation()
                .ifPresent(v ->
                        d.append(" Latest point: ").append(lowerFirst(v.text())).append('.'));
        if (Double.isFinite(text.target())) {
            d.append(" Target ").append(f.apply(text.target())).append('.');
            Assurance assurance = chart.assurance();
            if (assurance != Assurance.NONE) {
                d.append(' ').append(assurance.text()).append('.');
            }
        }
        for (XmrWarning warning : chart.warnings()) {
            d.append(' ').append(warning.text());
        }
        return d.toString();
    }

    private static String qicDescription(QicChart chart, List<String> labels, ChartText text) {
        DoubleFunction<String> f = text.format();
        StringBuilder d = new StringBuilder(400);
        if (!text.description().isEmpty()) {
            d.append(text.description()).append(' ');
        }
        int n = chart.size();
        int values = 0;
        int first = -1;
        int last = -1;
        int high = 0;
        int low = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(chart.value(i))) {
                values++;
                first = first < 0 ? i : first;
                last = i;
                if (chart.outsideLimits(i)) {
                    if (chart.value(i) > chart.centre(i)) {
                        high++;
                    } else {
                        low++;
                    }
                }
            }
        }
        d.append(kindName(chart.kind())).append(" of ");
        span(d, labels, values, n, first, last);
        if (last < 0) {
            return d.toString().trim();
        }
        d.append(" Latest value (").append(labels.get(last)).append("): ").append(f.apply(chart.value(last)));
        d.append(". ")
                .append(chart.kind() == ChartKind.RUN || chart.kind() == ChartKind.G ? "Median " : "Centre line ");
        d.append(f.apply(chart.centre(last)));
        if (Double.isFinite(chart.lowerLimit(last)) || Double.isFinite(chart.upperLimit(last))) {
            d.append(", control limits ")
                    .append(f.apply(chart.lowerLimit(last)))
                    .append(" to ");
            d.append(f.apply(chart.upperLimit(last)));
            d.append(chart.kind().plotsRatio() ? " at the latest point (they vary with the denominator)" : "");
        }
        d.append('.');
        if (high + low > 0) {
            d.append(' ').append(count(high + low, "point")).append(" outside the limits");
            d.append(" (").append(high).append(" above, ").append(low).append(" below).");
        } else if (Double.isFinite(chart.upperLimit(last))) {
            d.append(" No point outside the limits.");
        }
        for (int part = 0; part < chart.parts(); part++) {
            QicRuns runs = chart.runs(part);
            if (!runs.analysed()) {
                continue;
            }
            d.append(chart.parts() > 1 ? " Part from " + labels.get(chart.partStart(part)) + ": " : " ");
            d.append("longest run ")
                    .append(runs.longestRun())
                    .append(" (limit ")
                    .append(runs.longestRunLimit());
            d.append("), ")
                    .append(count(runs.crossings(), "crossing"))
                    .append(" (limit ")
                    .append(runs.crossingsLimit())
                    .append("): ");
            d.append(runs.signal() ? "the runs signal a shift." : "no runs signal.");
        }
        if (Double.isFinite(text.target())) {
            d.append(" Target ").append(f.apply(text.target())).append('.');
        }
        return d.toString();
    }

    private static void span(StringBuilder d, List<String> labels, int values, int size, int first, int last) {
        if (values == 0) {
            d.append("no values.");
            return;
        }
        d.append(count(values, "point"));
        if (first == last) {
            d.append(", ").append(labels.get(first));
        } else {
            d.append(" from ").append(labels.get(first)).append(" to ").append(labels.get(last));
        }
        int gaps = (last - first + 1) - values;
        if (gaps > 0) {
            d.append(", with ").append(count(gaps, "period")).append(" missing");
        }
        d.append('.');
    }

    static String kindName(ChartKind kind) {
        return switch (kind) {
            case RUN -> "Run chart";
            case I -> "I chart";
            case MR -> "Moving range chart";
            case XBAR -> "X-bar chart";
            case S -> "S chart";
            case T -> "T chart";
            case P -> "P chart";
            case P_PRIME -> "P′ chart (Laney)";
            case C -> "C chart";
            case U -> "U chart";
            case U_PRIME -> "U′ chart (Laney)";
            case G -> "G chart";
        };
    }

    private static int countValues(XmrChart chart) {
        int count = 0;
        for (XmrPoint p : chart.points()) {
            count += p.isMissing() ? 0 : 1;
        }
        return count;
    }

    private static int firstValue(XmrChart chart) {
        for (XmrPoint p : chart.points()) {
            if (!p.isMissing()) {
                return p.index();
            }
        }
        return -1;
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
