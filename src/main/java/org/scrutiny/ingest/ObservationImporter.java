package org.scrutiny.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.input.Problem;
import org.scrutiny.input.Problems;
import org.scrutiny.plan.Plan;
import org.scrutiny.store.Database;

/**
 * Loads indicator data from a long CSV or XLSX file into the observations of a plan's indicators, the
 * whole file or nothing.
 *
 * <p>Rows are checked and streamed into a staging table in batches, inside one transaction, so memory
 * does not grow with the file. Only when every row has passed (and no two rows give the same indicator,
 * period and breakdown) does the database turn them into revisions; any problem rolls the whole load
 * back. Rows that repeat the latest revision add nothing, so loading a file again is harmless.
 */
public final class ObservationImporter {
    private final Database database;
    private final Clock clock;

    private ObservationImporter(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public static ObservationImporter on(Database database, Clock clock) {
        return new ObservationImporter(database, clock);
    }

    /**
     * Loads a file for the plan with an id, found through {@code plans} (such as
     * {@code Plans.on(database)::find}).
     *
     * @throws IllegalArgumentException if there is no such plan
     * @throws InvalidInputException listing every problem of a rejected file; nothing is stored
     */
    public DataImported importFile(
            Path file,
            String planId,
            Function<String, Optional<Plan>> plans,
            String loadedBy,
            ImportListener listener) {
        Plan plan = plans.apply(planId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "there is no plan '" + planId + "': import the plan before its data"));
        return importFile(file, plan, loadedBy, listener);
    }

    /**
     * Loads a file of observations of a plan's indicators.
     *
     * @throws InvalidInputException listing every problem of a rejected file; nothing is stored
     */
    public DataImported importFile(Path file, Plan plan, String loadedBy, ImportListener listener) {
        String name = file.getFileName().toString();
        String sha256 = sha256(file, name);
        if (!JdbcObservationLoad.knowsForce(database, plan.force())) {
            throw new InvalidInputException(List.of(
                    Problem.ofFile(name, "the plan's force '" + plan.force() + "' is not a known police force")));
        }
        return database.transactions().execute(status -> {
            try (DataFile data = DataFile.open(file);
                    JdbcObservationLoad load = JdbcObservationLoad.begin(
                            database,
                            plan.id(),
                            plan.force(),
                            data.format(),
                            name,
                            sha256,
                            loadedBy,
                            clock.instant())) {
                return load(data, plan, load, new Problems(name), listener);
            } catch (UnreadableFileException e) {
                throw new InvalidInputException(List.of(unreadable(name, e)));
            }
        });
    }

    private DataImported load(
            DataFile data, Plan plan, JdbcObservationLoad load, Problems problems, ImportListener listener) {
        DataRow first = nextNonBlank(data);
        if (first == null) {
            throw new InvalidInputException(List.of(Problem.ofFile(
                    problems.file(),
                    "the file is empty: it needs a header row (indicator, period, value, …) and rows of data")));
        }
        Header header = Header.read(first, plan, data, problems);
        problems.throwIfAny();
        RowChecker checker = new RowChecker(plan, header, data, problems);
        long rows = 0;
        try {
            for (DataRow row = data.next(); row != null; row = data.next()) {
                if (row.isBlank()) {
                    continue;
                }
                rows++;
                StagedRow staged = checker.check(row);
                // Rows after the first problem are still checked, to list every problem at once, and
                // still staged, so that repeated rows among them are found too.
                if (staged != null) {
                    load.stage(staged);
                }
                if (rows % JdbcObservationLoad.BATCH == 0) {
                    load.flush();
                    listener.rowsStaged(rows);
                }
            }
        } catch (UnreadableFileException e) {
            problems.add(unreadable(problems.file(), e));
        }
        if (rows == 0 && problems.isEmpty()) {
            problems.add(header.line(), 1, "no data: the file has a header but no rows");
        }
        load.reportDuplicates(problems, header.indicator() + 1, data);
        problems.throwIfAny();
        listener.storing(rows);
        long added = load.merge(rows, clock.instant());
        return new DataImported(load.id(), problems.file(), plan.id(), rows, added, rows - added);
    }

    private static DataRow nextNonBlank(DataFile data) {
        DataRow row = data.next();
        while (row != null && row.isBlank()) {
            row = data.next();
        }
        return row;
    }

    static Problem unreadable(String name, UnreadableFileException e) {
        return e.line() == 0 ? Problem.ofFile(name, e.getMessage()) : Problem.at(name, e.line(), 1, e.getMessage());
    }

    static String sha256(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(List.of(Problem.ofFile(file.toString(), "no such file")));
        }
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Problem.ofFile(name, "cannot read the file: " + e.getMessage())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
