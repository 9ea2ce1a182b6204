package org.scrutiny.security;

import java.time.Instant;

/**
 * A person who can sign in.
 *
 * @param passwordHash the hash with its algorithm prefix, such as {@code {argon2}$argon2id$…}; never the password
 */
public record User(
        String username, String displayName, Role role, String passwordHash, boolean enabled, Instant createdAt) {

    @Override
    public String toString() {
        return "User[" + username + ", " + role + (enabled ? "" : ", disabled") + "]";
    }
}
