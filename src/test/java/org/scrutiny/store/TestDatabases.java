package org.scrutiny.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, migrated databases for storage tests on either engine. PostgreSQL runs from the embedded
 * binaries on Maven Central, started once per test run; every test gets a database of its own.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EnumSource(Engine.class)
 * void storesThings(Engine engine) {
 *     try (Database db = TestDatabases.fresh(engine)) { ... }
 * }
 * }</pre>
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    public static Database fresh(Engine engine) {
        return Database.open(freshSettings(engine));
    }

    /** Settings for a new, empty database that nothing else uses. */
    public static DatabaseSettings freshSettings(Engine engine) {
        return switch (engine) {
            case SQLITE -> DatabaseSettings.sqlite(freshSqliteFile().toString());
            case POSTGRESQL -> freshPostgres();
        };
    }

    private static Path freshSqliteFile() {
        try {
            return Files.createTempDirectory("scrutiny-test").resolve("scrutiny.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized DatabaseSettings freshPostgres() {
        EmbeddedPostgres server = postgres();
        String name = "scrutiny_test_" + COUNTER.incrementAndGet();
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new DatabaseSettings(server.getJdbcUrl("postgres", name), "postgres", null);
    }

    private static EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The test run is ending; the server's temporary folder goes with it.
                }
            }));
        }
        return postgres;
    }
}
