package org.scrutiny.chart;

import java.util.ArrayList;
import java.util.List;
import org.scrutiny.analysis.FunnelLimits;
import org.scrutiny.analysis.FunnelPlot;
import org.scrutiny.analysis.FunnelPoint;

/**
 * The table to give beside a funnel chart, saying in rows what it shows: each unit's numerator, denominator
 * and plotted value, the limits it is judged against at its denominator, and whether it lies above, below
 * or within them.
 *
 * @param limit the limits judged against, "99.8%" or "95%", for the column headings
 * @param adjusted whether those limits are widened for overdispersion, for a note under the table
 * @param rows one per unit, in the plot's order
 */
public record FunnelTable(String limit, boolean adjusted, List<Row> rows) {

    public FunnelTable {
        rows = List.copyOf(rows);
    }

    /**
     * One unit.
     *
     * @param value the ratio as plotted (the multiplier applied), as are the limits
     * @param highlighted whether this is the unit the chart highlights
     */
    public record Row(
            String unit,
            double numerator,
            double denominator,
            double value,
            double lowerLimit,
            double upperLimit,
            Position position,
            boolean highlighted) {}

    /** Where a unit lies against its limits; on a limit counts as within. */
    public enum Position {
        ABOVE("Above"),
        WITHIN("Within"),
        BELOW("Below");

        private final String text;

        Position(String text) {
            this.text = text;
        }

        /** "Above", "Within" or "Below", for a table cell. */
        public String text() {
            return text;
        }

        static Position of(double value, FunnelLimits limits) {
            return value > limits.upper() ? ABOVE : value < limits.lower() ? BELOW : WITHIN;
        }
    }

    /** The table of a funnel plot, marking the unit of this name (none if null or not in the plot). */
    public static FunnelTable of(FunnelPlot plot, String highlighted) {
        double m = plot.settings().multiplier();
        List<Row> rows = new ArrayList<>(plot.points().size());
        for (FunnelPoint p : plot.points()) {
            FunnelLimits limits = plot.judgedLimits(p);
            double value = m * p.ratio();
            rows.add(new Row(
                    p.group(),
                    p.numerator(),
                    p.denominator(),
                    value,
                    limits.lower(),
                    limits.upper(),
                    Position.of(value, limits),
                    p.group().equals(highlighted)));
        }
        return new FunnelTable(plot.settings().outerLimit() ? "99.8%" : "95%", plot.adjusted(), rows);
    }
}
