package org.scrutiny.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import org.scrutiny.analysis.FunnelBand;
import org.scrutiny.analysis.FunnelDataType;
import org.scrutiny.analysis.FunnelLimits;
import org.scrutiny.analysis.FunnelPlot;
import org.scrutiny.analysis.FunnelPoint;

/**
 * Funnel plots as self-contained SVG: each unit's value against its denominator, the centre line, and the
 * 95% and 99.8% limits as curves that narrow as the denominator grows, with one unit (the force) picked
 * out by shape, colour and name.
 *
 * <p>Units outside the limits they are judged by are triangles pointing the way they lie, the others
 * circles, so colour is never the only cue; the 99.8% limits are dashed and the 95% ones dotted, as a
 * control chart's process limits and 2-sigma lines are. Like {@link SvgCharts}, the chart is an
 * {@code <svg role="img">} named by its {@code <title>} and summarised in words by its {@code <desc>};
 * {@link FunnelTable} holds the table to give beside it.
 */
public final class FunnelChart {

    private static final String DASH_998 = "6 4";
    private static final String DASH_95 = "2 3";
    private static final int CURVE_POINTS = 120;
    private static final double AXIS_TITLE_SIZE = 12;

    private FunnelChart() {}

    /**
     * What a funnel chart says beyond its {@link ChartText}.
     *
     * @param highlighted the unit to pick out, by group name; null for none
     * @param denominator what the x-axis counts, such as "Population" or "Expected deaths"
     * @param units what the units are, in the plural, such as "forces"
     */
    public record Labels(String highlighted, String denominator, String units) {

        public Labels {
            Objects.requireNonNull(denominator, "denominator");
            Objects.requireNonNull(units, "units");
        }
    }

    private enum Kind {
        WITHIN("within", Mark.Shape.CIRCLE, Palette.COMMON),
        ABOVE("above", Mark.Shape.TRIANGLE_UP, Palette.NEUTRAL),
        BELOW("below", Mark.Shape.TRIANGLE_DOWN, Palette.NEUTRAL);

        final String code;
        final Mark.Shape shape;
        final String colour;

        Kind(String code, Mark.Shape shape, String colour) {
            this.code = code;
            this.shape = shape;
            this.colour = colour;
        }
    }

