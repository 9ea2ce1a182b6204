package org.scrutiny.store;

/**
 * Thrown when the server is told to use a database but not which one: typically the {@code postgres}
 * profile without {@code SCRUTINY_DB_URL} in the environment.
 */
final class MissingDatabaseUrlException extends IllegalStateException {
    MissingDatabaseUrlException() {
        super("no database URL: set SCRUTINY_DB_URL (with SCRUTINY_DB_USER and SCRUTINY_DB_PASSWORD) to"
                + " jdbc:postgresql://HOST/DATABASE, or leave out the postgres profile to use SQLite");
    }
}
