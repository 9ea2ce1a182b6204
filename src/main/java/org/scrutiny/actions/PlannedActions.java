package org.scrutiny.actions;

import java.util.Optional;

/**
 * Finds an action of a stored plan. Plans hold actions, so the plan feature implements this for the
 * action page, which would otherwise depend on plans that depend on it.
 */
public interface PlannedActions {

    /** The action with a reference in the current version of a plan; empty if either is unknown. */
    Optional<PlannedAction> action(String planId, String ref);
}
