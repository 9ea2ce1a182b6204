package org.scrutiny.plan;

import java.util.Locale;

/** Whether the public may see a plan. */
public enum PlanStatus {
    DRAFT,
    PUBLISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
