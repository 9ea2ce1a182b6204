package org.scrutiny.indicator;

import java.util.Optional;

/**
 * Finds an indicator of a stored plan. Plans hold indicators, so the plan feature implements this for
 * the indicator page, which would otherwise depend on plans that depend on it.
 */
public interface PlannedIndicators {

    /** The indicator with a reference in the current version of a plan; empty if either is unknown. */
    Optional<PlannedIndicator> indicator(String planId, String ref);
}
