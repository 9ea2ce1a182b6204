package org.scrutiny.scorecard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scrutiny.analysis.FunnelDataType;
import org.scrutiny.analysis.FunnelPlot;
import org.scrutiny.analysis.FunnelSettings;
import org.scrutiny.analysis.PeerComparison;
import org.scrutiny.chart.ChartText;
import org.scrutiny.chart.FunnelChart;
import org.scrutiny.chart.FunnelTable;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.IndicatorChart;
import org.scrutiny.indicator.IndicatorLabels;
import org.scrutiny.indicator.PeerPanel;
import org.scrutiny.indicator.PeerPanels;
import org.scrutiny.indicator.PlannedIndicator;
import org.scrutiny.indicator.Unit;
import org.scrutiny.peers.GroupComparison;
import org.scrutiny.peers.PeerComparisons;
import org.scrutiny.peers.PeerMeasure;
import org.scrutiny.plan.Plans;
import org.scrutiny.series.Period;
import org.scrutiny.web.ForceNames;
import org.scrutiny.web.Labels;
import org.springframework.stereotype.Component;

/**
 * The peer panels of indicator pages: the force ranked in its official Most Similar Group, or among all
 * forces where none is loaded, with both averages labelled, and a funnel plot where the values are counts
 * or proportions of counts.
 */
@Component
class IndicatorPeerPanels implements PeerPanels {
    private final Plans plans;
    private final PeerComparisons peers;
    private final ForceNames forces;

    IndicatorPeerPanels(Plans plans, PeerComparisons peers, ForceNames forces) {
        this.plans = plans;
        this.peers = peers;
        this.forces = forces;
    }

    @Override
    public PeerPanel of(PlannedIndicator planned, Period period, Instant knownBy) {
        Indicator indicator = planned.indicator();
        // Only a derived indicator needs its plan: its numerator's and denominator's measures are other forces'.
        PeerMeasure measure = indicator.derivation() == null
                ? PeerMeasure.of(planned.measure())
                : plans.find(planned.planId())
                        .map(plan -> Scorecards.peerMeasureOf(plan, indicator))
                        .orElse(PeerMeasure.of(planned.measure()));
        Map<PeerMeasure, GroupComparison> compared = peers.compareIn(
                Map.of(measure, period),
                Map.of(measure, IndicatorChart.directionOf(indicator.polarity())),
                planned.force(),
                knownBy);
        GroupComparison comparison = compared.get(measure);
        if (comparison == null) {
            return PeerPanel.unavailable("No other force has a value of this indicator's measure for " + period.label()
                    + ", so there is nothing to compare it with.");
        }
        PeerComparison result = comparison.comparison();
        List<PeerPanel.Row> rows = new ArrayList<>();
        for (PeerComparison.Ranked ranked : result.ranking()) {
            rows.add(new PeerPanel.Row(
                    ranked.position(),
                    forces.nameOf(ranked.force()),
                    Labels.numberOf(ranked.value()),
                    ranked.population() == null ? "–" : Labels.numberOf(ranked.population()),
                    ranked.force().equals(result.force())));
        }
        String missing = result.missing().isEmpty()
                ? null
                : "No value for " + period.label() + ": "
                        + String.join(
                                ", ",
                                result.missing().stream().map(forces::nameOf).toList())
                        + ".";
        Funnel funnel = funnelOf(indicator, comparison, planned.force());
        return new PeerPanel(
                period.label(),
                comparison.groupLabel(forces::nameOf),
                result.order(),
                rows,
                missing,
                comparison.findings(forces::nameOf, Labels::numberOf, Labels::numberOf),
                funnel.svg(),
                funnel.table(),
                funnel.note(),
                null);
    }

    private record Funnel(String svg, FunnelTable table, String note) {}

    /**
     * A funnel plot of the group: proportions of their own counts where every value has them, or counts per
     * 1,000 people where the values are counts and populations are held; none otherwise.
     */
    private Funnel funnelOf(Indicator indicator, GroupComparison comparison, String force) {
        List<PeerComparison.Ranked> ranking = comparison.comparison().ranking();
        boolean proportions = !ranking.isEmpty()
                && ranking.stream()
                        .allMatch(r -> r.numerator() != null && r.denominator() != null && r.denominator() > 0);
        List<FunnelPlot.Unit> units = new ArrayList<>();
        List<String> left = new ArrayList<>();
        double multiplier;
        String unit;
        String denominator;
        if (proportions) {
            PeerComparison.Ranked scale =
                    ranking.stream().filter(r -> r.numerator() != 0).findFirst().orElse(ranking.getFirst());
            multiplier =
                    scale.numerator() == 0 ? 1 : Math.rint(scale.value() * scale.denominator() / scale.numerator());
            ranking.forEach(
                    r -> units.add(new FunnelPlot.Unit(forces.nameOf(r.force()), r.numerator(), r.denominator())));
            unit = new IndicatorLabels().valueHeading(indicator.unit());
            denominator = "Denominator";
        } else if (indicator.unit() == Unit.COUNT) {
            multiplier = 1000;
            for (PeerComparison.Ranked r : ranking) {
                if (r.population() == null || r.population() <= 0) {
                    left.add(forces.nameOf(r.force()));
                } else {
                    units.add(new FunnelPlot.Unit(forces.nameOf(r.force()), r.value(), r.population()));
                }
            }
            unit = "Per 1,000 people";
            denominator = "Population";
        } else {
            return new Funnel(
                    null,
                    null,
                    "No funnel plot: the values are not counts or proportions of counts, so chance variation"
                            + " cannot be worked out for them.");
        }
        String name = forces.nameOf(force);
        if (units.size() < 3 || units.stream().noneMatch(u -> u.group().equals(name))) {
            return new Funnel(null, null, "No funnel plot: it needs the force and at least two others with counts.");
        }
        FunnelPlot plot = FunnelPlot.of(
                units,
                FunnelSettings.defaults()
                        .withDataType(FunnelDataType.PROPORTION)
                        .withMultiplier(multiplier));
        ChartText text = ChartText.of(
                        "funnel",
                        indicator.name() + ": " + name + " against other forces, "
                                + comparison.period().label())
                .withUnit(unit)
                .withFormat(ChartText.decimals(1))
                .withSize(720, 440);
        String svg = FunnelChart.svg(plot, text, new FunnelChart.Labels(name, denominator, "forces"));
        StringBuilder note = new StringBuilder(
                proportions
                        ? "Each force's value is a proportion of its own counts."
                        : "Each force's count is shown per 1,000 people, over its ONS mid-year population"
                                + (comparison.populationYear() == null ? "" : " of " + comparison.populationYear())
                                + ".");
        note.append(" The limits show how far from the group's overall rate a force of each size would fall by chance"
                + " alone, widened for the real differences between forces (overdispersion), after"
                + " Spiegelhalter (2005).");
        if (!left.isEmpty()) {
            note.append(" Left out for want of a population: ")
                    .append(String.join(", ", left))
                    .append('.');
        }
        return new Funnel(svg, FunnelTable.of(plot, name), note.toString());
    }
}
