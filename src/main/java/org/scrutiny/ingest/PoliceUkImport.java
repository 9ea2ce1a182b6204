package org.scrutiny.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.scrutiny.forces.Forces;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.input.Problem;
import org.scrutiny.store.Database;

/**
 * Imports data.police.uk files — archives, folders laid out like them, or single CSV files — as monthly
 * counts for each force: recorded crimes by crime type, outcome group and district, anti-social behaviour
 * incidents, rows without a location, outcomes and stops and searches; and, with the reference data, rows
 * outside the force's area and rates per 1,000 people ({@link PoliceUkDerived}).
 *
 * <p>Two steps, so that a caller can open the database while the files are read: {@link #read} reads and
 * counts every file on two threads without touching a database, and rejects the whole import if any file
 * is wrong; {@link #store} then stores the counts in one transaction, adding a revision only where a value
 * changed. docs/data-sources.md describes the measures.
 */
public final class PoliceUkImport {
    private static final int THREADS =
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private PoliceUkImport() {}

    /** What a set of police.uk files holds, counted but not yet stored. */
    public static final class Counts {
        private final PoliceUkTally tally;
        private final String description;

        private Counts(PoliceUkTally tally, String description) {
            this.tally = tally;
            this.description = description;
        }

        PoliceUkTally tally() {
            return tally;
        }
    }

    /** One CSV file to read, on disk or in an archive. */
    private record Source(String name, long size, long crc, Opener opener) {}

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Reads and counts files, folders (every {@code .csv} file below them) and zip archives.
     *
     * @throws InvalidInputException naming the file, line and column of every file that cannot be read
     */
    public static Counts read(List<Path> paths) {
        List<Problem> problems = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<ZipFile> archives = new ArrayList<>();
        try {
            for (Path path : paths) {
                collect(path, sources, archives, problems);
            }
            if (problems.isEmpty() && sources.isEmpty()) {
                problems.add(Problem.ofFile(
                        paths.stream()
                                .map(Path::toString)
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("(no path)"),
                        "no .csv files found"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(sorted(problems));
            }
            sources.sort(Comparator.comparingLong(Source::size).reversed());
            PoliceUkTally tally = count(sources);
            if (!tally.problems().isEmpty()) {
                throw new InvalidInputException(sorted(tally.problems()));
            }
            // Rolled up here, while a caller may still be opening the database, rather than when storing.
            tally.values();
            return new Counts(
                    tally,
                    String.join(
                            ", ",
                            paths.stream()
                                    .map(p -> p.getFileName() == null
                                            ? p.toString()
                                            : p.getFileName().toString())
                                    .toList()));
        } finally {
            for (ZipFile archive : archives) {
                try {
                    archive.close();
                } catch (IOException ignored) {
                    // Only read from; a failure to close loses nothing.
                }
            }
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparing(Problem::file).thenComparing(Comparator.naturalOrder()));
        return copy;
    }

    private static void collect(Path path, List<Source> sources, List<ZipFile> archives, List<Problem> problems) {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                // From the folder itself where the path is a link to it (links inside it are not followed), each
                // file named below the path as given.
                Path folder = path.toRealPath();
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(".csv"))
                            .sorted()
                            .toList()) {
                        sources.add(new Source(
                                path.resolve(folder.relativize(file)).toString(),
                                Files.size(file),
                                -1,
                                () -> Files.newInputStream(file)));
                    }
                }
            } else if (!Files.isRegularFile(path)) {
                problems.add(Problem.ofFile(name, "no such file or folder"));
            } else if (isZip(path)) {
                ZipFile archive;
                try {
                    archive = new ZipFile(path.toFile());
                } catch (ZipException e) {
                    problems.add(Problem.ofFile(
                            name,
                            "not a readable zip archive: it may be truncated or corrupt (" + e.getMessage() + ")"));
                    return;
                }
                archives.add(archive);
                for (ZipEntry entry : Collections.list(archive.entries())) {
                    if (!entry.isDirectory()
                            && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                        sources.add(new Source(
                                name + "!/" + entry.getName(),
                                entry.getSize(),
                                entry.getCrc(),
                                () -> archive.getInputStream(entry)));
                    }
                }
            } else {
                sources.add(new Source(name, Files.size(path), -1, () -> Files.newInputStream(path)));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.ofFile(name, "cannot be read: " + e.getMessage()));
        }
    }

    /** A zip archive by its first bytes, whatever its name. */
    private static boolean isZip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4
                    || path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        }
    }

    private static PoliceUkTally count(List<Source> sources) {
        PoliceUkTally tally = new PoliceUkTally();
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> crash = new AtomicReference<>();
        Runnable work = () -> {
            PoliceUkScanner scanner = new PoliceUkScanner();
            for (int i = next.getAndIncrement(); i < sources.size(); i = next.getAndIncrement()) {
                Source source = sources.get(i);
                try (InputStream in = source.opener().open()) {
                    scanner.scan(source.name(), in, source.crc(), tally);
                } catch (PoliceUkScanner.Unreadable e) {
                    tally.problem(
                            e.line == 0
                                    ? Problem.ofFile(source.name(), e.getMessage())
                                    : Problem.at(source.name(), e.line, e.column, e.getMessage()));
                } catch (IOException e) {
                    tally.problem(Problem.ofFile(source.name(), "cannot be read: " + e.getMessage()));
                } catch (RuntimeException e) {
                    crash.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(THREADS, sources.size()); t++) {
            helpers.add(Thread.ofPlatform().name("police-uk-" + t).start(work));
        }
        work.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading police.uk files", e);
            }
        }
        if (crash.get() != null) {
            throw crash.get();
        }
        return tally;
    }

    /**
     * Stores counted files in one transaction as one data load: each value becomes a revision of its series
     * only where it is new or differs from the latest, so importing the same files again adds nothing.
     */
    public static PoliceUkImported store(Database database, Counts counts, String loadedBy, Clock clock) {
        PoliceUkTally tally = counts.tally;
        return database.transactions().execute(status -> {
            try (JdbcObservationLoad load = JdbcObservationLoad.begin(
                    database, null, null, "police-uk", counts.description, null, loadedBy, clock.instant())) {
                for (Map.Entry<PoliceUkTally.Cell, long[]> value :
                        tally.values().entrySet()) {
                    PoliceUkTally.Cell cell = value.getKey();
                    load.stage(
                            cell.force(),
                            new StagedRow(
                                    0,
                                    cell.measure(),
                                    cell.breakdown(),
                                    cell.month(),
                                    (double) value.getValue()[0],
                                    null,
                                    null,
                                    "provisional",
                                    null));
                }
                PoliceUkDerived derived = PoliceUkDerived.of(tally.values(), Forces.on(database));
                derived.stage(load, "provisional");
                long added = load.merge(tally.rows(), clock.instant());
                Map<String, Integer> files = new LinkedHashMap<>();
                tally.files().forEach((kind, n) -> files.put(PoliceUkFile.WHAT.get(kind), n));
                return new PoliceUkImported(
                        load.id(),
                        files,
                        tally.rows(),
                        tally.crimes(),
                        tally.antiSocial(),
                        tally.withoutLocation(),
                        tally.values().size() + derived.size(),
                        added,
                        tally.unmappedOutcomes(),
                        derived.areas(),
                        derived.rates());
            }
        });
    }
}
