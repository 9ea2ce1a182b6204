package org.scrutiny.series;

/** Thrown when text cannot be read as a {@link Period}; the message is fit to show a user. */
public final class PeriodFormatException extends IllegalArgumentException {
    public PeriodFormatException(String message) {
        super(message);
    }

    static PeriodFormatException notAPeriod(String text) {
        return new PeriodFormatException("'" + text + "' is not a period (expected a month such as 2019-01, a"
                + " financial year such as 2019/20, a quarter such as 2019/20 Q1, a half such as 2019/20 H1, a"
                + " year such as 2019, or 12 months to 2019-03)");
    }
}
