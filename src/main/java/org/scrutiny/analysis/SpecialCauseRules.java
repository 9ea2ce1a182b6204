package org.scrutiny.analysis;

/**
 * The special-cause rules as functions of plain arrays, one rebase group's present points at a time,
 * in the decomposition NHSRplotthedots tests them by: a rule first finds where a run ends, then marks
 * every point of that run. Signs are +1 for high or rising, -1 for low or falling, 0 for none.
 */
final class SpecialCauseRules {

    static final int ABOVE_WINDOW = 1;
    static final int BELOW_WINDOW = 2;

    private SpecialCauseRules() {}

    /** At each point that ends {@code length} points in a row on one side of the mean, that side. */
    static int[] shiftEnds(int[] relativeToMean, int length) {
        int[] ends = new int[relativeToMean.length];
        int run = 0;
        for (int k = 0; k < relativeToMean.length; k++) {
            int side = relativeToMean[k];
            if (side == 0) {
                run = 0;
            } else if (k > 0 && side == relativeToMean[k - 1]) {
                run++;
            } else {
                run = 1;
            }
            if (run >= length) {
                ends[k] = side;
            }
        }
        return ends;
    }

    /**
     * At each point that ends {@code length} points each strictly higher (+1) or lower (-1) than the
     * one before, the direction. A repeated value is neither, so it breaks the trend.
     */
    static int[] trendEnds(double[] y, int length) {
        int[] ends = new int[y.length];
        int steps = length - 1;
        int rising = 0;
        int falling = 0;
        for (int k = 1; k < y.length; k++) {
            double step = y[k] - y[k - 1];
            if (step > 0) {
                rising++;
                falling = 0;
            } else if (step < 0) {
                falling++;
                rising = 0;
            } else {
                rising = 0;
                falling = 0;
            }
            if (rising >= steps) {
                ends[k] = 1;
            } else if (falling >= steps) {
                ends[k] = -1;
            }
        }
        return ends;
    }

    /**
     * Every point of the runs whose ends are given, with the run's sign. A point in two runs of
     * opposite signs (the turning point between a rising and a falling trend) takes the later run's,
     * as NHSRplotthedots does.
     */
    static int[] partOfRuns(int[] ends, int length) {
        int[] part = new int[ends.length];
        for (int k = 0; k < ends.length; k++) {
            if (ends[k] != 0) {
                for (int j = Math.max(0, k - length + 1); j <= k; j++) {
                    part[j] = ends[k];
                }
            }
        }
        return part;
    }

    /**
     * For each point, whether it lies in a window of three consecutive points with at least two beyond
     * the 2-sigma line on one side ({@link #ABOVE_WINDOW}, {@link #BELOW_WINDOW}, or both bits). With
     * {@code wholeWindowOnOneSide}, all three points of the window must be on that side of the mean.
     */
    static int[] twoOfThreeWindows(boolean[] beyond, int[] relativeToMean, boolean wholeWindowOnOneSide) {
        int[] windows = new int[beyond.length];
        for (int w = 0; w + 2 < beyond.length; w++) {
            for (int side = 1; side >= -1; side -= 2) {
                int beyondOnSide = 0;
                int onSide = 0;
                for (int j = w; j < w + 3; j++) {
                    if (relativeToMean[j] == side) {
                        onSide++;
                        if (beyond[j]) {
                            beyondOnSide++;
                        }
                    }
                }
                if (beyondOnSide >= 2 && (!wholeWindowOnOneSide || onSide == 3)) {
                    int bit = side > 0 ? ABOVE_WINDOW : BELOW_WINDOW;
                    windows[w] |= bit;
                    windows[w + 1] |= bit;
                    windows[w + 2] |= bit;
                }
            }
        }
        return windows;
    }

    /**
     * The points that make a two-of-three signal: those beyond 2-sigma inside a window found on their
     * own side. The third point of a window is not a signal; it only did not break the pattern.
     */
    static int[] partOfTwoOfThree(int[] windows, boolean[] beyond, int[] relativeToMean) {
        int[] part = new int[windows.length];
        for (int k = 0; k < windows.length; k++) {
            if (beyond[k]) {
                int side = relativeToMean[k];
                if ((side > 0 && (windows[k] & ABOVE_WINDOW) != 0) || (side < 0 && (windows[k] & BELOW_WINDOW) != 0)) {
                    part[k] = side;
                }
            }
        }
        return part;
    }
}
