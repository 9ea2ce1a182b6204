package org.scrutiny.analysis;

/** Which side of a level a target asks a value to be on. */
public enum Bound {
    AT_LEAST("at least"),
    AT_MOST("at most"),
    /** More than the level; the level itself misses. */
    ABOVE("above"),
    /** Less than the level; the level itself misses. */
    BELOW("below");

    private final String words;

    Bound(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /**
     * Whether a value is on the right side of a level. Values within a billionth of the level count as
     * equal to it: a level worked out from a baseline (18% below an average) is seldom exact in binary.
     */
    public boolean holds(double value, double level) {
        double tolerance = 1e-9 * Math.max(1, Math.abs(level));
        return switch (this) {
            case AT_LEAST -> value >= level - tolerance;
            case AT_MOST -> value <= level + tolerance;
            case ABOVE -> value > level + tolerance;
            case BELOW -> value < level - tolerance;
        };
    }

    /** The bound that lets a value move freely towards the better side of a level but not past it on the worse. */
    static Bound notWorseThan(ImprovementDirection direction) {
        return direction == ImprovementDirection.INCREASE ? AT_LEAST : AT_MOST;
    }
}
