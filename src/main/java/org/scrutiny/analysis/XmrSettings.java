package org.scrutiny.analysis;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The settings of an XmR chart: improvement direction, moving-range screening, fixed baseline,
 * rebases, target, and the lengths and variant of the special-cause rules. {@link #defaults()} are
 * NHSRplotthedots 0.2.2's (Making Data Count's before its 2023 change to the two-of-three rule), but
 * for the improvement direction.
 *
 * @param improvementDirection which way is better
 * @param screenMovingRanges leave out moving ranges of 3.267 × the average moving range or more
 *     before the limits are set
 * @param fixAfterPoints set each rebase group's mean and limits from its first n points only, and hold
 *     them for the points after; empty to use every point
 * @param rebaseAt indices of the points that start a new rebase group, with limits of its own: the
 *     first period of a step change, such as a change of definition
 * @param target the target for the assurance icon, if the measure has one
 * @param shiftLength how many points in a row on one side of the mean make a special cause
 * @param trendLength how many points in a row, each higher (or lower) than the last, make a special
 *     cause
 * @param twoOfThreeCountsBeyondLimits whether points beyond the process limits count towards "two of
 *     three beyond 2-sigma" (Making Data Count since 2023); NHSRplotthedots 0.2.2 counts only points
 *     between the 2-sigma line and the limit
 * @param twoOfThreeWholeWindowOnOneSide whether all three points of the window must be on the same side
 *     of the mean, as NHSRplotthedots requires; when false, only the two beyond 2-sigma must be
 * @param recommendedPoints fewer points than this in a rebase group give trial limits, and a warning
 * @param runsRules whether the trend, two-of-three and shift rules apply; off, only points outside the
 *     limits are special causes, as for rolling totals, whose overlapping points make runs artefacts
 */
