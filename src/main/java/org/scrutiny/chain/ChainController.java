package org.scrutiny.chain;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
import org.scrutiny.indicator.ProportionChain;
import org.scrutiny.peers.GroupComparison;
import org.scrutiny.peers.PeerComparisons;
import org.scrutiny.peers.PeerMeasure;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanStatus;
import org.scrutiny.plan.Plans;
import org.scrutiny.security.Visitors;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Observations;
import org.scrutiny.series.Period;
import org.scrutiny.web.Dates;
import org.scrutiny.web.ForceNames;
import org.scrutiny.web.Labels;
import org.scrutiny.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A chain of proportions' page: the funnel of its counts in the latest period, then for each step its control
 * chart, its rank among other forces and a funnel plot of them, as the data was known at a date.
 */
@Controller
class ChainController {
    // A funnel of one force is only that force's own proportion; the limits need others to be drawn from.
    private static final int FEWEST_FUNNEL_FORCES = 2;

    private final Plans plans;
    private final Observations observations;
    private final PeerComparisons peers;
    private final ForceNames forces;
    private final Clock clock;
    private final IndicatorLabels labels = new IndicatorLabels();

    ChainController(Plans plans, Observations observations, PeerComparisons peers, ForceNames forces, Clock clock) {
        this.plans = plans;
        this.observations = observations;
        this.peers = peers;
        this.forces = forces;
        this.clock = clock;
    }

    @GetMapping("/plans/{planId}/chains/{ref}")
    String chain(
            @PathVariable String planId,
            @PathVariable String ref,
            @RequestParam(required = false) String asAt,
            Principal visitor,
            Model model) {
        LocalDate asAtDate = asAt == null || asAt.isBlank() ? null : Dates.parse(asAt);
        Plan plan = plans.find(planId)
                .orElseThrow(() -> new NotFoundException("There is no plan called '" + planId + "'."));
        Visitors.requireMaySee(plan.status() == PlanStatus.PUBLISHED, visitor);
        ProportionChain chain = ProportionChain.startingAt(plan.allIndicators().toList(), ref)
                .orElseThrow(() -> new NotFoundException("There is no chain of proportions starting at '" + ref
                        + "' in the plan '" + planId + "'. A chain starts at a count that two or more derived"
                        + " indicators follow, each a proportion of the count before."));
        Instant knownBy = asAtDate == null ? clock.instant() : Dates.endOf(asAtDate);
        model.addAttribute("view", viewOf(plan, chain, asAtDate, knownBy));
        return "chain";
    }

    private ChainView viewOf(Plan plan, ProportionChain chain, LocalDate asAt, Instant knownBy) {
        Reading reading = new Reading(plan, chain, knownBy);
        List<Map<Period, Double>> counts = chain.counts().stream()
                .map(count -> valuesOf(reading.own().get(plan.measureOf(count))))
                .toList();
        Period complete = latestInAll(counts);
        Period period = complete != null
                ? complete
                : counts.getFirst().keySet().stream().max(Period::compareTo).orElse(null);

        List<ChainView.FunnelRow> funnel = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Double value = period == null ? null : counts.get(i).get(period);
            if (i == 0) {
                funnel.add(new ChainView.FunnelRow(chain.count(), null, value, null));
            } else {
                ProportionChain.Step step = chain.steps().get(i - 1);
                Double before = period == null ? null : counts.get(i - 1).get(period);
                Double share =
                        value == null || before == null || before <= 0 ? null : value / before * step.multiplier();
                funnel.add(new ChainView.FunnelRow(step.numerator(), step.proportion(), value, share));
            }
        }

