package org.scrutiny.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.scrutiny.store.Database;
import org.springframework.dao.DuplicateKeyException;

/** The users, in the {@code app_user} table. */
final class JdbcUsers implements Users {
    private final Database database;

    JdbcUsers(Database database) {
        this.database = database;
    }

    @Override
    public User add(String username, String displayName, Role role, String passwordHash) {
        Instant now = Instant.now();
        return database.transactions().execute(status -> {
            // Checked inside the transaction as well as by the UNIQUE constraint, for a message people understand.
            if (find(username).isPresent()) {
                throw new IllegalArgumentException("a user called '" + username + "' already exists");
            }
            try {
                database.jdbc()
                        .sql("""
                                INSERT INTO app_user (username, display_name, password_hash, role, enabled, created_at)
                                VALUES (:username, :displayName, :hash, :role, TRUE, :createdAt)
                                """)
                        .param("username", username)
                        .param("displayName", displayName)
                        .param("hash", passwordHash)
                        .param("role", role.name())
                        .param("createdAt", now.toEpochMilli())
                        .update();
            } catch (DuplicateKeyException e) {
                throw new IllegalArgumentException("a user called '" + username + "' already exists", e);
            }
            return new User(username, displayName, role, passwordHash, true, Instant.ofEpochMilli(now.toEpochMilli()));
        });
    }

    @Override
    public Optional<User> find(String username) {
        return database.jdbc()
                .sql("""
                        SELECT username, display_name, password_hash, role, enabled, created_at
                        FROM app_user WHERE username = :username
                        """)
                .param("username", username)
                .query(JdbcUsers::user)
                .optional();
    }

    @Override
    public List<User> all() {
        return database.jdbc().sql("""
                        SELECT username, display_name, password_hash, role, enabled, created_at
                        FROM app_user ORDER BY username
                        """).query(JdbcUsers::user).list();
    }

    @Override
    public boolean hasAdministrator() {
        return database.jdbc()
                        .sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE")
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        return new User(
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
