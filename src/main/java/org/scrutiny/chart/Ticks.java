package org.scrutiny.chart;

/**
 * "Nice" ticks for a value axis: a step of 1, 2, 2.5 or 5 times a power of ten, and an axis that starts
 * and ends on a tick and covers the data.
 */
record Ticks(double min, double max, double step, int count) {

    static Ticks nice(double low, double high, int wanted) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return new Ticks(0, 1, 0.25, 5);
        }
        if (high - low <= Math.abs(high) * 1e-12) {
            // A flat series: make room around the value.
            double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
            low -= pad;
            high += pad;
        }
        double rough = (high - low) / Math.max(1, wanted - 1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double norm = rough / magnitude;
        double step;
        if (norm <= 1) {
            step = magnitude;
        } else if (norm <= 2) {
            step = 2 * magnitude;
        } else if (norm <= 2.5) {
            step = 2.5 * magnitude;
        } else if (norm <= 5) {
            step = 5 * magnitude;
        } else {
            step = 10 * magnitude;
        }
        // A little room so that points on the extremes do not sit on the frame.
        double first = Math.floor(low / step - 1e-9) * step;
        double last = Math.ceil(high / step + 1e-9) * step;
        if (low - first < step * 0.05 && low != 0) {
            first -= step;
        }
        if (last - high < step * 0.05) {
            last += step;
        }
        int count = (int) Math.round((last - first) / step) + 1;
        return new Ticks(first, last, step, count);
    }

    /** The k-th tick, computed from the first so that errors do not accumulate, and snapped to the step. */
    double value(int k) {
        double v = min + k * step;
        double snapped = Math.round(v / step) * step;
        return Math.abs(snapped) < step * 1e-9 ? 0 : snapped;
    }
}
