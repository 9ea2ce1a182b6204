package org.scrutiny.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.scrutiny.store.Database;
import org.scrutiny.store.DatabaseSettings;
import org.scrutiny.store.Engine;

/**
 * Where the scorecard benchmark keeps its databases of {@link ScorecardData}, one per engine, under
 * {@code target/bench/scorecard/}: built once, by a JVM of their own, and reused by every later run and fork. An SQLite
 * file is built beside its place and moved there when done; PostgreSQL, from the embedded binaries the tests use, keeps
 * its data folder there, with a marker file written once the load is done.
 */
final class ScorecardDatabases {
    private static final Path FOLDER = Path.of("target", "bench", "scorecard");
    private static final String DATABASE = "scrutiny";

    private ScorecardDatabases() {}

    /** An open database and, for PostgreSQL, the server it runs on. */
    record Opened(Database database, EmbeddedPostgres server) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            database.close();
            if (server != null) {
                server.close();
            }
        }
    }

    /**
     * Opens the engine's database, building it first where no run has built it yet. It is built by another JVM, so
     * that a fork that finds none is as cold as any other when it makes its first scorecard.
     */
    static Opened open(Engine engine) throws IOException {
        if (!Files.exists(builtMarker(engine))) {
            buildInAnotherJvm(engine);
        }
        return switch (engine) {
            case SQLITE -> new Opened(Database.open(DatabaseSettings.sqlite(sqliteFile().toString())), null);
            case POSTGRESQL -> {
                EmbeddedPostgres server = postgres(false);
                yield new Opened(Database.open(settings(server)), server);
            }
        };
    }

    /** Builds the database of the engine named. */
    public static void main(String[] args) throws IOException {
        Engine engine = Engine.valueOf(args[0]);
        switch (engine) {
            case SQLITE -> buildSqlite();
            case POSTGRESQL -> buildPostgres();
        }
    }

    private static Path sqliteFile() {
        return FOLDER.resolve("scrutiny-v" + ScorecardData.VERSION + ".db");
    }

    private static Path postgresFolder() {
        return FOLDER.resolve("postgres-v" + ScorecardData.VERSION);
    }

    private static Path builtMarker(Engine engine) {
        return switch (engine) {
            case SQLITE -> sqliteFile();
            case POSTGRESQL -> FOLDER.resolve("postgres-v" + ScorecardData.VERSION + ".loaded");
        };
    }

    private static void buildInAnotherJvm(Engine engine) throws IOException {
        Process build = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ScorecardDatabases.class.getName(),
                        engine.name())
                .inheritIO()
                .start();
        try {
            if (build.waitFor() != 0) {
                throw new IllegalStateException("the benchmark's " + engine + " database could not be built");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the benchmark's database", e);
        }
    }

    private static void buildSqlite() throws IOException {
        Path building = FOLDER.resolve("building.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(building + suffix));
        }
        try (Database db = Database.open(DatabaseSettings.sqlite(building.toString()))) {
            ScorecardData.load(db, FOLDER.resolve("scratch"));
            // Everything into the file itself, which alone is moved into place.
            db.jdbc().sql("PRAGMA wal_checkpoint(TRUNCATE)").query().singleRow();
        }
        Files.move(building, sqliteFile(), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void buildPostgres() throws IOException {
        deleteTree(postgresFolder());
        try (EmbeddedPostgres server = postgres(true)) {
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the benchmark's database", e);
            }
            try (Database db = Database.open(settings(server))) {
                ScorecardData.load(db, FOLDER.resolve("scratch"));
                // Statistics for the planner, as autovacuum would have gathered by the time anyone asks.
                db.jdbc().sql("ANALYZE").update();
            }
        }
        Files.writeString(builtMarker(Engine.POSTGRESQL), "");
    }

    /**
     * The server on the benchmark's data folder. While it is loaded, autovacuum is off: when it analyses
     * {@code observation_staging} between two loads, it finds the table empty, and PostgreSQL then checks the next
     * load's 24,000 rows for repeats with a nested loop that took more than ten minutes a load here.
     */
    private static EmbeddedPostgres postgres(boolean loading) throws IOException {
        Files.createDirectories(postgresFolder());
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(postgresFolder()).setCleanDataDirectory(false);
        if (loading) {
            builder.setServerConfig("autovacuum", "off");
        }
        return builder.start();
    }

    private static DatabaseSettings settings(EmbeddedPostgres server) {
        return new DatabaseSettings(server.getJdbcUrl("postgres", DATABASE), "postgres", null);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
