package org.scrutiny.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * The calendar months a value covers, from the first to the last, both included. Every period Scrutiny
 * holds is a run of whole months, so spans are how the analysis compares a monthly series with an annual
 * target, or a financial year with a rolling year that ends in March.
 */
public record MonthSpan(YearMonth first, YearMonth last) {

    public MonthSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a span cannot end (" + last + ") before it starts (" + first + ")");
        }
    }

    /** One month. */
    public static MonthSpan of(YearMonth month) {
        return new MonthSpan(month, month);
    }

    /** The months from the first day of one date's month to the last of another's. */
    public static MonthSpan of(LocalDate start, LocalDate end) {
        return new MonthSpan(YearMonth.from(start), YearMonth.from(end));
    }

    /** The given number of months ending with a month. */
    public static MonthSpan ending(YearMonth last, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("a span has at least one month: " + months);
        }
        return new MonthSpan(last.minusMonths(months - 1L), last);
    }

    public int months() {
        return (int) first.until(last, ChronoUnit.MONTHS) + 1;
    }

    /** The last day of the span. */
    public LocalDate endDate() {
        return last.atEndOfMonth();
    }

    /** Whether every month of another span is in this one. */
    public boolean encloses(MonthSpan other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    /** A plain label, such as {@code Mar 2016} or {@code 12 months to Mar 2016}. */
    public String label() {
        String end = month(last);
        return months() == 1 ? end : months() + " months to " + end;
    }

    private static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + month.getYear();
    }
}
