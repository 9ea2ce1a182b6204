package org.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutiny.plan.Plan;
import org.scrutiny.store.Database;
import org.scrutiny.store.DatabaseSettings;

/**
 * Kills a process in the middle of a large import with SIGKILL, as a power cut or the out-of-memory
 * killer would, and checks that the SQLite database is intact and holds all of the load or none of it.
 */
class ImportCrashSafetyTest {
    private static final int INDICATORS = 100;
    private static final int MONTHS = 3_000;
    private static final int ROWS = INDICATORS * MONTHS;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "killed while {0}")
    @ValueSource(strings = {"staging", "storing"})
    void leavesAnIntactDatabaseWithAllOrNoneOfALoadKilledMidway(String phase) throws Exception {
        Path database = folder.resolve("scrutiny.db");
        Plan plan = TestPlans.many(INDICATORS);
        try (Database db = open(database)) {
            TestPlans.store(db, plan);
        }
        Path file = generate(folder.resolve("big.csv"));

        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledImport.class.getName(),
                        database.toString(),
                        file.toString(),
                        Integer.toString(INDICATORS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String reached = awaitLine(child, phase);
        // A moment's grace so that the kill lands in the middle of the work, not at its first step.
        Thread.sleep(phase.equals("staging") ? 300 : 100);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (Database db = open(database)) {
            assertThat(db.jdbc()
                            .sql("PRAGMA integrity_check")
                            .query(String.class)
                            .single())
                    .isEqualTo("ok");
            long loads = ObservationImporterTest.count(db, "data_load");
            long observations = ObservationImporterTest.count(db, "observation");
            System.out.printf(
                    "killed while %s (%s): %d loads, %d observations kept%n", phase, reached, loads, observations);
            assertThat(ObservationImporterTest.count(db, "observation_staging")).isZero();
            if (loads == 0) {
                assertThat(observations).isZero();
                assertThat(ObservationImporterTest.count(db, "series")).isZero();
            } else {
                assertThat(loads).isEqualTo(1);
                assertThat(observations).isEqualTo(ROWS);
            }
            Path more = Files.writeString(folder.resolve("more.csv"), "indicator,period,value\nM0,2500-01,1\n");
            DataImported after = ObservationImporter.on(db, Clock.systemUTC())
                    .importFile(more, plan, "after-the-crash", ImportListener.NONE);
            assertThat(after.revisionsAdded()).as("a load after the crash").isEqualTo(1);
        }
    }

    private static Database open(Path file) {
        return Database.open(DatabaseSettings.sqlite(file.toString()));
    }

    private static Path generate(Path file) throws IOException {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("indicator,period,value,status\n");
            YearMonth first = YearMonth.of(1800, 1);
            for (int m = 0; m < MONTHS; m++) {
                String month = first.plusMonths(m).toString();
                for (int i = 0; i < INDICATORS; i++) {
                    out.write("M" + i + "," + month + "," + (m * 7 + i) % 1000 + ",final\n");
                }
            }
        }
        return file;
    }

    /** Waits for the child to say a word; a child that finishes or fails first fails the test. */
    private static String awaitLine(Process child, String expected) throws IOException {
        var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(expected)) {
                return line;
            }
            if (line.startsWith("done") || System.nanoTime() > deadline) {
                child.destroyForcibly();
                fail("the child did not stop at '" + expected + "' in time: " + line);
            }
        }
        fail("the child ended before '" + expected + "' (exit " + waitForExit(child) + ")");
        return null;
    }

    private static int waitForExit(Process child) {
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