    /**
     * The chart. The text's unit names the values and is drawn above the value axis; its format writes them;
     * its target and 2-sigma choice do not apply (the centre line is the plot's own).
     */
    public static String svg(FunnelPlot plot, ChartText text, Labels labels) {
        double width = text.width();
        double height = text.height();
        String id = Svg.idPrefix(text.idPrefix());
        DoubleFunction<String> f = text.format();
        double m = plot.settings().multiplier();
        double centre = m * plot.target();
        String limit = plot.settings().outerLimit() ? "99.8%" : "95%";
        List<FunnelPoint> points = plot.points();
        FunnelTable table = FunnelTable.of(plot, labels.highlighted());

        double maxDenominator = 0;
        double minDenominator = Double.POSITIVE_INFINITY;
        for (FunnelPoint p : points) {
            maxDenominator = Math.max(maxDenominator, p.denominator());
            minDenominator = Math.min(minDenominator, p.denominator());
        }
        Ticks xTicks = fromZero(Ticks.nice(0, points.isEmpty() ? 1 : maxDenominator, 6));
        // The curves run on to the end of the axis, so the funnel does not stop short at the largest unit.
        List<FunnelBand> curve = points.isEmpty()
                ? List.of()
                : plot.limitCurve(minDenominator, Math.max(minDenominator, xTicks.max()), CURVE_POINTS);

        double min = points.isEmpty() ? 0 : centre;
        double max = points.isEmpty() ? 1 : centre;
        for (FunnelTable.Row row : table.rows()) {
            min = Math.min(min, row.value());
            max = Math.max(max, row.value());
        }
        for (FunnelBand b : curve) {
            for (FunnelLimits l : List.of(b.limits95(), b.limits998())) {
                min = Math.min(min, l.lower());
                max = Math.max(max, l.upper());
            }
        }
        Ticks yTicks = Ticks.nice(min, max, 5);
        if (min >= 0) {
            yTicks = fromZero(yTicks);
        }

        String centreName = plot.settings().dataType() == FunnelDataType.STANDARDISED_RATIO
                ? "Expected"
                : "All " + labels.units() + " together";
        FunnelTable.Row highlightedRow = table.rows().stream()
                .filter(FunnelTable.Row::highlighted)
                .findFirst()
                .orElse(null);
        boolean[] present = new boolean[Kind.values().length];
        for (FunnelTable.Row row : table.rows()) {
            if (!row.highlighted()) {
                present[kind(row).ordinal()] = true;
            }
        }
        List<ChartRenderer.LegendEntry> legend = new ArrayList<>();
        if (highlightedRow != null) {
            legend.add(new ChartRenderer.LegendEntry(
                    highlightedRow.unit(), Mark.Shape.DIAMOND, "highlighted", 4.6, Palette.HIGHLIGHT, null, 0));
        }
        for (Kind k : Kind.values()) {
            if (present[k.ordinal()]) {
                String words = switch (k) {
                    case WITHIN -> "Within the " + limit + " limits";
                    case ABOVE -> "Above the upper " + limit + " limit";
                    case BELOW -> "Below the lower " + limit + " limit";
                };
                legend.add(new ChartRenderer.LegendEntry(
                        words, k.shape, k.code, k == Kind.WITHIN ? 4 : 4.6, k.colour, null, 0));
            }
        }
        if (!points.isEmpty()) {
            legend.add(ChartRenderer.LegendEntry.line(centreName + " " + f.apply(centre), Palette.MEAN, null, 1.5));
        }
        legend.add(ChartRenderer.LegendEntry.line("99.8% limits", Palette.LIMIT, DASH_998, 1.25));
        legend.add(ChartRenderer.LegendEntry.line("95% limits", Palette.TWO_SIGMA, DASH_95, 1.25));

        List<String> smallPrint = new ArrayList<>();
        if (plot.adjusted()) {
            smallPrint.add("Limits widened for overdispersion: the " + labels.units()
                    + " differ more than chance alone would make them.");
        }
        if (!text.note().isEmpty()) {
            smallPrint.add(text.note());
        }

        // Layout, top to bottom.
        ChartRenderer.Legend laidOut = ChartRenderer.Legend.of(legend, width);
        double unitTop = ChartRenderer.LEGEND_TOP + laidOut.height();
        double plotTop = unitTop + (text.unit().isEmpty() ? 10 : 24);
        double plotBottom = height
                - ChartRenderer.PAD
                - smallPrint.size() * ChartRenderer.FOOT_ROW
                - AXIS_TITLE_SIZE
                - 8
                - ChartRenderer.LABEL_SIZE
                - 8;
        String[] yText = ChartRenderer.tickTexts(yTicks, f);
        double plotLeft = ChartRenderer.PAD + ChartRenderer.maxWidth(yText, ChartRenderer.LABEL_SIZE) + 8;
        String[] xText = ChartRenderer.tickTexts(xTicks, ChartText.decimals(2));
        // Half the last x label may stand beyond the plot's right edge.
        double plotRight =
                width - ChartRenderer.PAD - Svg.textWidth(xText[xText.length - 1], ChartRenderer.LABEL_SIZE) / 2;
        ChartRenderer.Scale y = new ChartRenderer.Scale(yTicks.min(), yTicks.max(), plotBottom, plotTop);
        ChartRenderer.Scale x = new ChartRenderer.Scale(xTicks.min(), xTicks.max(), plotLeft, plotRight);

        Svg svg = new Svg(8192 + points.size() * 64);
        ChartRenderer.open(svg, id, width, height, text.title(), description(plot, table, text, labels));
        laidOut.draw(svg, ChartRenderer.LEGEND_TOP);
        if (!text.unit().isEmpty()) {
            svg.raw("<text class=\"unit\"")
                    .attr("x", ChartRenderer.PAD)
                    .attr("y", plotTop - 9)
                    .raw(" font-size=\"12\" fill=\"" + Palette.MUTED + "\">")
                    .text(text.unit())
                    .raw("</text>");
        }
        ChartRenderer.valueAxis(svg, yTicks, yText, plotLeft, plotRight, y);
        denominatorAxis(svg, xTicks, xText, x, plotLeft, plotRight, plotBottom, labels.denominator());

        if (!points.isEmpty()) {
            svg.startPath().moveTo(plotLeft, y.at(centre)).horizontalTo(plotRight);
            svg.endPath(" class=\"centre\"" + ChartRenderer.lineStyle(Palette.MEAN, 1.5, null));
        }
        svg.startPath();
        curve(svg, curve, x, y, true, false);
        curve(svg, curve, x, y, true, true);
        svg.endPath(" class=\"limits-95\"" + ChartRenderer.lineStyle(Palette.TWO_SIGMA, 1.25, DASH_95));
        svg.startPath();
        curve(svg, curve, x, y, false, false);
        curve(svg, curve, x, y, false, true);
        svg.endPath(" class=\"limits-998\"" + ChartRenderer.lineStyle(Palette.LIMIT, 1.25, DASH_998));

        // Points: one path per kind, so the SVG stays small.
        for (Kind k : Kind.values()) {
            if (!present[k.ordinal()]) {
                continue;
            }
            double size = k == Kind.WITHIN ? 3.4 : 4.4;
            svg.startPath();
            for (FunnelTable.Row row : table.rows()) {
                if (!row.highlighted() && kind(row) == k) {
                    k.shape.draw(svg, x.at(row.denominator()), y.at(row.value()), size);
                }
            }
            svg.endPath(" class=\"mark mark-" + k.code + " shape-" + k.shape.code + "\" fill=\"" + k.colour
                    + "\" stroke=\"#fff\" stroke-width=\"0.8\"");
        }
        if (highlightedRow != null) {
            highlight(svg, highlightedRow, x, y, plotLeft, plotRight, plotTop, plotBottom);
        }

        ChartRenderer.smallPrint(svg, smallPrint, height);
        svg.raw("</svg>");
        return svg.toString();
    }

