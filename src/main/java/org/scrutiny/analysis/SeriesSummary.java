package org.scrutiny.analysis;

import java.util.OptionalDouble;

/**
 * The plain facts of a series of values in period order, for the sentence that sums a series up beside
 * its table: how many values it has, their mean, lowest and highest, the latest, and the change from the
 * value before it. Missing values (NaN) are gaps: they are not counted and not compared across.
 */
public record SeriesSummary(
        int count, double mean, double min, double max, OptionalDouble latest, OptionalDouble change) {

    public static SeriesSummary of(double[] values) {
        int count = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                count++;
                sum += value;
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (count == 0) {
            return new SeriesSummary(
                    0, Double.NaN, Double.NaN, Double.NaN, OptionalDouble.empty(), OptionalDouble.empty());
        }
        int last = values.length - 1;
        while (Double.isNaN(values[last])) {
            last--;
        }
        // A change is only meaningful between adjacent periods; across a gap it would hide the gap.
        OptionalDouble change = last > 0 && !Double.isNaN(values[last - 1])
                ? OptionalDouble.of(values[last] - values[last - 1])
                : OptionalDouble.empty();
        return new SeriesSummary(count, sum / count, min, max, OptionalDouble.of(values[last]), change);
    }
}
