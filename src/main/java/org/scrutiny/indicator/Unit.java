package org.scrutiny.indicator;

import java.util.Locale;

/**
 * What an indicator's values count or measure. An {@link #ASSESSMENT} is a judgement in words, such as
 * an inspection's findings or a force's self-assessment: the plan lists it, but it has no values to
 * load or chart.
 */
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
    SCORE,
    ASSESSMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
