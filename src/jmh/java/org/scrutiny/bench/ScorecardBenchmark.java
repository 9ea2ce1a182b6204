package org.scrutiny.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.scrutiny.peers.PeerComparisons;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.Plans;
import org.scrutiny.scorecard.Scorecard;
import org.scrutiny.scorecard.Scorecards;
import org.scrutiny.series.Observations;
import org.scrutiny.store.Database;
import org.scrutiny.store.DatabaseSettings;
import org.scrutiny.store.Engine;

/**
 * How long a plan's scorecard takes to make: {@link ScorecardData}'s plan of 200 monthly indicators with ten years
 * of data, half of them compared with the 43 forces that hold their measures, as at the end of the tenth year. The
 * goal of issue 6 is under 200 ms. Each round is one whole scorecard, as {@code plan scorecard} makes it: the
 * one query of the plan's series, 200 charts and target assessments, and the peer comparison's queries.
 *
 * <p>The database is built once, the first time it is needed, under {@code target/bench/scorecard/} (about a minute
 * on SQLite), and reused by later runs and forks. PostgreSQL runs from the embedded binaries the tests use, with its
 * data folder kept there too.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScorecardBenchmark {
    private static final Path FOLDER = Path.of("target", "bench", "scorecard");

    @Param({"SQLITE"})
    Engine engine;

    private EmbeddedPostgres postgres;
    private Database db;
    private Plan plan;
    private Scorecards scorecards;

    @Setup(Level.Trial)
    public void openTheDatabase() throws IOException {
        db = switch (engine) {
            case SQLITE -> Database.open(DatabaseSettings.sqlite(sqlite().toString()));
            case POSTGRESQL -> openPostgres();
        };
        plan = Plans.on(db).find(ScorecardData.PLAN).orElseThrow();
        scorecards = new Scorecards(Observations.on(db), PeerComparisons.on(db));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        db.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Warm: the JIT has compiled the code and the database's pages are in its cache. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 30)
    @Measurement(iterations = 20)
    @Fork(value = 2, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
    public Scorecard scorecardOfTwoHundredIndicators() {
        return scorecards.of(plan, ScorecardData.AS_AT, null);
    }

    /** Cold: the first scorecard a fresh JVM makes, after opening the database and reading the plan. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 10, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
    public Scorecard firstScorecardInAFreshJvm() {
        return scorecards.of(plan, ScorecardData.AS_AT, null);
    }

    /**
     * The SQLite file, built first where no run has built it yet. It is built by another JVM, so that a fork that
     * finds no file is as cold as any other when it makes its first scorecard.
     */
    private static Path sqlite() throws IOException {
        Path file = FOLDER.resolve("scrutiny-v" + ScorecardData.VERSION + ".db");
        if (!Files.exists(file)) {
            Process build = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            ScorecardData.class.getName(),
                            file.toString())
                    .inheritIO()
                    .start();
            try {
                if (build.waitFor() != 0) {
                    throw new IllegalStateException("the benchmark's database could not be built");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while building the benchmark's database", e);
            }
        }
        return file;
    }

    /**
     * Starts PostgreSQL on the data folder kept from earlier runs, loading the data into it the first time; a
     * marker file says the load finished.
     */
    private Database openPostgres() throws IOException {
        Path data = FOLDER.resolve("postgres-v" + ScorecardData.VERSION);
        Path loaded = FOLDER.resolve("postgres-v" + ScorecardData.VERSION + ".loaded");
        if (!Files.exists(loaded)) {
            deleteTree(data);
        }
        Files.createDirectories(data);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start();
        String url = postgres.getJdbcUrl("postgres", "scrutiny");
        if (Files.exists(loaded)) {
            return Database.open(new DatabaseSettings(url, "postgres", null));
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE scrutiny");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the benchmark's database", e);
        }
        Database opened = Database.open(new DatabaseSettings(url, "postgres", null));
        ScorecardData.load(opened, FOLDER.resolve("scratch"));
        Files.writeString(loaded, "");
        return opened;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
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
