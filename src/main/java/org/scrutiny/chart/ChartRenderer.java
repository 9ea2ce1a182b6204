package org.scrutiny.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Lays out and draws a {@link Plot} as a chart: title, legend, unit, value axis with nice ticks and
 * grid, thinned period labels, groups of centre line and limits drawn apart with a marker at each
 * rebase, the target, the data line broken at gaps, the points marked by colour and shape, labels at
 * the lines' right-hand ends, and small print. {@link FunnelChart} draws its opening, legend, value axis
 * and small print with the same parts.
 */
final class ChartRenderer {

    static final double PAD = 12;
    private static final double TITLE_SIZE = 15;
    private static final double LEGEND_SIZE = 12;
    static final double LABEL_SIZE = 11;
    private static final double LEGEND_ROW = 18;
    static final double FOOT_ROW = 14;
    /** Where the legend starts, under the title. */
    static final double LEGEND_TOP = PAD + TITLE_SIZE + 10;
    /** Space left between two period labels, beyond their widths. */
    static final double LABEL_GAP = 12;

    private static final String DASH_LIMIT = "6 4";
    private static final String DASH_TWO_SIGMA = "2 3";
    private static final String DASH_TARGET = "10 3 2 3";
    private static final String DASH_SIGNAL = "7 3";

    private ChartRenderer() {}

    /**
     * One entry of a legend: a marker shape (with the class words {@code mark-<code> shape-<shape>}) or a line
     * in its colour, dash and width, and its words.
     */
    record LegendEntry(
            String label,
            Mark.Shape shape,
            String markCode,
            double markSize,
            String colour,
            String dash,
            double strokeWidth) {

        static LegendEntry of(Mark mark) {
            return new LegendEntry(
                    mark.label, mark.shape, mark.code, mark == Mark.COMMON ? 4 : 4.6, mark.colour, null, 0);
        }

        static LegendEntry line(String label, String colour, String dash, double strokeWidth) {
            return new LegendEntry(label, null, null, 0, colour, dash, strokeWidth);
        }
    }

    /** Legend entries laid out left to right in rows that fit the width. */
    record Legend(List<LegendEntry> entries, double[] x, int[] row, int rows) {

        static Legend of(List<LegendEntry> entries, double width) {
            double[] x = new double[entries.size()];
            int[] row = new int[entries.size()];
            int rows = entries.isEmpty() ? 0 : 1;
            double cursor = PAD;
            for (int k = 0; k < entries.size(); k++) {
                double w = 26 + Svg.textWidth(entries.get(k).label(), LEGEND_SIZE);
                if (cursor + w > width - PAD && cursor > PAD) {
                    rows++;
                    cursor = PAD;
                }
                x[k] = cursor;
                row[k] = rows - 1;
                cursor += w + 14;
            }
            return new Legend(entries, x, row, rows);
        }

        double height() {
            return rows * LEGEND_ROW;
        }

        void draw(Svg svg, double top) {
            svg.raw("<g class=\"legend\" font-size=\"12\" fill=\"" + Palette.TEXT + "\">");
            for (int k = 0; k < entries.size(); k++) {
                LegendEntry e = entries.get(k);
                double cy = top + row[k] * LEGEND_ROW + LEGEND_ROW / 2;
                double x0 = x[k];
                if (e.shape() != null) {
                    svg.startPath();
                    e.shape().draw(svg, x0 + 10, cy, e.markSize());
                    svg.endPath(" class=\"legend-mark mark-" + e.markCode() + " shape-" + e.shape().code + "\" fill=\""
                            + e.colour() + "\"");
                } else {
                    svg.startPath()
                            .moveTo(x0, cy)
                            .horizontalTo(x0 + 20)
                            .endPath(lineStyle(e.colour(), e.strokeWidth(), e.dash()));
                }
                svg.raw("<text")
                        .attr("x", x0 + 26)
                        .attr("y", cy + 4)
                        .raw('>')
                        .text(e.label())
                        .raw("</text>");
            }
            svg.raw("</g>");
        }
    }

    private record EndLabel(String text, String colour, double y) {}

