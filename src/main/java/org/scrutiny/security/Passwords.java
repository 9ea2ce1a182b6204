package org.scrutiny.security;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How Scrutiny hashes passwords and which it accepts. Hashes are Argon2id, stored with an
 * {@code {argon2}} prefix so that a stronger algorithm can be added later without a migration.
 */
public final class Passwords {
    public static final int MINIMUM_LENGTH = 12;

    private Passwords() {}

    public static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    /**
     * Refuses a password too short to resist guessing.
     *
     * @throws IllegalArgumentException saying why, without repeating the password
     */
    public static void requireAcceptable(CharSequence password) {
        if (password == null || password.toString().isBlank()) {
            throw new IllegalArgumentException("a password is required");
        }
        if (password.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException(
                    "the password is too short: it must have at least " + MINIMUM_LENGTH + " characters");
        }
    }
}
