package org.scrutiny.analysis;

/**
 * The Making Data Count assurance icon: whether the process, as its latest limits describe it, will
 * meet a target every time, miss it every time, or sometimes hit and sometimes miss it.
 */
public enum Assurance {
    CONSISTENTLY_PASSES("The target will consistently be met"),
    CONSISTENTLY_FAILS("The target will consistently be missed"),
    HIT_AND_MISS("The target will be met or missed by common cause variation alone"),
    /** No target, no better direction, or no limits to judge by. */
    NONE("No assurance: no target, no improvement direction or no limits");

    private final String text;

    Assurance(String text) {
        this.text = text;
    }

    /** The icon's text equivalent, for screen readers and tables. */
    public String text() {
        return text;
    }

    /**
     * The assurance of a target against process limits. A target beyond a limit is never crossed by
     * common cause variation; one between the limits, or on one, is. Undefined limits (NaN) give
     * {@link #NONE}: there is no process to assure.
     */
    public static Assurance of(ImprovementDirection direction, double lowerLimit, double upperLimit, double target) {
        if (direction == ImprovementDirection.NEITHER
                || Double.isNaN(target)
                || Double.isNaN(lowerLimit)
                || Double.isNaN(upperLimit)) {
            return NONE;
        }
        boolean increase = direction == ImprovementDirection.INCREASE;
        if (target > upperLimit) {
            return increase ? CONSISTENTLY_FAILS : CONSISTENTLY_PASSES;
        }
        if (target < lowerLimit) {
            return increase ? CONSISTENTLY_PASSES : CONSISTENTLY_FAILS;
        }
        return HIT_AND_MISS;
    }
}