    static String render(Plot plot, List<String> labels, ChartText text, String desc, List<String> smallPrint) {
        int n = plot.size;
        double width = text.width();
        double height = text.height();
        String id = Svg.idPrefix(text.idPrefix());
        boolean twoSigma = text.showTwoSigma() && anyFinite(plot.upperTwoSigma);
        boolean limits = anyFinite(plot.upper) || anyFinite(plot.lower);
        double target = text.target();

        // The value axis covers what is drawn.
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (double v : new double[] {plot.values[i], plot.centre[i], plot.lower[i], plot.upper[i]}) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            if (twoSigma) {
                min = minFinite(min, plot.lowerTwoSigma[i]);
                max = maxFinite(max, plot.upperTwoSigma[i]);
            }
        }
        if (Double.isFinite(target)) {
            min = Math.min(min, target);
            max = Math.max(max, target);
        }
        Ticks ticks = Ticks.nice(min, max, 5);

        // Legend: only what is drawn.
        List<LegendEntry> legend = new ArrayList<>();
        boolean[] present = new boolean[Mark.values().length];
        for (Mark m : plot.marks) {
            if (m != null) {
                present[m.ordinal()] = true;
            }
        }
        for (Mark m : Mark.values()) {
            if (present[m.ordinal()]) {
                legend.add(LegendEntry.of(m));
            }
        }
        if (anyFinite(plot.centre)) {
            legend.add(LegendEntry.line(plot.centreName, Palette.MEAN, null, 1.5));
        }
        boolean anySignal = false;
        for (boolean s : plot.centreSignal) {
            anySignal |= s;
        }
        if (anySignal) {
            legend.add(LegendEntry.line("Runs signal: a shift", Palette.CONCERN, DASH_SIGNAL, 2));
        }
        if (limits) {
            legend.add(LegendEntry.line(plot.limitsName, Palette.LIMIT, DASH_LIMIT, 1.25));
        }
        if (twoSigma) {
            legend.add(LegendEntry.line("2-sigma", Palette.TWO_SIGMA, DASH_TWO_SIGMA, 1));
        }
        if (Double.isFinite(target)) {
            legend.add(LegendEntry.line("Target", Palette.TARGET, DASH_TARGET, 1.5));
        }

        // Layout, top to bottom.
        double legendTop = LEGEND_TOP;
        Legend laidOut = Legend.of(legend, width);
        double unitTop = legendTop + laidOut.height();
        double plotTop = unitTop + (text.unit().isEmpty() ? 10 : 24);
        double plotBottom = height - PAD - LABEL_SIZE - 8 - smallPrint.size() * FOOT_ROW;

        String[] tickText = tickTexts(ticks, text.format());
        double plotLeft = PAD + maxWidth(tickText, LABEL_SIZE) + 8;

        // Labels at the right-hand ends of the last group's lines.
        int last = lastWith(plot.centre, n);
        List<EndLabel> ends = new ArrayList<>();
        double scaleTop = plotTop;
        double scaleBottom = plotBottom;
        if (last >= 0) {
            if (Double.isFinite(plot.upper[last])) {
                ends.add(new EndLabel(
                        "Upper limit " + text.format().apply(plot.upper[last]), Palette.LIMIT, plot.upper[last]));
            }
            ends.add(new EndLabel(
                    plot.centreName + " " + text.format().apply(plot.centre[last]), Palette.MEAN, plot.centre[last]));
            if (Double.isFinite(plot.lower[last])) {
                ends.add(new EndLabel(
                        "Lower limit " + text.format().apply(plot.lower[last]), Palette.LIMIT, plot.lower[last]));
            }
        }
        if (Double.isFinite(target)) {
            ends.add(new EndLabel("Target " + text.format().apply(target), Palette.TARGET, target));
        }
        double endWidth = 0;
        for (EndLabel e : ends) {
            endWidth = Math.max(endWidth, Svg.textWidth(e.text(), LABEL_SIZE));
        }
        double plotRight = width - PAD - (ends.isEmpty() ? 0 : endWidth + 8);
        double dx = n == 0 ? 0 : (plotRight - plotLeft) / n;
        Scale y = new Scale(ticks.min(), ticks.max(), scaleBottom, scaleTop);

        Svg svg = new Svg(4096 + n * 96);
        open(svg, id, width, height, text.title(), desc);

        laidOut.draw(svg, legendTop);

        if (!text.unit().isEmpty()) {
            svg.raw("<text class=\"unit\"")
                    .attr("x", PAD)
                    .attr("y", plotTop - 9)
                    .raw(" font-size=\"12\" fill=\"" + Palette.MUTED + "\">")
                    .text(text.unit())
                    .raw("</text>");
        }

        valueAxis(svg, ticks, tickText, plotLeft, plotRight, y);

