package org.scrutiny.analysis;

/**
 * The Making Data Count variation icon: what the latest point of a chart says, common cause or a
 * special cause of improvement, concern or neither, high or low.
 */
public enum Variation {
    COMMON_CAUSE("Common cause variation", XmrPointType.COMMON_CAUSE),
    IMPROVEMENT_HIGH("Special cause variation: improvement, higher values", XmrPointType.SPECIAL_CAUSE_IMPROVEMENT),
    IMPROVEMENT_LOW("Special cause variation: improvement, lower values", XmrPointType.SPECIAL_CAUSE_IMPROVEMENT),
    CONCERN_HIGH("Special cause variation: concern, higher values", XmrPointType.SPECIAL_CAUSE_CONCERN),
    CONCERN_LOW("Special cause variation: concern, lower values", XmrPointType.SPECIAL_CAUSE_CONCERN),
    NEITHER_HIGH("Special cause variation: higher values", XmrPointType.SPECIAL_CAUSE_NEUTRAL_HIGH),
    NEITHER_LOW("Special cause variation: lower values", XmrPointType.SPECIAL_CAUSE_NEUTRAL_LOW);

    private final String text;
    private final XmrPointType pointType;

    Variation(String text, XmrPointType pointType) {
        this.text = text;
        this.pointType = pointType;
    }

    static Variation of(XmrPoint point) {
        int side = point.specialCause().side();
        return switch (point.pointType()) {
            case SPECIAL_CAUSE_IMPROVEMENT -> side > 0 ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
            case SPECIAL_CAUSE_CONCERN -> side > 0 ? CONCERN_HIGH : CONCERN_LOW;
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> NEITHER_HIGH;
            case SPECIAL_CAUSE_NEUTRAL_LOW -> NEITHER_LOW;
            case COMMON_CAUSE, MISSING -> COMMON_CAUSE;
        };
    }

    /** The icon's text equivalent, for screen readers and tables. */
    public String text() {
        return text;
    }

    /** The point type of the latest point that this icon stands for. */
    public XmrPointType pointType() {
        return pointType;
    }
}
