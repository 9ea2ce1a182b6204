package org.scrutiny.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.scrutiny.ingest.DataImported;
import org.scrutiny.ingest.HomeOfficeImported;
import org.scrutiny.ingest.HomeOfficeImporter;
import org.scrutiny.ingest.ImportListener;
import org.scrutiny.ingest.ObservationImporter;
import org.scrutiny.ingest.PoliceUkImport;
import org.scrutiny.ingest.PoliceUkImported;
import org.scrutiny.ingest.RatesStored;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.Plans;
import org.scrutiny.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code data} command: loads indicator data into the database. */
@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        description = "Loads indicator data.",
        subcommands = {DataCommand.Import.class, DataCommand.ImportHomeOffice.class, DataCommand.ImportPoliceUk.class})
final class DataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** How the command finds a stored plan by its id. */
    static final Function<Database, Function<String, Optional<Plan>>> STORED_PLANS =
            database -> Plans.on(database)::find;

    /** A count and what it counts, in the singular where the count is 1: "1 street row has", "2 street rows have". */
    private static String counted(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /**
     * Prints what an import says of its rates per 1,000 people: how many were stored and with the population of
     * which year, then the forces and years that got none.
     *
     * @param measures the measures stored, in words
     * @param populationOf the year a period is rated over, in words: "the month's year"
     * @param periodsOf the periods of a year, in words that a year follows: "months of"
     */
    private static void printRates(
            PrintWriter out, RatesStored rates, String measures, String populationOf, String periodsOf) {
        if (rates.values() > 0) {
            List<Integer> same = rates.populationYears().entrySet().stream()
                    .filter(e -> e.getKey().equals(e.getValue()))
                    .map(Map.Entry::getKey)
                    .toList();
            List<String> earlier = rates.populationYears().entrySet().stream()
                    .filter(e -> !e.getKey().equals(e.getValue()))
                    .map(e -> "of " + e.getValue() + " for " + periodsOf + " " + e.getKey())
                    .toList();
            out.printf(
                    Locale.ROOT,
                    "Stored %s per 1,000 people (%s) with the ONS mid-year population of %s%s%s.%n",
                    counted(rates.values(), "rate", "rates"),
                    measures,
                    populationOf,
                    same.isEmpty() ? "" : " (" + years(same) + ")",
                    earlier.isEmpty()
                            ? ""
                            : "; where none is held for that year, of the latest earlier year: "
                                    + String.join(", ", earlier));
        }
        if (!rates.withoutPopulation().isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "No rates for %s: no population is held for %s (the ONS estimates held cover the 39 forces of"
                            + " England).%n",
                    String.join(", ", rates.withoutPopulation()),
                    rates.withoutPopulation().size() == 1 ? "it" : "them");
        }
        if (!rates.yearsWithoutPopulation().isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "No rates for %s %s: no population is held for %s or any earlier one.%n",
                    periodsOf,
                    years(List.copyOf(rates.yearsWithoutPopulation())),
                    rates.yearsWithoutPopulation().size() == 1 ? "that year" : "those years");
        }
    }

    /** Years in order, a run of consecutive ones written as its first and last: 2009 to 2018. */
    private static String years(List<Integer> years) {
        List<String> runs = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= years.size(); i++) {
            if (i == years.size() || years.get(i) != years.get(i - 1) + 1) {
                runs.add(i - 1 == from ? "" + years.get(from) : years.get(from) + " to " + years.get(i - 1));
                from = i;
            }
        }
        return String.join(", ", runs);
    }

    /** {@code data import FILE --plan ID}: loads a CSV or XLSX file of observations, all of it or none. */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Loads a long CSV or XLSX file of observations of a plan's indicators: columns indicator,"
                        + " period, a column per breakdown, value, numerator, denominator, status, note.",
                "Every row is checked first; one bad row rejects the whole file and nothing is stored."
            })
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "the .csv or .xlsx file")
        Path file;

        @Option(names = "--plan", required = true, paramLabel = "ID", description = "the id of the plan")
        String planId;

        @Mixin
        LoadedByOption loadedBy = new LoadedByOption();

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        CommandSpec spec;

        private final Function<Database, Function<String, Optional<Plan>>> plans;

        Import() {
            this(STORED_PLANS);
        }

        Import(Function<Database, Function<String, Optional<Plan>>> plans) {
            this.plans = plans;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Progress progress = new Progress(err, System.console() != null);
            try (Database db = database.open()) {
                DataImported done;
                try {
                    done = ObservationImporter.on(db, Clock.systemUTC())
                            .importFile(file, planId, plans.apply(db), loadedBy.name, progress);
                } finally {
                    progress.clear();
                }
                spec.commandLine()
                        .getOut()
                        .printf(
                                Locale.ROOT,
                                "Loaded %s for plan %s: %s read, %s added, %,d unchanged (load %d).%n",
                                done.fileName(),
                                done.planId(),
                                counted(done.rowsRead(), "row", "rows"),
                                counted(done.revisionsAdded(), "revision", "revisions"),
                                done.unchanged(),
                                done.loadId());
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    /** {@code data import-home-office FILE}: loads a Home Office police recorded crime table, all of it or none. */
    @Command(
            name = "import-home-office",
            mixinStandardHelpOptions = true,
            description = {
                "Loads a Home Office police recorded crime table for every force: the table by police force area"
                        + " with rolling 12-month totals, or the open data table of counts by financial quarter."
                        + " The layout is recognised by its header.",
                "Besides each offence it stores sums of offences: the total and burglary across the 2017"
                        + " reclassification, and for rolling years violence against the person, victim-based crime,"
                        + " other crimes against society, serious acquisitive crime and domestic-or-residential"
                        + " burglary, with their rates per 1,000 people over the ONS mid-year population of the"
                        + " year whose 30 June the rolling year spans (forces with no population held get none).",
                "Rows of Action Fraud, CIFAS and UK Finance, which are not police force areas, are skipped. One bad"
                        + " row rejects the whole file and nothing is stored; loading a file again adds nothing."
            })
    static final class ImportHomeOffice implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "the .csv file as published")
        Path file;

        @Mixin
        LoadedByOption loadedBy = new LoadedByOption();

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Database db = database.open()) {
                HomeOfficeImported done =
                        HomeOfficeImporter.on(db, Clock.systemUTC()).importFile(file, loadedBy.name);
                PrintWriter out = spec.commandLine().getOut();
                out.printf(
                        Locale.ROOT,
                        "Loaded %s (%s): %s read, %s with the derived sums and rates, %s added, %,d unchanged"
                                + " (load %d).%n",
                        done.fileName(),
                        done.layout(),
                        counted(done.rowsRead(), "row", "rows"),
                        counted(done.values(), "value", "values"),
                        counted(done.revisionsAdded(), "revision", "revisions"),
                        done.unchanged(),
                        done.loadId());
                if (done.skipped() > 0) {
                    out.printf(
                            Locale.ROOT,
                            "Skipped %s of %s: not police force areas.%n",
                            counted(done.skipped(), "row", "rows"),
                            String.join(", ", done.skippedAreas()));
                }
                if (!done.ungrouped().isEmpty()) {
                    out.printf(
                            Locale.ROOT,
                            "Offences in none of the groups the sums are made of (victim-based crime, other crimes"
                                    + " against society, fraud), so counted in the total only: %s.%n",
                            String.join(", ", done.ungrouped()));
                }
                printRates(
                        out,
                        done.rates(),
                        "home-office/crime-per-1000/, of the total and each sum",
                        "the year whose 30 June the rolling year spans",
                        "rolling years spanning 30 June of");
                out.flush();
                return 0;
            }
        }
    }

    /** A progress line on a terminal, rewritten in place; nothing at all when the output is not a terminal. */
    private static final class Progress implements ImportListener {
        private static final long EVERY_MILLIS = 200;

        private final PrintWriter err;
        private final boolean shown;
        private long lastShown;
        private int width;

        Progress(PrintWriter err, boolean shown) {
            this.err = err;
            this.shown = shown;
        }

        @Override
        public void rowsStaged(long rows) {
            long now = System.nanoTime() / 1_000_000;
            if (now - lastShown >= EVERY_MILLIS) {
                lastShown = now;
                show("checked " + counted(rows, "row", "rows"));
            }
        }

        @Override
        public void storing(long rows) {
            show("checked " + counted(rows, "row", "rows") + "; storing the changes");
        }

        void clear() {
            if (shown && width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
                width = 0;
            }
        }

        private void show(String line) {
            if (!shown) {
                return;
            }
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            err.flush();
            width = Math.max(width, line.length());
        }
    }

    /**
     * {@code data import-police-uk PATH…}: loads data.police.uk archives, folders laid out like them, or single
     * files, as monthly counts for each force.
     */
    @Command(
            name = "import-police-uk",
            mixinStandardHelpOptions = true,
            description = {
                "Loads data.police.uk street, outcomes and stop-and-search files (a zip archive as downloaded, a"
                        + " folder of YYYY-MM/YYYY-MM-<force>-street.csv files, or single CSV files) as monthly"
                        + " counts for each force: recorded crimes by crime type, outcome and district,"
                        + " anti-social behaviour, rows without a location, outcomes, stops and searches.",
                "With the reference data it also stores, for each force and month, the street rows in districts of"
                        + " other forces' areas (police-uk/rows-outside-area) and in districts it does not know"
                        + " (police-uk/rows-in-unknown-district), and rates per 1,000 people of crimes, by crime"
                        + " type, and of anti-social behaviour, over the ONS mid-year population of the month's year"
                        + " or the latest earlier year held; forces with no population held (Wales, British"
                        + " Transport Police, Northern Ireland) get no rate.",
                "Every file is read first; one bad file rejects the whole import and nothing is stored."
            })
    static final class ImportPoliceUk implements Callable<Integer> {
        /** Other forces named for a force's rows outside its area; the rest are counted. */
        private static final int OTHER_FORCES_SHOWN = 3;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "zip archives, folders or .csv files")
        List<Path> paths;

        @Mixin
        LoadedByOption loadedBy = new LoadedByOption();

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            // The database is opened and migrated while the files are read: each takes a good part of a second.
            // A thread of its own rather than the common pool, whose threads cannot see the jar's JDBC drivers.
            CompletableFuture<Database> opening = new CompletableFuture<>();
            Thread.ofPlatform().name("database-open").start(() -> {
                try {
                    opening.complete(database.open());
                } catch (Throwable e) {
                    opening.completeExceptionally(e);
                }
            });
            PoliceUkImport.Counts counts;
            try {
                counts = PoliceUkImport.read(paths);
            } catch (RuntimeException e) {
                closeWhenOpen(opening);
                throw e;
            }
            Database db;
            try {
                db = opening.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            try (db) {
                PoliceUkImported done = PoliceUkImport.store(db, counts, loadedBy.name, Clock.systemUTC());
                PrintWriter out = spec.commandLine().getOut();
                out.printf(
                        Locale.ROOT,
                        "Read %s: %s: %s, %s.%n",
                        filesOf(done.files()),
                        counted(done.rows(), "row", "rows"),
                        counted(done.crimes(), "crime", "crimes"),
                        counted(
                                done.antiSocialBehaviour(),
                                "anti-social behaviour incident",
                                "anti-social behaviour incidents"));
                out.printf(
                        Locale.ROOT,
                        "%s no location (no LSOA): %s in the totals, in no district, and stored as"
                                + " police-uk/rows-without-location.%n",
                        counted(done.withoutLocation(), "street row has", "street rows have"),
                        done.withoutLocation() == 1 ? "it is" : "they are");
                printAreas(out, done.areas());
                printRates(
                        out,
                        done.rates(),
                        "police-uk/crimes-per-1000, total and by crime type; police-uk/anti-social-behaviour-per-1000",
                        "the month's year",
                        "months of");
                if (!done.unmappedOutcomes().isEmpty()) {
                    out.printf(
                            Locale.ROOT,
                            "Outcome categories not in the mapping, counted as outcome=other: %s.%n",
                            String.join(
                                    ", ",
                                    done.unmappedOutcomes().entrySet().stream()
                                            .map(e -> String.format(
                                                    Locale.ROOT,
                                                    "'%s' (%s)",
                                                    e.getKey(),
                                                    counted(e.getValue(), "row", "rows")))
                                            .toList()));
                }
                out.printf(
                        Locale.ROOT,
                        "Stored %s (load %d): %s added, %,d unchanged.%n",
                        counted(done.values(), "value", "values"),
                        done.loadId(),
                        counted(done.revisionsAdded(), "revision", "revisions"),
                        done.unchanged());
                out.flush();
                return 0;
            }
        }

        /**
         * Waits for the database the command began to open, and closes it: a command that ends early leaves no
         * migration running behind it.
         */
        private static void closeWhenOpen(CompletableFuture<Database> opening) {
            try {
                opening.join().close();
            } catch (CompletionException ignored) {
                // The files were rejected already; that the database could not be opened either adds nothing.
            }
        }

        private static void printAreas(PrintWriter out, PoliceUkImported.Areas areas) {
            long outside = areas.outsideAreaRows();
            out.printf(
                    Locale.ROOT,
                    "%s in a district of another force's area: %s stored as police-uk/rows-outside-area.%n",
                    counted(outside, "street row lies", "street rows lie"),
                    outside == 1
                            ? "it stays in its force's totals and is"
                            : "they stay in their force's totals and are");
            areas.outsideArea().forEach((force, byOther) -> {
                List<Map.Entry<String, Long>> largest = byOther.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .toList();
                String shown = String.join(
                        ", ",
                        largest.stream()
                                .limit(OTHER_FORCES_SHOWN)
                                .map(e -> String.format(Locale.ROOT, "%s (%,d)", e.getKey(), e.getValue()))
                                .toList());
                int more = largest.size() - OTHER_FORCES_SHOWN;
                out.printf(
                        Locale.ROOT,
                        "  %s: %,d, in districts of %s%s.%n",
                        force,
                        byOther.values().stream().mapToLong(Long::longValue).sum(),
                        shown,
                        more > 0 ? " and " + counted(more, "more force", "more forces") : "");
            });
            long unknown = areas.unknownDistrictRows();
            if (unknown > 0) {
                out.printf(
                        Locale.ROOT,
                        "%s the reference data does not know: %s stored as police-uk/rows-in-unknown-district.%n",
                        counted(unknown, "street row is in a district", "street rows are in districts"),
                        unknown == 1
                                ? "it stays in its force's totals and district= series and is"
                                : "they stay in their force's totals and district= series and are");
                areas.unknownDistricts()
                        .forEach((force, districts) -> out.printf(
                                Locale.ROOT,
                                "  %s: %s.%n",
                                force,
                                String.join(
                                        ", ",
                                        districts.entrySet().stream()
                                                .map(e -> String.format(
                                                        Locale.ROOT, "%s (%,d)", e.getKey(), e.getValue()))
                                                .toList())));
            }
            if (!areas.withoutArea().isEmpty()) {
                out.printf(
                        Locale.ROOT,
                        "%s: no district lies in %s area in the reference data, so no row is counted as outside it.%n",
                        String.join(", ", areas.withoutArea()),
                        areas.withoutArea().size() == 1 ? "its" : "their");
            }
        }

        private static String filesOf(Map<String, Integer> files) {
            return String.join(
                    ", ",
                    files.entrySet().stream()
                            .map(e -> counted(e.getValue(), e.getKey() + " file", e.getKey() + " files"))
                            .toList());
        }
    }
}