        List<ChainView.StepView> steps = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            // Where the force has every count in one period, every step is compared in it; otherwise each step in
            // the latest period the force has its two counts for.
            steps.add(reading.step(i + 1, chain.steps().get(i), complete));
        }
        return new ChainView(plan, chain, forces.nameOf(plan.force()), asAt, period, complete != null, funnel, steps);
    }

    /**
     * The data of one page as known at an instant: the force's series of every count and proportion of the chain,
     * read at once; other forces' counts come with the comparisons.
     */
    private final class Reading {
        private final Plan plan;
        private final String forceName;
        private final Instant knownBy;
        private final Map<String, List<Observation>> own;

        Reading(Plan plan, ProportionChain chain, Instant knownBy) {
            this.plan = plan;
            this.forceName = forces.nameOf(plan.force());
            this.knownBy = knownBy;
            List<String> measures = new ArrayList<>();
            chain.counts().forEach(count -> measures.add(plan.measureOf(count)));
            chain.steps().forEach(step -> measures.add(plan.measureOf(step.proportion())));
            this.own = observations.totals(measures, plan.force(), knownBy);
        }

        Map<String, List<Observation>> own() {
            return own;
        }

        ChainView.StepView step(int number, ProportionChain.Step step, Period period) {
            Indicator proportion = step.proportion();
            List<Observation> series = own().get(plan.measureOf(proportion));
            IndicatorChart chart = IndicatorChart.of(proportion, series);
            // Charts cut titles at their width; the step's heading names the proportion in full.
            String chartSvg = chart.svg(
                    "chart-step-" + number,
                    "Step " + number + ": total for " + forceName,
                    labels.valueHeading(proportion.unit()),
                    proportion.chart() != null && proportion.chart().twoSigmaLines());
            GroupComparison compared;
            try {
                compared = peers.compare(
                        PeerMeasure.ratio(
                                plan.measureOf(step.numerator()),
                                plan.measureOf(step.denominator()),
                                step.multiplier()),
                        plan.force(),
                        period,
                        knownBy,
                        IndicatorChart.directionOf(proportion.polarity()));
            } catch (IllegalArgumentException nothingToCompare) {
                String message = "Not compared with other forces: " + nothingToCompare.getMessage() + ".";
                return new ChainView.StepView(
                        number, step, series, chart, chartSvg, null, message, null, null, null, List.of());
            }
            return funnelOf(number, step, compared, chart, chartSvg, series);
        }

        /** The step with its comparison and a funnel plot of the forces compared. */
        private ChainView.StepView funnelOf(
                int number,
                ProportionChain.Step step,
                GroupComparison compared,
                IndicatorChart chart,
                String chartSvg,
                List<Observation> series) {
            Period period = compared.period();
            List<FunnelPlot.Unit> units = new ArrayList<>();
            List<String> leftOut = new ArrayList<>();
            for (PeerComparison.Ranked ranked : compared.comparison().ranking()) {
                Double n = ranked.numerator();
                Double d = ranked.denominator();
                String name = forces.nameOf(ranked.force());
                if (n == null || d == null || d <= 0) {
                    leftOut.add(name + ": its counts are not both held");
                } else if (n < 0 || n > d) {
                    // A step keeps some of the cases before it: more than all of them is a mistake in the data.
                    leftOut.add(name + ": " + Labels.numberOf(n) + " of " + Labels.numberOf(d)
                            + " is not a proportion, so check its data");
                } else {
                    units.add(new FunnelPlot.Unit(name, n, d));
                }
            }
            ChainView.PeerTable table = peerTableOf(compared);
            if (units.size() < FEWEST_FUNNEL_FORCES) {
                String message = "No funnel plot: it needs the counts of two forces or more for "
                        + Labels.periodOf(period) + ", and " + units.size()
                        + (units.size() == 1 ? " force has them." : " forces have them.");
                return new ChainView.StepView(
                        number, step, series, chart, chartSvg, table, null, null, null, message, leftOut);
            }
            FunnelPlot plot = FunnelPlot.of(
                    units,
                    FunnelSettings.defaults()
                            .withDataType(FunnelDataType.PROPORTION)
                            .withMultiplier(step.multiplier()));
            Indicator proportion = step.proportion();
            ChartText text = ChartText.of(
                            "funnel-step-" + number, "Step " + number + ": forces, " + Labels.periodOf(period))
                    .withUnit(labels.valueHeading(proportion.unit()))
                    .withDescription(proportion.name() + ": each force's value against the count it is a proportion"
                            + " of (" + step.denominator().name() + "), with limits that narrow as that count grows.");
            String funnelSvg = FunnelChart.svg(
                    plot,
                    text,
                    new FunnelChart.Labels(forceName, step.denominator().name(), "forces"));
            return new ChainView.StepView(
                    number,
                    step,
                    series,
                    chart,
                    chartSvg,
                    table,
                    null,
                    funnelSvg,
                    FunnelTable.of(plot, forceName),
                    null,
                    leftOut);
        }
    }

    private ChainView.PeerTable peerTableOf(GroupComparison compared) {
        PeerComparison comparison = compared.comparison();
        List<ChainView.PeerRow> rows = comparison.ranking().stream()
                .map(r -> new ChainView.PeerRow(
                        r.position(),
                        forces.nameOf(r.force()),
                        r.value(),
                        r.force().equals(comparison.force())))
                .toList();
        return new ChainView.PeerTable(
                compared.period(),
                compared.groupLabel(forces::nameOf),
                comparison.order(),
                compared.findings(forces::nameOf, Labels::numberOf, Labels::numberOf),
                rows,
                comparison.missing().stream().map(forces::nameOf).toList());
    }

    private static Map<Period, Double> valuesOf(List<Observation> series) {
        Map<Period, Double> values = new LinkedHashMap<>();
        if (series != null) {
            series.stream().filter(o -> o.value() != null).forEach(o -> values.put(o.period(), o.value()));
        }
        return values;
    }

    /** The latest period in which every series has a value, or null where there is none. */
    private static Period latestInAll(List<Map<Period, Double>> series) {
        TreeSet<Period> common = new TreeSet<>(series.getFirst().keySet());
        series.forEach(values -> common.retainAll(values.keySet()));
        return common.isEmpty() ? null : common.last();
    }
}
