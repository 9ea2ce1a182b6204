package org.scrutiny.indicator;

import java.util.List;
import org.scrutiny.chart.FunnelTable;

/**
 * An indicator's force against other forces, as its page shows it: the ranking, the averages and what
 * they are of, and a funnel plot with its table. The peer feature makes it ({@link PeerPanels}).
 *
 * @param period the period compared, by its label
 * @param group which forces these are, in words
 * @param order which way the ranking runs, in words
 * @param missing the forces of the group with no value for the period, in words; null where none is missing
 * @param findings the rank, the averages with their labels and gaps, the best and the worst
 * @param funnelSvg the funnel plot, or null where the values are not counts or proportions of counts
 * @param funnel the funnel plot's table, or null with it
 * @param funnelNote how the funnel plot is drawn, or why there is none
 * @param unavailable why there is no comparison; where it is set, everything else is empty
 */
public record PeerPanel(
        String period,
        String group,
        String order,
        List<Row> rows,
        String missing,
        List<String> findings,
        String funnelSvg,
        FunnelTable funnel,
        String funnelNote,
        String unavailable) {

    public PeerPanel {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }

    /** A panel that says only why there is no comparison. */
    public static PeerPanel unavailable(String reason) {
        return new PeerPanel(null, null, null, List.of(), null, List.of(), null, null, null, reason);
    }

    /**
     * A force's line of the ranking.
     *
     * @param self whether it is the plan's force
     */
    public record Row(String position, String force, String value, String population, boolean self) {}
}
