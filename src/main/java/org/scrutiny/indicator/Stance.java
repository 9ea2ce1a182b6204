package org.scrutiny.indicator;

import java.util.Locale;

/**
 * The three tiers of Devon and Cornwall's framework: how satisfied the Commissioner is with
 * performance on an indicator, and so what direction of travel is asked for.
 */
public enum Stance {
    /** Generally satisfied; current good performance should be maintained. */
    MAINTAIN,
    /** Some concerns; improvement in performance is expected. */
    IMPROVE,
    /** Significant concern; a transformation of performance is required. */
    TRANSFORM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return switch (this) {
            case MAINTAIN -> "Current good performance should be maintained";
            case IMPROVE -> "Improvement in performance is expected";
            case TRANSFORM -> "Transformation of performance is required";
        };
    }
}
