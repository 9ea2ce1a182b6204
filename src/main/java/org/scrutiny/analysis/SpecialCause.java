package org.scrutiny.analysis;

/**
 * What made a point a special cause, or {@link #NONE}: the rule and the side, named as
 * NHSRplotthedots names them in its {@code special_cause_type} column.
 */
public enum SpecialCause {
    NONE("Common Cause", null, 0),
    ABOVE_UPPER_LIMIT("Above UCL", SpecialCauseRule.OUTSIDE_LIMITS, 1),
    BELOW_LOWER_LIMIT("Below LCL", SpecialCauseRule.OUTSIDE_LIMITS, -1),
    TREND_INCREASING("7 Point Trend (Increasing)", SpecialCauseRule.TREND, 1),
    TREND_DECREASING("7 Point Trend (Decreasing)", SpecialCauseRule.TREND, -1),
    TWO_OF_THREE_ABOVE("2 in 3 Above CL", SpecialCauseRule.TWO_OF_THREE, 1),
    TWO_OF_THREE_BELOW("2 in 3 Below CL", SpecialCauseRule.TWO_OF_THREE, -1),
    SHIFT_ABOVE("7 Points Above CL", SpecialCauseRule.SHIFT, 1),
    SHIFT_BELOW("7 Points Below CL", SpecialCauseRule.SHIFT, -1);

    private final String label;
    private final SpecialCauseRule rule;
    private final int side;

    SpecialCause(String label, SpecialCauseRule rule, int side) {
        this.label = label;
        this.rule = rule;
        this.side = side;
    }

    /**
     * NHSRplotthedots' wording. It says "7" whatever the run and trend lengths are, because that is the
     * reference's fixed text; charts should word their own legend from {@link #rule()} and the settings.
     */
    public String label() {
        return label;
    }

    /** The rule that fired, or null for {@link #NONE}. */
    public SpecialCauseRule rule() {
        return rule;
    }

    /** +1 for a signal of high values (above, increasing), -1 for low, 0 for none. */
    public int side() {
        return side;
    }

    public boolean isSpecial() {
        return this != NONE;
    }
}
