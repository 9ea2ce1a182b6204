package org.scrutiny.indicator;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scrutiny.analysis.SeriesSummary;
import org.scrutiny.analysis.TargetAssessment;
import org.scrutiny.security.Visitors;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Observations;
import org.scrutiny.series.SeriesKey;
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
 * An indicator's page: its definition and its data as known at a date, in total and for each
 * combination of its breakdowns that has data.
 */
@Controller
class IndicatorController {
    // Enough for three dimensions of five values; a plan with more would make an unreadable page anyway.
    private static final int MOST_BREAKDOWN_TABLES = 216;

    private final PlannedIndicators indicators;
    private final Observations observations;
    private final ForceNames forces;
    private final PeerPanels peers;
    private final Clock clock;

    IndicatorController(
            PlannedIndicators indicators, Observations observations, ForceNames forces, PeerPanels peers, Clock clock) {
        this.indicators = indicators;
        this.observations = observations;
        this.forces = forces;
        this.peers = peers;
        this.clock = clock;
    }

    /** One table of the page: the series for one breakdown combination ("" for the total). */
    record SeriesTable(String caption, String breakdown, List<Observation> rows) {
        /** The sentence that sums the table up, or null when it has no values. */
        public String overview() {
            List<Observation> valued =
                    rows.stream().filter(o -> o.value() != null).toList();
            if (valued.isEmpty()) {
                return null;
            }
            SeriesSummary summary = SeriesSummary.of(
                    valued.stream().mapToDouble(Observation::value).toArray());
            Observation last = valued.getLast();
            StringBuilder text = new StringBuilder()
                    .append(summary.count() == 1 ? "1 value, for " : summary.count() + " values, from ")
                    .append(
                            summary.count() == 1
                                    ? ""
                                    : Labels.periodOf(valued.getFirst().period()) + " to ")
                    .append(Labels.periodOf(last.period()))
                    .append(". Latest: ")
                    .append(Labels.numberOf(last.value()))
                    .append(" in ")
                    .append(Labels.periodOf(last.period()));
            // The earlier period is named, so that a gap in the data cannot pass for the period before.
            summary.change()
                    .ifPresent(change -> text.append(change > 0 ? ", up " : change < 0 ? ", down " : ", ")
                            .append(change == 0 ? "the same as" : Labels.numberOf(Math.abs(change)) + " on")
                            .append(' ')
                            .append(Labels.periodOf(
                                    valued.get(valued.size() - 2).period())));
            if (summary.count() > 1) {
                text.append(". Lowest ")
                        .append(Labels.numberOf(summary.min()))
                        .append(", highest ")
                        .append(Labels.numberOf(summary.max()))
                        .append(", mean ")
                        .append(Labels.numberOf(summary.mean()));
            }
            return text.append('.').toString();
        }
    }

    @GetMapping("/plans/{planId}/indicators/{ref}")
    String indicator(
            @PathVariable String planId,
            @PathVariable String ref,
            @RequestParam(required = false) String asAt,
            Principal visitor,
            Model model) {
        LocalDate asAtDate = asAt == null || asAt.isBlank() ? null : Dates.parse(asAt);
        PlannedIndicator planned = indicators
                .indicator(planId, ref)
                .orElseThrow(() -> new NotFoundException(
                        "There is no indicator '" + ref + "' in a plan called '" + planId + "'."));
        Visitors.requireMaySee(planned.published(), visitor);
        Indicator indicator = planned.indicator();
        Instant knownBy = asAtDate == null ? clock.instant() : Dates.endOf(asAtDate);

        String measure = planned.measure();
        String force = planned.force();
        SeriesTable total = new SeriesTable(
                "Total for " + forces.nameOf(force), "", observations.series(SeriesKey.total(measure, force), knownBy));
        List<SeriesTable> breakdowns = new ArrayList<>();
        for (Map<Breakdown, Breakdown.Value> combination : combinations(indicator.breakdowns())) {
            Map<String, String> keys = new LinkedHashMap<>();
            combination.forEach((dimension, value) -> keys.put(dimension.key(), value.key()));
            String breakdown = SeriesKey.breakdownOf(keys);
            List<Observation> rows = observations.series(new SeriesKey(measure, force, breakdown), knownBy);
            if (!rows.isEmpty()) {
                breakdowns.add(new SeriesTable(captionOf(combination), breakdown, rows));
            }
        }

        model.addAttribute("planned", planned);
        model.addAttribute("indicator", indicator);
        model.addAttribute("forceName", forces.nameOf(force));
        model.addAttribute("asAt", asAtDate);
        model.addAttribute("total", total);
        IndicatorChart chart = IndicatorChart.of(indicator, total.rows());
        model.addAttribute("chart", chart);
        model.addAttribute(
                "chartSvg",
                chart.svg(
                        "chart-total",
                        indicator.name() + ": total for " + forces.nameOf(force),
                        new IndicatorLabels().valueHeading(indicator.unit()),
                        indicator.chart() != null && indicator.chart().twoSigmaLines()));
        model.addAttribute("breakdowns", breakdowns);
        LocalDate assessedOn = asAtDate == null ? LocalDate.now(clock.withZone(Dates.UK)) : asAtDate;
        TargetAssessment assessment = IndicatorTargets.assess(indicator, total.rows(), assessedOn);
        model.addAttribute("assessedOn", assessedOn);
        model.addAttribute("assessment", assessment);
        model.addAttribute(
                "suggestion", TierSuggestion.of(chart, assessment.status()).orElse(null));
        if (indicator.comparedWithPeers()) {
            Observation latest = total.rows().stream()
                    .filter(o -> o.value() != null)
                    .reduce((first, second) -> second)
                    .orElse(null);
            model.addAttribute(
                    "peers",
                    latest == null
                            ? PeerPanel.unavailable(
                                    "There is no data for " + forces.nameOf(force) + " to compare with other forces.")
                            : peers.of(planned, latest.period(), knownBy));
        }
        return "indicator";
    }

    /**
     * Every combination of values over every non-empty set of the dimensions: data may be broken down by
     * area alone, by age alone, or by both at once.
     */
    static List<Map<Breakdown, Breakdown.Value>> combinations(List<Breakdown> dimensions) {
        List<Map<Breakdown, Breakdown.Value>> all = new ArrayList<>();
        all.add(new LinkedHashMap<>());
        for (Breakdown dimension : dimensions) {
            List<Map<Breakdown, Breakdown.Value>> more = new ArrayList<>();
            for (Map<Breakdown, Breakdown.Value> partial : all) {
                for (Breakdown.Value value : dimension.values()) {
                    if (all.size() + more.size() >= MOST_BREAKDOWN_TABLES) {
                        break;
                    }
                    Map<Breakdown, Breakdown.Value> extended = new LinkedHashMap<>(partial);
                    extended.put(dimension, value);
                    more.add(extended);
                }
            }
            all.addAll(more);
        }
        return all.stream().filter(combination -> !combination.isEmpty()).toList();
    }

    private static String captionOf(Map<Breakdown, Breakdown.Value> combination) {
        return combination.entrySet().stream()
                .map(e -> e.getKey().label() + ": " + e.getValue().label())
                .collect(Collectors.joining("; "));
    }
}
