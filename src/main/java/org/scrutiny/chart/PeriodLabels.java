package org.scrutiny.chart;

import java.util.List;

/**
 * Which period labels an axis shows: every one if there is room, otherwise every k-th, counted back
 * from the latest period (the one readers look for), with k the smallest of 2, 3, 4, 6, 12 (a year of
 * months, four years of quarters), 24, 36, 60, 120… that keeps the widest label clear of its
 * neighbours. A label that would run off the chart's edge is left out.
 */
final class PeriodLabels {

    private static final int[] STEPS = {1, 2, 3, 4, 6, 12, 24, 36, 48, 60, 120, 240, 480, 1200};

    private PeriodLabels() {}

    static int[] shown(List<String> labels, double left, double dx, double fontSize, double gap, double rightEdge) {
        int n = labels.size();
        if (n == 0) {
            return new int[0];
        }
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, Svg.textWidth(label, fontSize));
        }
        int step = n;
        for (int candidate : STEPS) {
            if (candidate * dx >= widest + gap) {
                step = candidate;
                break;
            }
        }
        int[] picked = new int[n / step + 1];
        int count = 0;
        for (int i = n - 1; i >= 0; i -= step) {
            double half = Svg.textWidth(labels.get(i), fontSize) / 2;
            double x = left + dx * (i + 0.5);
            if (x - half >= 1 && x + half <= rightEdge) {
                picked[count++] = i;
            }
        }
        int[] shown = new int[count];
        for (int k = 0; k < count; k++) {
            shown[k] = picked[count - 1 - k];
        }
        return shown;
    }
}
