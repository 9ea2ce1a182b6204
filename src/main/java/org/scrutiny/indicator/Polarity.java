package org.scrutiny.indicator;

import java.util.Locale;

/** Which way is better for an indicator: it turns a control-chart signal into improvement or concern. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NEITHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