        // Period axis.
        svg.startPath()
                .moveTo(plotLeft, plotBottom + 0.5)
                .horizontalTo(plotRight)
                .endPath(" class=\"x-axis\" stroke=\"" + Palette.AXIS + "\" stroke-width=\"1\" fill=\"none\"");
        int[] shown = PeriodLabels.shown(labels, plotLeft, dx, LABEL_SIZE, LABEL_GAP, width - 2);
        if (n > 0) {
            svg.startPath();
            for (int i = 0; i < n; i++) {
                if (dx >= 4) {
                    double tx = plotLeft + dx * (i + 0.5);
                    svg.moveTo(tx, plotBottom + 0.5).verticalTo(plotBottom + 3.5);
                }
            }
            for (int i : shown) {
                double tx = plotLeft + dx * (i + 0.5);
                svg.moveTo(tx, plotBottom + 0.5).verticalTo(plotBottom + 6);
            }
            // Labels every two years of months still get a tick every year, halfway between.
            int step = shown.length > 1 ? shown[1] - shown[0] : 0;
            if (step >= 4 && step % 2 == 0) {
                for (int i = shown[shown.length - 1] - step / 2; i >= 0; i -= step) {
                    double tx = plotLeft + dx * (i + 0.5);
                    svg.moveTo(tx, plotBottom + 0.5).verticalTo(plotBottom + 5);
                }
            }
            svg.endPath(" class=\"x-ticks\" stroke=\"" + Palette.AXIS + "\" stroke-width=\"1\"");
        }
        svg.raw("<g class=\"x-labels\" font-size=\"11\" text-anchor=\"middle\" fill=\"" + Palette.MUTED + "\">");
        for (int i : shown) {
            svg.raw("<text")
                    .attr("x", plotLeft + dx * (i + 0.5))
                    .attr("y", plotBottom + 8 + LABEL_SIZE)
                    .raw('>')
                    .text(labels.get(i))
                    .raw("</text>");
        }
        svg.raw("</g>");

        // Rebases: a thin line between the groups and a word at its top.
        for (int i = 1; i < n; i++) {
            if (plot.startsGroup(i)) {
                double bx = plotLeft + dx * i;
                svg.startPath()
                        .moveTo(bx, plotTop)
                        .verticalTo(plotBottom)
                        .endPath(" class=\"rebase\" stroke=\"" + Palette.AXIS
                                + "\" stroke-width=\"1\" stroke-dasharray=\"1 3\"");
                svg.raw("<text class=\"rebase-label\"")
                        .attr("x", bx + 3)
                        .attr("y", plotTop + 9)
                        .raw(" font-size=\"10\" fill=\"" + Palette.MUTED + "\">")
                        .text("Rebased")
                        .raw("</text>");
            }
        }

        // Lines: 2-sigma, limits, target, centre.
        Geometry geo = new Geometry(plotLeft, dx, y, plot.group);
        if (twoSigma) {
            svg.startPath();
            geo.steps(svg, plot.upperTwoSigma, null, false);
            geo.steps(svg, plot.lowerTwoSigma, null, false);
            svg.endPath(" class=\"two-sigma\"" + lineStyle(Palette.TWO_SIGMA, 1, DASH_TWO_SIGMA));
        }
        if (limits) {
            svg.startPath();
            geo.steps(svg, plot.upper, null, false);
            geo.steps(svg, plot.lower, null, false);
            svg.endPath(" class=\"limits\"" + lineStyle(Palette.LIMIT, 1.25, DASH_LIMIT));
        }
        if (Double.isFinite(target)) {
            double ty = y.at(target);
            svg.startPath()
                    .moveTo(plotLeft, ty)
                    .horizontalTo(plotRight)
                    .endPath(" class=\"target\"" + lineStyle(Palette.TARGET, 1.5, DASH_TARGET));
        }
        svg.startPath();
        geo.steps(svg, plot.centre, plot.centreSignal, false);
        svg.endPath(" class=\"centre\"" + lineStyle(Palette.MEAN, 1.5, null));
        if (anySignal) {
            svg.startPath();
            geo.steps(svg, plot.centre, plot.centreSignal, true);
            svg.endPath(" class=\"centre-signal\"" + lineStyle(Palette.CONCERN, 2, DASH_SIGNAL));
        }

        // The data line, broken at gaps.
        svg.startPath();
        boolean open = false;
        for (int i = 0; i < n; i++) {
            double v = plot.values[i];
            if (!Double.isFinite(v)) {
                open = false;
                continue;
            }
            double px = plotLeft + dx * (i + 0.5);
            if (open) {
                svg.lineTo(px, y.at(v));
            } else {
                svg.moveTo(px, y.at(v));
                open = true;
            }
        }
        svg.endPath(" class=\"series\" fill=\"none\" stroke=\"" + Palette.LINE
                + "\" stroke-width=\"1.5\" stroke-linejoin=\"round\"");