    /** The ticks without those below 0, which a count or a rate cannot reach. */
    private static Ticks fromZero(Ticks ticks) {
        if (ticks.min() >= 0) {
            return ticks;
        }
        int below = (int) Math.ceil(-ticks.min() / ticks.step() - 1e-9);
        return new Ticks(0, ticks.max(), ticks.step(), ticks.count() - below);
    }

    private static Kind kind(FunnelTable.Row row) {
        return switch (row.position()) {
            case ABOVE -> Kind.ABOVE;
            case BELOW -> Kind.BELOW;
            case WITHIN -> Kind.WITHIN;
        };
    }

    /** Appends one limit line (upper or lower, 95% or 99.8%) through the curve's points. */
    private static void curve(
            Svg svg,
            List<FunnelBand> curve,
            ChartRenderer.Scale x,
            ChartRenderer.Scale y,
            boolean inner,
            boolean upper) {
        for (int k = 0; k < curve.size(); k++) {
            FunnelBand b = curve.get(k);
            FunnelLimits l = inner ? b.limits95() : b.limits998();
            double px = x.at(b.denominator());
            double py = y.at(upper ? l.upper() : l.lower());
            if (k == 0) {
                svg.moveTo(px, py);
            } else {
                svg.lineTo(px, py);
            }
        }
    }

    /** The x-axis: a line along the plot's foot, a tick and a number at each tick, and what it counts. */
    private static void denominatorAxis(
            Svg svg,
            Ticks ticks,
            String[] tickText,
            ChartRenderer.Scale x,
            double plotLeft,
            double plotRight,
            double plotBottom,
            String title) {
        svg.startPath().moveTo(plotLeft, plotBottom + 0.5).horizontalTo(plotRight);
        for (int k = 0; k < ticks.count(); k++) {
            svg.moveTo(x.at(ticks.value(k)), plotBottom + 0.5).verticalTo(plotBottom + 6);
        }
        svg.endPath(" class=\"x-axis\" stroke=\"" + Palette.AXIS + "\" stroke-width=\"1\" fill=\"none\"");
        svg.raw("<g class=\"x-labels\" font-size=\"11\" text-anchor=\"middle\" fill=\"" + Palette.MUTED + "\">");
        for (int k = 0; k < ticks.count(); k++) {
            svg.raw("<text")
                    .attr("x", x.at(ticks.value(k)))
                    .attr("y", plotBottom + 8 + ChartRenderer.LABEL_SIZE)
                    .raw('>')
                    .text(tickText[k])
                    .raw("</text>");
        }
        svg.raw("</g>");
        svg.raw("<text class=\"x-title\"")
                .attr("x", (plotLeft + plotRight) / 2)
                .attr("y", plotBottom + 8 + ChartRenderer.LABEL_SIZE + 8 + AXIS_TITLE_SIZE)
                .raw(" font-size=\"12\" text-anchor=\"middle\" fill=\"" + Palette.TEXT + "\">")
                .text(title)
                .raw("</text>");
    }

