package org.scrutiny.actions;

/**
 * An action in the plan that holds it, with what its page needs to know of that plan.
 *
 * @param itemTitle the title of the plan item it belongs to, or null
 */
public record PlannedAction(
        String planId, String planTitle, String force, boolean published, String itemTitle, Action action) {}
