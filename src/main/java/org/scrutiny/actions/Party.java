package org.scrutiny.actions;

import java.util.Locale;

/** Who is responsible for an action in a Police and Crime Plan. */
public enum Party {
    COMMISSIONER,
    CHIEF_CONSTABLE,
    PARTNERS,
    OPCC;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return switch (this) {
            case COMMISSIONER -> "Commissioner";
            case CHIEF_CONSTABLE -> "Chief Constable";
            case PARTNERS -> "Partners";
            case OPCC -> "Office of the PCC";
        };
    }
}
