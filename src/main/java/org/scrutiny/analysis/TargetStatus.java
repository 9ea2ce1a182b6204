package org.scrutiny.analysis;

/** Where an indicator stands against its target as at a date. */
public enum TargetStatus {
    /** The target's value is in and meets it; or, for a target with no date, the latest value meets it. */
    MET("Met"),
    /** The date is still to come and the latest value is where the straight line to the target asks. */
    ON_TRACK("On track"),
    /** The latest value is short of where it should be, or the target's date has passed and it was missed. */
    OFF_TRACK("Off track"),
    /** The plan says a target, or its baseline, is still to be set. */
    NO_TARGET_YET("No target yet"),
    /** There is a target but not the data, or not the baseline, to judge it by. */
    NOT_ENOUGH_DATA("Not enough data"),
    /** The indicator is monitored without a target. */
    NO_TARGET("No target");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
