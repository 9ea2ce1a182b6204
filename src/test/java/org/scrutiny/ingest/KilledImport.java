package org.scrutiny.ingest;

import java.nio.file.Path;
import java.time.Clock;
import org.scrutiny.store.Database;
import org.scrutiny.store.DatabaseSettings;

/**
 * The child process of {@link ImportCrashSafetyTest}: imports a generated file into an SQLite database
 * and says on standard output when it is staging and when it is storing, so that the test knows when
 * to kill it. Also handy for measuring an import: {@code java -cp … KilledImport DB CSV INDICATORS}.
 */
final class KilledImport {
    private KilledImport() {}

    public static void main(String[] args) {
        Path database = Path.of(args[0]);
        Path file = Path.of(args[1]);
        int indicators = Integer.parseInt(args[2]);
        try (Database db = Database.open(DatabaseSettings.sqlite(database.toString()))) {
            long started = System.nanoTime();
            DataImported done = ObservationImporter.on(db, Clock.systemUTC())
                    .importFile(file, TestPlans.many(indicators), "crash-test", new ImportListener() {
                        @Override
                        public void rowsStaged(long rows) {
                            if (rows == 10_000) {
                                say("staging");
                            }
                        }

                        @Override
                        public void storing(long rows) {
                            say("storing");
                        }
                    });
            long millis = (System.nanoTime() - started) / 1_000_000;
            say("done " + done.rowsRead() + " rows, " + done.revisionsAdded() + " revisions in " + millis + " ms");
        }
    }

    private static final long START = System.nanoTime();

    private static void say(String line) {
        System.out.println(line);
        System.err.println(line + " after " + (System.nanoTime() - START) / 1_000_000 + " ms");
        System.out.flush();
    }
}
