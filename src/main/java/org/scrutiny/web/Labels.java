package org.scrutiny.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates for people, written the British way whatever the server's locale; templates call
 * it as {@code @labels}. Each feature words its own values likewise (see {@code @indicatorLabels}).
 */
@Component("labels")
public final class Labels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    public String number(Double value) {
        return numberOf(value);
    }

    public String date(LocalDate date) {
        return dateOf(date);
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
}
