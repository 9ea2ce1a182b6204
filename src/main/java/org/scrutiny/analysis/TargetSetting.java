package org.scrutiny.analysis;

import java.util.Objects;

/**
 * Everything a target assessment needs to know of an indicator besides its data.
 *
 * @param direction the indicator's better way: it settles what "maintain" means
 * @param combining how shorter readings make up the span a target is set for
 */
public record TargetSetting(Aim aim, StartingPoint baseline, ImprovementDirection direction, Combining combining) {

    public TargetSetting {
        Objects.requireNonNull(aim, "aim");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(combining, "combining");
    }
}