        // Points: one path per mark, so the SVG stays small.
        double r = Math.max(1.6, Math.min(3.4, dx * 0.32));
        for (Mark m : Mark.values()) {
            if (!present[m.ordinal()]) {
                continue;
            }
            double size = m == Mark.COMMON ? r : r * 1.35 + 0.4;
            svg.startPath();
            for (int i = 0; i < n; i++) {
                if (plot.marks[i] == m && Double.isFinite(plot.values[i])) {
                    m.shape.draw(svg, plotLeft + dx * (i + 0.5), y.at(plot.values[i]), size);
                }
            }
            svg.endPath(" class=\"mark mark-" + m.code + " shape-" + m.shape.code + "\" fill=\"" + m.colour
                    + "\" stroke=\"#fff\" stroke-width=\"" + (m == Mark.COMMON ? "0.6" : "0.8") + "\"");
        }

        // End labels, pushed apart so that none overlaps another.
        if (!ends.isEmpty()) {
            double[] ys = new double[ends.size()];
            Integer[] order = new Integer[ends.size()];
            for (int k = 0; k < ends.size(); k++) {
                ys[k] = y.at(ends.get(k).y()) + 4;
                order[k] = k;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(ys[a], ys[b]));
            double step = LABEL_SIZE + 1;
            for (int k = 1; k < order.length; k++) {
                ys[order[k]] = Math.max(ys[order[k]], ys[order[k - 1]] + step);
            }
            double overflow = ys[order[order.length - 1]] - (plotBottom + 4);
            if (overflow > 0) {
                for (int k = order.length - 1; k >= 0; k--) {
                    ys[order[k]] -= overflow;
                    if (k > 0 && ys[order[k - 1]] <= ys[order[k]] - step) {
                        break;
                    }
                    overflow = k > 0 ? ys[order[k - 1]] - (ys[order[k]] - step) : 0;
                    if (overflow <= 0) {
                        break;
                    }
                }
            }
            svg.raw("<g class=\"end-labels\" font-size=\"11\">");
            for (int k = 0; k < ends.size(); k++) {
                EndLabel e = ends.get(k);
                svg.raw("<text")
                        .attr("x", plotRight + 6)
                        .attr("y", ys[k])
                        .raw(" fill=\"" + e.colour() + "\">")
                        .text(e.text())
                        .raw("</text>");
            }
            svg.raw("</g>");
        }

