package org.scrutiny.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * What a chart says beside its data: an id prefix unique on the page, the title, a description to lead
 * the screen-reader summary, the unit shown above the value axis, how numbers are written, a target to
 * draw, a note printed under the chart, whether to draw the 2-sigma lines, and the size.
 *
 * <p>Start with {@link #of(String, String)} and add what the chart needs:
 *
 * <pre>{@code
 * ChartText.of("crime-total", "Total recorded crime")
 *         .withUnit("Crimes, rolling 12 months")
 *         .withFormat(ChartText.decimals(0))
 *         .withTarget(45_000)
 *         .withTwoSigma(true)
 * }</pre>
 *
 * @param idPrefix prefix of every id in the SVG, so that several charts can share a page; made a valid
 *     XML name if it is not one
 * @param title the chart's title, drawn at its top and read first by screen readers
 * @param description a sentence put before the generated summary in {@code <desc>}; may be empty
 * @param unit what the values count, drawn above the value axis; may be empty
 * @param format writes a value for axis labels, line labels and the summary
 * @param target a target line to draw; NaN to draw the XmR chart's own target, if it has one
 * @param note a line of small print under the chart (a source, a caution); may be empty
 * @param showTwoSigma whether an XmR chart draws its 2-sigma lines
 * @param width the default width, and of the {@code viewBox}
 * @param height the default height, and of the {@code viewBox}
 */
public record ChartText(
        String idPrefix,
        String title,
        String description,
        String unit,
        DoubleFunction<String> format,
        double target,
        String note,
        boolean showTwoSigma,
        int width,
        int height) {

    public static final int DEFAULT_WIDTH = 720;
    public static final int DEFAULT_HEIGHT = 360;

    public ChartText {
        Objects.requireNonNull(idPrefix, "idPrefix");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
        note = note == null ? "" : note;
        Objects.requireNonNull(format, "format");
        if (width < 240 || height < 160) {
            throw new IllegalArgumentException("a chart needs at least 240 × 160, got " + width + " × " + height);
        }
    }

    /** A chart titled, with numbers to at most two decimals, no target, no 2-sigma lines, 720 × 360. */
    public static ChartText of(String idPrefix, String title) {
        return new ChartText(
                idPrefix, title, "", "", decimals(2), Double.NaN, "", false, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Numbers grouped by thousands with commas and at most this many decimals, as UK reports write them,
     * whatever the server's locale: {@code 48,633} and {@code 12.5}.
     */
    public static DoubleFunction<String> decimals(int maximumDecimals) {
        DecimalFormat pattern = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        pattern.setMaximumFractionDigits(maximumDecimals);
        // DecimalFormat is not thread-safe; each call formats with its own copy.
        return value -> Double.isNaN(value) ? "–" : ((DecimalFormat) pattern.clone()).format(value);
    }

    /** Percentages of values that are proportions (0.25 → 25%), with at most this many decimals. */
    public static DoubleFunction<String> percent(int maximumDecimals) {
        DoubleFunction<String> number = decimals(maximumDecimals);
        return value -> Double.isNaN(value) ? "–" : number.apply(value * 100) + "%";
    }

    public ChartText withDescription(String text) {
        return new ChartText(idPrefix, title, text, unit, format, target, note, showTwoSigma, width, height);
    }

    public ChartText withUnit(String text) {
        return new ChartText(idPrefix, title, description, text, format, target, note, showTwoSigma, width, height);
    }

    public ChartText withFormat(DoubleFunction<String> numbers) {
        return new ChartText(idPrefix, title, description, unit, numbers, target, note, showTwoSigma, width, height);
    }

    public ChartText withTarget(double value) {
        return new ChartText(idPrefix, title, description, unit, format, value, note, showTwoSigma, width, height);
    }

    public ChartText withNote(String text) {
        return new ChartText(idPrefix, title, description, unit, format, target, text, showTwoSigma, width, height);
    }

    public ChartText withTwoSigma(boolean show) {
        return new ChartText(idPrefix, title, description, unit, format, target, note, show, width, height);
    }

    public ChartText withSize(int newWidth, int newHeight) {
        return new ChartText(
                idPrefix, title, description, unit, format, target, note, showTwoSigma, newWidth, newHeight);
    }
}
