package org.scrutiny.chain;

import java.time.LocalDate;
import java.util.List;
import org.scrutiny.chart.FunnelTable;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.IndicatorChart;
import org.scrutiny.indicator.IndicatorLabels;
import org.scrutiny.indicator.ProportionChain;
import org.scrutiny.plan.Plan;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Period;

/**
 * What a chain's page shows, worked out for the template: the funnel of counts, then each step.
 *
 * @param asAt the day the data is shown as known at the end of, or null for the latest data
 * @param period the period of the funnel: the latest in which the force has every count of the chain, or where
 *     it has none such, the latest in which it has the first count; null where it has neither
 * @param complete whether the force has every count of the chain in {@code period}
 */
record ChainView(
        Plan plan,
        ProportionChain chain,
        String forceName,
        LocalDate asAt,
        Period period,
        boolean complete,
        List<FunnelRow> funnel,
        List<StepView> steps) {

    ChainView {
        funnel = List.copyOf(funnel);
        steps = List.copyOf(steps);
    }

    /**
     * A count of the funnel in its period.
     *
     * @param proportion the step that makes this count a proportion of the one before; null for the first count
     * @param value the count, or null where the force has none for the period
     * @param share the count as a proportion of the one before, times the step's multiplier; null where either
     *     count is missing or the one before is 0
     */
    record FunnelRow(Indicator count, Indicator proportion, Double value, Double share) {

        /** The share in the proportion's unit, such as {@code 42.5%}; null where there is none. */
        public String shareText() {
            return share == null ? null : IndicatorLabels.valueOf(share, proportion.unit());
        }
    }

    /**
     * One step of the chain.
     *
     * @param series the proportion's own series, as loaded for it, in period order
     * @param chartSvg the control chart, or null where nothing is charted
     * @param peers the force against other forces, or null where there is nothing to compare
     * @param peersMessage why there is nothing to compare, or null where there is
     * @param funnelSvg the funnel plot, or null where there is none
     * @param funnelTable the funnel plot's table, or null where there is none
     * @param funnelMessage why there is no funnel plot where the force is compared with others; null otherwise
     * @param leftOut forces left out of the funnel plot, each with the reason
     */
    record StepView(
            int number,
            ProportionChain.Step step,
            List<Observation> series,
            IndicatorChart chart,
            String chartSvg,
            PeerTable peers,
            String peersMessage,
            String funnelSvg,
            FunnelTable funnelTable,
            String funnelMessage,
            List<String> leftOut) {

        StepView {
            series = List.copyOf(series);
            leftOut = List.copyOf(leftOut);
        }

        /** An id for the step's parts, unique on the page. */
        public String id() {
            return "step-" + number;
        }
    }

    /**
     * The force ranked among other forces in one step's proportion, in words for a table.
     *
     * @param groupLabel which forces these are, as {@link org.scrutiny.peers.GroupComparison#groupLabel} says
     * @param order which way the ranking runs
     * @param findings the force's rank, each average labelled as {@link org.scrutiny.analysis.PeerComparison#label}
     *     says with the force's gap to it, the best and the worst, sentence by sentence
     * @param missing the names of the forces of the group with no value for the period
     */
    record PeerTable(
            Period period,
            String groupLabel,
            String order,
            List<String> findings,
            List<PeerRow> rows,
            List<String> missing) {

        PeerTable {
            findings = List.copyOf(findings);
            rows = List.copyOf(rows);
            missing = List.copyOf(missing);
        }
    }

    /** A force's place: {@code 2=} for a shared rank. */
    record PeerRow(String position, String force, double value, boolean highlighted) {}
}
