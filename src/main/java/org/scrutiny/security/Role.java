package org.scrutiny.security;

import java.util.Locale;

/** What a signed-in user may do. The public, who are not signed in, have no role and see published pages. */
public enum Role {
    /** Everything, including managing users. */
    ADMIN,
    /** Keeps the plan and the data: publishes and withdraws plans, records progress. */
    ANALYST,
    /** An action owner: records progress on actions. */
    CONTRIBUTOR,
    /** Reads everything, drafts included, and changes nothing. */
    VIEWER;

    /** Reads a role as typed on the command line, in any case. */
    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException(
                "unknown role '" + text + "': expected one of admin, analyst, contributor, viewer");
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
