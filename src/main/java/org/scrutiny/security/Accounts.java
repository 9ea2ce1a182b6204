package org.scrutiny.security;

import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates users from a name, a role and a password, checking the password and hashing it; the command
 * line and the server's first-administrator set-up both go through it.
 */
public final class Accounts {
    private final Users users;
    private final PasswordEncoder encoder;

    public Accounts(Users users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /**
     * @throws IllegalArgumentException if the name is not usable, is taken, or the password is too short
     */
    public User create(String username, String displayName, Role role, CharSequence password) {
        requireUsername(username);
        Passwords.requireAcceptable(password);
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        return users.add(username, name, Objects.requireNonNull(role), encoder.encode(password));
    }

    private static void requireUsername(String username) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new IllegalArgumentException("a username has 1 to 100 letters, digits and . _ @ - only");
        }
    }
}
