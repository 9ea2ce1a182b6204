package org.scrutiny.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.scrutiny.series.Period;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates for people, written the British way whatever the server's locale; templates call
 * it as {@code @labels}. Each feature words its own values likewise (see {@code @indicatorLabels}).
 */
@Component("labels")
public final class Labels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    public String number(Double value) {
        return numberOf(value);
    }

    public String date(LocalDate date) {
        return dateOf(date);
    }

    public String period(Period period) {
        return periodOf(period);
    }

    /** A number with thousands separated and at most two decimals: {@code 12,345.67}; empty for none. */
    public static String numberOf(Double value) {
        if (value == null) {
            return "";
        }
        // DecimalFormat is not thread-safe, and pages render concurrently.
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    /** A date as people write it: {@code 31 March 2019}; empty for none. */
    public static String dateOf(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * A period in words, months spelt out: {@code January 2019}, {@code 12 months to March 2019},
     * {@code April to June 2019 (2019/20 Q1)}. The short label stays in brackets where it is the name
     * people know a financial period by; empty for none.
     */
    public static String periodOf(Period period) {
        if (period == null) {
            return "";
        }
        return switch (period) {
            case Period.CalendarMonth p -> MONTH.format(p.month());
            case Period.CalendarYear p -> String.valueOf(p.year());
            case Period.RollingYear p -> "12 months to " + MONTH.format(p.lastMonth());
            case Period.FinancialQuarter p -> span(p) + " (" + p.label() + ")";
            case Period.FinancialHalf p -> span(p) + " (" + p.label() + ")";
            case Period.FinancialYear p -> span(p) + " (" + p.label() + ")";
        };
    }

    private static String span(Period period) {
        YearMonth first = YearMonth.from(period.start());
        YearMonth last = YearMonth.from(period.end());
        return (first.getYear() == last.getYear() ? MONTH_ONLY : MONTH).format(first) + " to " + MONTH.format(last);
    }
}
