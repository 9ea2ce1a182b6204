package org.scrutiny.security;

import java.util.List;
import java.util.Optional;
import org.scrutiny.store.Database;

/** The people who can sign in, with their roles and password hashes. */
public interface Users {

    static Users on(Database database) {
        return new JdbcUsers(database);
    }

    /**
     * Adds a user whose password is already hashed.
     *
     * @throws IllegalArgumentException if the username is taken
     */
    User add(String username, String displayName, Role role, String passwordHash);

    Optional<User> find(String username);

    /** Every user, by username. */
    List<User> all();

    /** Whether any enabled administrator exists, so that the first one can be created. */
    boolean hasAdministrator();
}