    /** The highlighted unit: a larger diamond in its own colour, outlined, and its name beside it. */
    private static void highlight(
            Svg svg,
            FunnelTable.Row row,
            ChartRenderer.Scale x,
            ChartRenderer.Scale y,
            double plotLeft,
            double plotRight,
            double plotTop,
            double plotBottom) {
        double px = x.at(row.denominator());
        double py = y.at(row.value());
        svg.startPath();
        Mark.Shape.DIAMOND.draw(svg, px, py, 5.2);
        svg.endPath(" class=\"mark mark-highlighted shape-diamond\" fill=\"" + Palette.HIGHLIGHT + "\" stroke=\""
                + Palette.TEXT + "\" stroke-width=\"1\"");
        String label = switch (row.position()) {
            case ABOVE -> row.unit() + " (above)";
            case BELOW -> row.unit() + " (below)";
            case WITHIN -> row.unit();
        };
        double labelWidth = Svg.textWidth(label, 12);
        boolean right = px + 10 + labelWidth <= plotRight || px - 10 - labelWidth < plotLeft;
        double ty = Math.max(plotTop + 12, Math.min(plotBottom - 4, py + 4));
        // A white halo keeps the name readable where it crosses a limit line.
        svg.raw("<text class=\"highlight-label\"")
                .attr("x", right ? px + 10 : px - 10)
                .attr("y", ty)
                .raw(right ? "" : " text-anchor=\"end\"")
                .raw(" font-size=\"12\" font-weight=\"600\" fill=\"" + Palette.HIGHLIGHT + "\" stroke=\""
                        + Palette.BACKGROUND
                        + "\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">")
                .text(label)
                .raw("</text>");
    }

    private static String description(FunnelPlot plot, FunnelTable table, ChartText text, Labels labels) {
        DoubleFunction<String> f = text.format();
        String limit = table.limit();
        int n = table.rows().size();
        StringBuilder d = new StringBuilder(400);
        if (!text.description().isEmpty()) {
            d.append(text.description()).append(' ');
        }
        d.append("Funnel plot of ").append(n).append(' ').append(labels.units());
        if (n == 0) {
            return d.append('.').toString();
        }
        d.append(" against ").append(lowerFirst(labels.denominator()));
        d.append(", with 95% and 99.8% limits around ")
                .append(
                        plot.settings().dataType() == FunnelDataType.STANDARDISED_RATIO
                                ? "the expected value, "
                                : "the value of all " + labels.units() + " together, ")
                .append(f.apply(plot.settings().multiplier() * plot.target()))
                .append('.');
        int above = 0;
        int below = 0;
        for (FunnelTable.Row row : table.rows()) {
            if (row.highlighted()) {
                d.append(' ')
                        .append(row.unit())
                        .append(": ")
                        .append(f.apply(row.value()))
                        .append(", ");
                d.append(
                        switch (row.position()) {
                            case ABOVE -> "above the upper " + limit + " limit (" + f.apply(row.upperLimit()) + ")";
                            case BELOW -> "below the lower " + limit + " limit (" + f.apply(row.lowerLimit()) + ")";
                            case WITHIN ->
                                "within the " + limit + " limits (" + f.apply(row.lowerLimit()) + " to "
                                        + f.apply(row.upperLimit()) + ")";
                        });
                if (row.position() == FunnelTable.Position.WITHIN
                        && plot.settings().outerLimit()) {
                    FunnelLimits inner = plot.limitsAt(row.denominator()).limits95();
                    if (row.value() > inner.upper()) {
                        d.append(" but above the upper 95% limit (")
                                .append(f.apply(inner.upper()))
                                .append(')');
                    } else if (row.value() < inner.lower()) {
                        d.append(" but below the lower 95% limit (")
                                .append(f.apply(inner.lower()))
                                .append(')');
                    }
                }
                d.append('.');
            }
            above += row.position() == FunnelTable.Position.ABOVE ? 1 : 0;
            below += row.position() == FunnelTable.Position.BELOW ? 1 : 0;
        }
        if (above == 0 && below == 0) {
            d.append(" All ").append(n).append(' ').append(labels.units()).append(" are within the ");
            d.append(limit).append(" limits.");
        } else {
            d.append(' ').append(above).append(" of ").append(n).append(' ').append(labels.units());
            d.append(" above the upper ").append(limit).append(" limit, ").append(below);
            d.append(" below the lower.");
        }
        if (plot.adjusted()) {
            d.append(" The limits are widened for overdispersion.");
        }
        return d.toString();
    }

    /** "Population" becomes "population" within a sentence; "ONS population" stays as it is. */
    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
