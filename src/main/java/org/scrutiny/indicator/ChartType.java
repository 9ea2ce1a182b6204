package org.scrutiny.indicator;

import java.util.Locale;

/** A control chart an indicator may ask for in place of the one chosen from its unit and data. */
public enum ChartType {
    AUTO,
    RUN,
    XMR,
    P,
    P_PRIME,
    U,
    U_PRIME,
    C,
    NONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
