package org.scrutiny.indicator;

/**
 * An indicator in the plan that holds it, with what its page needs to know of that plan.
 *
 * @param measure the series its observations are stored under
 * @param itemRef the plan item it belongs to, or null
 */
public record PlannedIndicator(
        String planId,
        String planTitle,
        String force,
        boolean published,
        String itemRef,
        String itemTitle,
        Indicator indicator,
        String measure) {}
