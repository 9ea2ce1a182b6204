package org.scrutiny.analysis;

/**
 * Which way a measure should move to be better: it decides whether a special cause is an improvement,
 * a concern, or neither.
 */
public enum ImprovementDirection {
    INCREASE(1),
    DECREASE(-1),
    /** No better way: signals are shown as neutral high or low, and there is no assurance. */
    NEITHER(0);

    private final int sign;

    ImprovementDirection(int sign) {
        this.sign = sign;
    }

    /** +1 when higher is better, -1 when lower is better, 0 when neither. */
    public int sign() {
        return sign;
    }
}
