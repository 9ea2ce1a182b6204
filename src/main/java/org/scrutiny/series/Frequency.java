package org.scrutiny.series;

import java.util.Locale;

/** How often an indicator is measured, and so which kind of period its observations cover. */
public enum Frequency {
    MONTHLY,
    QUARTERLY,
    SIX_MONTHLY,
    ANNUAL;

    /** The spelling used in plan files and data files: {@code monthly}, {@code six-monthly}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Frequency fromCode(String code) {
        for (Frequency f : values()) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown frequency '" + code + "'");
    }
}
