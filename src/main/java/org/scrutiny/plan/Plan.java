package org.scrutiny.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.scrutiny.actions.Action;
import org.scrutiny.indicator.Indicator;

/**
 * A Police and Crime Plan: a force's priorities, outcomes, indicators and actions over a period.
 *
 * @param id a short stable name for the plan, used in addresses and data files ("suffolk-2017-2021")
 * @param force the police.uk name of the force ("suffolk")
 * @param levels what the plan calls each level of its tree, top first ("objective", "action")
 * @param reports the papers the plan promises, on a schedule, besides its indicators' data
 */
public record Plan(
        String id,
        String title,
        String force,
        LocalDate startsOn,
        LocalDate endsOn,
        PlanStatus status,
        String vision,
        List<String> values,
        List<String> levels,
        List<PlanItem> items,
        List<ScheduledReport> reports) {

    public Plan {
        values = List.copyOf(values);
        levels = List.copyOf(levels);
        items = List.copyOf(items);
        reports = List.copyOf(reports);
    }

    /** A plan without a report schedule. */
    public Plan(
            String id,
            String title,
            String force,
            LocalDate startsOn,
            LocalDate endsOn,
            PlanStatus status,
            String vision,
            List<String> values,
            List<String> levels,
            List<PlanItem> items) {
        this(id, title, force, startsOn, endsOn, status, vision, values, levels, items, List.of());
    }

    /** The same plan with another status, as publishing through the web sets it. */
    public Plan withStatus(PlanStatus newStatus) {
        return new Plan(id, title, force, startsOn, endsOn, newStatus, vision, values, levels, items, reports);
    }

    /** Every item of the tree, depth first. */
    public Stream<PlanItem> allItems() {
        return items.stream().flatMap(PlanItem::flatten);
    }

    public Stream<Indicator> allIndicators() {
        return allItems().flatMap(item -> item.indicators().stream());
    }

    public Stream<Action> allActions() {
        return allItems().flatMap(item -> item.actions().stream());
    }

    public Optional<Indicator> indicator(String ref) {
        return allIndicators().filter(i -> i.ref().equals(ref)).findFirst();
    }

    public Optional<PlanItem> item(String ref) {
        return allItems().filter(i -> i.ref().equals(ref)).findFirst();
    }

    public Optional<Action> action(String ref) {
        return allActions().filter(a -> a.ref().equals(ref)).findFirst();
    }

    public Optional<ScheduledReport> report(String ref) {
        return reports.stream().filter(r -> r.ref().equals(ref)).findFirst();
    }

    /** The name of a level, counted from 0 at the top; plans deeper than their names say use the last. */
    public String levelName(int depth) {
        if (levels.isEmpty()) {
            return "item";
        }
        return levels.get(Math.min(depth, levels.size() - 1));
    }

    /**
     * The period an indicator's target is measured over where it is not the plan's own: that of the
     * nearest item, from the indicator's own up the tree, that states one.
     */
    public Optional<TargetPeriod> targetPeriodOf(Indicator indicator) {
        return items.stream()
                .map(item -> targetPeriodBelow(item, indicator, null))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<TargetPeriod> targetPeriodBelow(PlanItem item, Indicator indicator, TargetPeriod above) {
        TargetPeriod nearest = item.targetPeriod() != null ? item.targetPeriod() : above;
        if (item.indicators().contains(indicator)) {
            return Optional.ofNullable(nearest);
        }
        return item.items().stream()
                .map(child -> targetPeriodBelow(child, indicator, nearest))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The series an indicator's observations are stored under: its own measure, or one named after the plan. */
    public String measureOf(Indicator indicator) {
        return indicator.measure() != null ? indicator.measure() : id + "/" + indicator.ref();
    }
}
