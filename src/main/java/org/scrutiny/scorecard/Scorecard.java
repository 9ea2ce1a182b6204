package org.scrutiny.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.scrutiny.analysis.Assurance;
import org.scrutiny.analysis.TargetAssessment;
import org.scrutiny.analysis.Variation;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.IndicatorChart;
import org.scrutiny.indicator.Stance;
import org.scrutiny.indicator.TierSuggestion;
import org.scrutiny.peers.GroupComparison;
import org.scrutiny.series.Observation;

/**
 * One row per indicator of a plan, as at a date: what dashboards and reports show of each indicator.
 *
 * @param asAt only periods that ended on or before this day count
 * @param knownBy the data as it was recorded by this instant, or null for the latest data held
 */
public record Scorecard(
        String planId, String planTitle, String force, LocalDate asAt, Instant knownBy, List<Row> rows) {

    public Scorecard {
        rows = List.copyOf(rows);
    }

    /**
     * One indicator's summary.
     *
     * @param latest the latest period with a value, or null where there is none
     * @param target the target's status and the change from the baseline
     * @param chart the indicator's chart as at the date
     * @param peers the force against its peer group in the latest period, where the plan compares the indicator
     *     with its peers and the data is held; null otherwise
     * @param stance the plan's tier for it, or null where the plan gives none
     * @param suggestion the tier the data suggests, or null where there is nothing to go on
     */
    public record Row(
            String itemRef,
            Indicator indicator,
            Observation latest,
            TargetAssessment target,
            IndicatorChart chart,
            GroupComparison peers,
            Stance stance,
            TierSuggestion suggestion) {

        /** The variation icon of the latest point; null where nothing is charted. */
        public Variation variation() {
            return chart.drawn() ? chart.variation() : null;
        }

        /** The assurance icon; null where nothing is charted. */
        public Assurance assurance() {
            return chart.drawn() ? chart.assurance() : null;
        }
    }
}