public record XmrSettings(
        ImprovementDirection improvementDirection,
        boolean screenMovingRanges,
        OptionalInt fixAfterPoints,
        List<Integer> rebaseAt,
        OptionalDouble target,
        int shiftLength,
        int trendLength,
        boolean twoOfThreeCountsBeyondLimits,
        boolean twoOfThreeWholeWindowOnOneSide,
        int recommendedPoints,
        boolean runsRules) {

    /** Making Data Count's advice for a baseline: at least this many points. */
    public static final int RECOMMENDED_BASELINE = 12;

    public XmrSettings {
        Objects.requireNonNull(improvementDirection, "improvementDirection");
        Objects.requireNonNull(fixAfterPoints, "fixAfterPoints");
        Objects.requireNonNull(target, "target");
        // A baseline needs two points for one moving range; shorter than 12 is allowed but warned of,
        // so that other references' settings can be reproduced.
        if (fixAfterPoints.isPresent() && fixAfterPoints.getAsInt() < 2) {
            throw new IllegalArgumentException("fixAfterPoints must be at least 2: " + fixAfterPoints);
        }
        if (shiftLength < 2 || trendLength < 2) {
            throw new IllegalArgumentException(
                    "shift and trend lengths must be at least 2: " + shiftLength + ", " + trendLength);
        }
        if (recommendedPoints < 0) {
            throw new IllegalArgumentException("recommendedPoints must not be negative");
        }
        if (target.isPresent() && !Double.isFinite(target.getAsDouble())) {
            throw new IllegalArgumentException("target must be finite: " + target);
        }
        rebaseAt = rebaseAt.stream().sorted().distinct().toList();
        if (!rebaseAt.isEmpty() && rebaseAt.getFirst() < 0) {
            throw new IllegalArgumentException("rebase indices must not be negative: " + rebaseAt);
        }
    }

    /**
     * NHSRplotthedots 0.2.2's defaults (screening on, no fixed limits, runs and trends of 7, its
     * two-of-three rule, trial limits below 13 points, no target) except the improvement direction,
     * which is {@link ImprovementDirection#NEITHER}: the reference assumes "increase", but for most
     * policing measures (crimes, waiting times) lower is better, and a wrong guess would colour a
     * concern as an improvement.
     */
    public static XmrSettings defaults() {
        return new XmrSettings(
                ImprovementDirection.NEITHER,
                true,
                OptionalInt.empty(),
                List.of(),
                OptionalDouble.empty(),
                7,
                7,
                false,
                true,
                13,
                true);
    }

    public XmrSettings withImprovementDirection(ImprovementDirection direction) {
        Copy copy = new Copy(this);
        copy.improvementDirection = direction;
        return copy.settings();
    }

    public XmrSettings withScreenMovingRanges(boolean screen) {
        Copy copy = new Copy(this);
        copy.screenMovingRanges = screen;
        return copy.settings();
    }

    public XmrSettings withFixAfterPoints(int points) {
        Copy copy = new Copy(this);
        copy.fixAfterPoints = OptionalInt.of(points);
        return copy.settings();
    }

    public XmrSettings withRebaseAt(int... indices) {
        Copy copy = new Copy(this);
        copy.rebaseAt = java.util.Arrays.stream(indices).boxed().toList();
        return copy.settings();
    }

    public XmrSettings withTarget(double value) {
        Copy copy = new Copy(this);
        copy.target = OptionalDouble.of(value);
        return copy.settings();
    }

    public XmrSettings withShiftLength(int length) {
        Copy copy = new Copy(this);
        copy.shiftLength = length;
        return copy.settings();
    }

    public XmrSettings withTrendLength(int length) {
        Copy copy = new Copy(this);
        copy.trendLength = length;
        return copy.settings();
    }

    /** The two-of-three rule's variant; see the record's parameters. */
    public XmrSettings withTwoOfThree(boolean countsBeyondLimits, boolean wholeWindowOnOneSide) {
        Copy copy = new Copy(this);
        copy.twoOfThreeCountsBeyondLimits = countsBeyondLimits;
        copy.twoOfThreeWholeWindowOnOneSide = wholeWindowOnOneSide;
        return copy.settings();
    }

    public XmrSettings withRecommendedPoints(int points) {
        Copy copy = new Copy(this);
        copy.recommendedPoints = points;
        return copy.settings();
    }

    /** Turns the trend, two-of-three and shift rules on or off; points outside the limits are always flagged. */
    public XmrSettings withRunsRules(boolean apply) {
        Copy copy = new Copy(this);
        copy.runsRules = apply;
        return copy.settings();
    }

    /** A copy of some settings to change one or two of, so that each {@code with…} names only what it changes. */
    private static final class Copy {
        ImprovementDirection improvementDirection;
        boolean screenMovingRanges;
        OptionalInt fixAfterPoints;
        List<Integer> rebaseAt;
        OptionalDouble target;
        int shiftLength;
        int trendLength;
        boolean twoOfThreeCountsBeyondLimits;
        boolean twoOfThreeWholeWindowOnOneSide;
        int recommendedPoints;
        boolean runsRules;

        Copy(XmrSettings from) {
            improvementDirection = from.improvementDirection;
            screenMovingRanges = from.screenMovingRanges;
            fixAfterPoints = from.fixAfterPoints;
            rebaseAt = from.rebaseAt;
            target = from.target;
            shiftLength = from.shiftLength;
            trendLength = from.trendLength;
            twoOfThreeCountsBeyondLimits = from.twoOfThreeCountsBeyondLimits;
            twoOfThreeWholeWindowOnOneSide = from.twoOfThreeWholeWindowOnOneSide;
            recommendedPoints = from.recommendedPoints;
            runsRules = from.runsRules;
        }

        /** The settings, checked by the record's constructor. */
        XmrSettings settings() {
            return new XmrSettings(
                    improvementDirection,
                    screenMovingRanges,
                    fixAfterPoints,
                    rebaseAt,
                    target,
                    shiftLength,
                    trendLength,
                    twoOfThreeCountsBeyondLimits,
                    twoOfThreeWholeWindowOnOneSide,
                    recommendedPoints,
                    runsRules);
        }
    }
}
