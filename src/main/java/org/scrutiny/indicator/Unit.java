package org.scrutiny.indicator;

import java.util.Locale;

/** What an indicator's values count or measure. */
public enum Unit {
    COUNT,
    PERCENT,
    RATE_PER_1000,
    SECONDS,
    MINUTES,
    HOURS,
    DAYS,
    MONEY,
    GRADE,
    SCORE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
