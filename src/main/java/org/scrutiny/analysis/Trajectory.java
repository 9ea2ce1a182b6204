package org.scrutiny.analysis;

import java.time.LocalDate;

/**
 * The straight line from a baseline to a target: the value expected on each day between the end of the
 * baseline and the end of the span the target is set for.
 */
public record Trajectory(LocalDate from, double fromValue, LocalDate to, double toValue) {

    public Trajectory {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a trajectory must end (" + to + ") after it starts (" + from + ")");
        }
    }

    /** The value the line expects on a day; before the line starts, the baseline, and after it ends, the target. */
    public double valueAt(LocalDate date) {
        if (!date.isAfter(from)) {
            return fromValue;
        }
        if (!date.isBefore(to)) {
            return toValue;
        }
        double elapsed = date.toEpochDay() - from.toEpochDay();
        double length = to.toEpochDay() - from.toEpochDay();
        return fromValue + (toValue - fromValue) * elapsed / length;
    }
}
