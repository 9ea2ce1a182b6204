package org.scrutiny.actions;

import java.util.Locale;

/** Where an action stands. Whether it is overdue follows from its due date and is not a status. */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    AT_RISK,
    COMPLETE,
    DEFERRED,
    CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
