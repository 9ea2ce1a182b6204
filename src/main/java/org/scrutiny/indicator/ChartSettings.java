package org.scrutiny.indicator;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.scrutiny.series.Period;

/**
 * How an indicator's control chart is drawn and read: which chart, the lengths and variant of the
 * special-cause rules, a fixed baseline, the periods at which the limits restart, and whether the
 * 2-sigma lines are drawn. {@link #defaults()} are Making Data Count's.
 *
 * @param type the chart, or {@link ChartType#AUTO} to choose it from the unit and the data
 * @param shiftLength how many points in a row on one side of the mean make a special cause
 * @param trendLength how many points in a row, each higher (or lower) than the last, make one
 * @param twoOfThree whether points beyond the limits count towards "two of three beyond 2-sigma"
 * @param fixAfter set the limits from the first this many points and hold them after; 0 for every point
 * @param rebaseAt periods at which the limits restart, such as a change in how crime is recorded
 * @param twoSigmaLines whether the chart draws the 2-sigma lines
 * @param screening whether moving ranges of 3.267 × their mean or more are left out of the limits
 */
public record ChartSettings(
        ChartType type,
        int shiftLength,
        int trendLength,
        TwoOfThree twoOfThree,
        int fixAfter,
        List<Period> rebaseAt,
        boolean twoSigmaLines,
        boolean screening) {

    /** Making Data Count's run and trend length. */
    public static final int RUN_LENGTH = 7;

    public ChartSettings {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(twoOfThree, "twoOfThree");
        rebaseAt = rebaseAt.stream().sorted().distinct().toList();
    }

    /**
     * Making Data Count's settings, with the chart chosen from the data. Its guidance since 2023 counts
     * points beyond the limits towards two of three beyond 2-sigma; NHSRplotthedots 0.2.2 does not.
     */
    public static ChartSettings defaults() {
        return of(ChartType.AUTO);
    }

    /** The defaults with a chart type. */
    public static ChartSettings of(ChartType type) {
        return new ChartSettings(
                type, RUN_LENGTH, RUN_LENGTH, TwoOfThree.BEYOND_LIMITS_COUNT, 0, List.of(), false, true);
    }

    /** The variants of the "two of three points beyond 2-sigma" rule. */
    public enum TwoOfThree {
        /** Points beyond the limits count too (Making Data Count since 2023). */
        BEYOND_LIMITS_COUNT,
        /** Only points between the 2-sigma line and the limit count (NHSRplotthedots 0.2.2). */
        WITHIN_LIMITS_ONLY;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