        smallPrint(svg, smallPrint, height);
        svg.raw("</svg>");
        return svg.toString();
    }

    /**
     * Opens the {@code <svg role="img">} element, named by its {@code <title>} and described by its {@code <desc>},
     * and draws the white background and the title.
     */
    static void open(Svg svg, String id, double width, double height, String title, String desc) {
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .attr("width", width)
                .attr("height", height)
                .raw(" viewBox=\"0 0 ")
                .num(width)
                .raw(' ')
                .num(height)
                .raw('"')
                .attr("aria-labelledby", id + "-title")
                .attr("aria-describedby", id + "-desc")
                .attr("id", id)
                .raw(" class=\"scrutiny-chart\"")
                .attr("font-family", Svg.FONT)
                .raw('>');
        svg.raw("<title").attr("id", id + "-title").raw('>').text(title).raw("</title>");
        svg.raw("<desc").attr("id", id + "-desc").raw('>').text(desc).raw("</desc>");
        svg.raw("<rect width=\"100%\" height=\"100%\" fill=\"" + Palette.BACKGROUND + "\"/>");

        svg.raw("<text class=\"chart-title\"")
                .attr("x", PAD)
                .attr("y", PAD + TITLE_SIZE - 2)
                .raw(" font-size=\"15\" font-weight=\"600\" fill=\"" + Palette.TEXT + "\">")
                .text(title)
                .raw("</text>");
    }

    /** The words of each tick. */
    static String[] tickTexts(Ticks ticks, DoubleFunction<String> format) {
        String[] tickText = new String[ticks.count()];
        for (int k = 0; k < ticks.count(); k++) {
            tickText[k] = format.apply(ticks.value(k));
        }
        return tickText;
    }

    static double maxWidth(String[] texts, double fontSize) {
        double width = 0;
        for (String t : texts) {
            width = Math.max(width, Svg.textWidth(t, fontSize));
        }
        return width;
    }

    /** The value axis: a grid line across the plot at each tick, and the tick's words to its left. */
    static void valueAxis(Svg svg, Ticks ticks, String[] tickText, double plotLeft, double plotRight, Scale y) {
        svg.raw("<g class=\"grid\" stroke=\"" + Palette.GRID + "\" stroke-width=\"1\">");
        svg.startPath();
        for (int k = 0; k < ticks.count(); k++) {
            double ty = y.at(ticks.value(k));
            svg.moveTo(plotLeft, ty).horizontalTo(plotRight);
        }
        svg.endPath("");
        svg.raw("</g><g class=\"y-labels\" font-size=\"11\" text-anchor=\"end\" fill=\"" + Palette.MUTED + "\">");
        for (int k = 0; k < ticks.count(); k++) {
            svg.raw("<text")
                    .attr("x", plotLeft - 6)
                    .attr("y", y.at(ticks.value(k)) + 4)
                    .raw('>')
                    .text(tickText[k])
                    .raw("</text>");
        }
        svg.raw("</g>");
    }

    /** Lines of small print at the foot of the chart. */
    static void smallPrint(Svg svg, List<String> smallPrint, double height) {
        if (!smallPrint.isEmpty()) {
            svg.raw("<g class=\"small-print\" font-size=\"11\" fill=\"" + Palette.MUTED + "\">");
            double fy = height - PAD - (smallPrint.size() - 1) * FOOT_ROW;
            for (String line : smallPrint) {
                svg.raw("<text")
                        .attr("x", PAD)
                        .attr("y", fy)
                        .raw('>')
                        .text(line)
                        .raw("</text>");
                fy += FOOT_ROW;
            }
            svg.raw("</g>");
        }
    }

    static String lineStyle(String colour, double strokeWidth, String dash) {
        StringBuilder b = new StringBuilder(80);
        b.append(" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"");
        b.append(
                strokeWidth == Math.rint(strokeWidth)
                        ? Long.toString((long) strokeWidth)
                        : Double.toString(strokeWidth));
        b.append('"');
        if (dash != null) {
            b.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        return b.toString();
    }

    private static boolean anyFinite(double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    private static int lastWith(double[] values, int n) {
        for (int i = n - 1; i >= 0; i--) {
            if (Double.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    private static double minFinite(double a, double b) {
        return Double.isFinite(b) ? Math.min(a, b) : a;
    }

    private static double maxFinite(double a, double b) {
        return Double.isFinite(b) ? Math.max(a, b) : a;
    }

    /** A linear map from values to pixels. */
    record Scale(double min, double max, double bottom, double top) {
        double at(double value) {
            return bottom - (value - min) / (max - min) * (bottom - top);
        }
    }

    /** Where points sit, and how a per-point line is drawn as steps that break between groups. */
    private record Geometry(double left, double dx, Scale y, int[] group) {

        /**
         * Appends a step line through the values, one horizontal run per point from midway to the previous
         * point to midway to the next, merged where the value does not change; broken at NaN and between
         * groups, where each group's line ends at its outermost points. With a selection, draws only the
         * points whose flag equals {@code want}.
         */
        void steps(Svg svg, double[] values, boolean[] flags, boolean want) {
            int n = values.length;
            boolean open = false;
            double pendingEnd = 0;
            double previous = Double.NaN;
            for (int i = 0; i < n; i++) {
                double v = values[i];
                boolean selected = flags == null || flags[i] == want;
                boolean first = i == 0 || group[i] != group[i - 1];
                boolean lastOfGroup = i == n - 1 || group[i + 1] != group[i];
                if (first && open) {
                    svg.horizontalTo(pendingEnd);
                    open = false;
                }
                if (!Double.isFinite(v) || !selected) {
                    if (open) {
                        svg.horizontalTo(pendingEnd);
                        open = false;
                    }
                    continue;
                }
                double x = left + dx * (i + 0.5);
                double half = first && lastOfGroup ? Math.min(dx / 2, 6) : dx / 2;
                double a = first && !lastOfGroup ? x : x - half;
                double b = lastOfGroup && !first ? x : x + half;
                double py = y.at(v);
                if (!open) {
                    svg.moveTo(a, py);
                    open = true;
                } else if (v != previous) {
                    svg.horizontalTo(a).verticalTo(py);
                }
                pendingEnd = b;
                previous = v;
            }
            if (open) {
                svg.horizontalTo(pendingEnd);
            }
        }
    }
}
