package org.scrutiny.plan;

import java.util.List;
import java.util.stream.Stream;
import org.scrutiny.actions.Action;
import org.scrutiny.indicator.Indicator;

/**
 * A node of a plan's tree: an objective, theme, outcome or priority, whatever the plan calls its
 * levels. It holds items below it, and the indicators and actions that belong to it.
 *
 * @param ref the plan's reference for it, unique in the plan ("T1A", "O1")
 * @param targetPeriod the period its targets are measured over where it is not the plan's, or null
 * @param plainEnglish the item in plain words for the public, where the plan gives them, or null
 */
public record PlanItem(
        String ref,
        String title,
        String description,
        List<PlanItem> items,
        List<Indicator> indicators,
        List<Action> actions,
        TargetPeriod targetPeriod,
        String plainEnglish) {

    public PlanItem {
        items = List.copyOf(items);
        indicators = List.copyOf(indicators);
        actions = List.copyOf(actions);
    }

    /** This item and every item below it, depth first. */
    public Stream<PlanItem> flatten() {
        return Stream.concat(Stream.of(this), items.stream().flatMap(PlanItem::flatten));
    }
}
