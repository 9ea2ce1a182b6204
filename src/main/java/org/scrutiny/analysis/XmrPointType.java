package org.scrutiny.analysis;

/**
 * How a point on an XmR chart is coloured: common cause, or a special cause that is an improvement, a
 * concern, or (when no direction is better) neutral high or low; {@link #MISSING} for a gap.
 */
public enum XmrPointType {
    COMMON_CAUSE,
    SPECIAL_CAUSE_IMPROVEMENT,
    SPECIAL_CAUSE_CONCERN,
    SPECIAL_CAUSE_NEUTRAL_HIGH,
    SPECIAL_CAUSE_NEUTRAL_LOW,
    /** A period with no value: drawn as a break in the line, never a signal. */
    MISSING;

    static XmrPointType of(SpecialCause cause, ImprovementDirection direction) {
        int side = cause.side();
        if (side == 0) {
            return COMMON_CAUSE;
        }
        if (direction == ImprovementDirection.NEITHER) {
            return side > 0 ? SPECIAL_CAUSE_NEUTRAL_HIGH : SPECIAL_CAUSE_NEUTRAL_LOW;
        }
        return side * direction.sign() > 0 ? SPECIAL_CAUSE_IMPROVEMENT : SPECIAL_CAUSE_CONCERN;
    }

    /** The reference packages' name for the type, such as {@code special_cause_improvement}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
