package org.scrutiny.cli;

import org.scrutiny.store.Database;
import org.scrutiny.store.DatabaseSettings;
import picocli.CommandLine.Option;

/**
 * The {@code --database} option shared by commands that store or read: a JDBC URL, defaulting to
 * {@code SCRUTINY_DB_URL} (with {@code SCRUTINY_DB_USER} and {@code SCRUTINY_DB_PASSWORD}) or else the
 * SQLite file {@code ./data/scrutiny.db}.
 */
final class DatabaseOption {
    @Option(
            names = "--database",
            paramLabel = "URL",
            description = "JDBC URL of the database (default: $SCRUTINY_DB_URL or jdbc:sqlite:./data/scrutiny.db)")
    String url;

    DatabaseSettings settings() {
        DatabaseSettings fromEnvironment = DatabaseSettings.fromEnvironment(System.getenv());
        return url == null
                ? fromEnvironment
                : new DatabaseSettings(url, fromEnvironment.user(), fromEnvironment.password());
    }

    Database open() {
        return Database.open(settings());
    }
}
