package org.scrutiny.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.input.Problem;
import org.scrutiny.peers.PeerComparisons;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanFile;
import org.scrutiny.plan.Plans;
import org.scrutiny.scorecard.Scorecard;
import org.scrutiny.scorecard.Scorecards;
import org.scrutiny.series.Observations;
import org.scrutiny.store.Database;
import org.scrutiny.web.Dates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code plan} command: checks plan files, imports them into the database and lists the plans held. */
@Command(
        name = "plan",
        description = "Check, import and list plan files, and show a plan's scorecard.",
        mixinStandardHelpOptions = true,
        subcommands = {
            PlanCommand.Validate.class,
            PlanCommand.Import.class,
            PlanCommand.ListPlans.class,
            PlanCommand.ScorecardCommand.class
        })
final class PlanCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code plan validate FILE…}: reads each file and reports every problem, touching no database. */
    @Command(name = "validate", description = "Check plan files and list every problem, by line and column.")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "plan files (YAML)")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            boolean allValid = true;
            for (Path file : files) {
                try {
                    Plan plan = read(file);
                    out.printf(
                            Locale.ROOT,
                            "%s: valid (%d items, %d indicators, %d actions)%n",
                            file,
                            plan.allItems().count(),
                            plan.allIndicators().count(),
                            plan.allActions().count());
                } catch (InvalidInputException e) {
                    allValid = false;
                    report(err, file, e);
                }
            }
            out.flush();
            err.flush();
            return allValid ? 0 : Failures.REJECTED;
        }
    }

    /** {@code plan import FILE…}: stores valid files as new versions of their plans; any invalid file stores nothing. */
    @Command(name = "import", description = "Check plan files and store each as the next version of its plan.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "plan files (YAML)")
        List<Path> files;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Read> read = new ArrayList<>();
            boolean allValid = true;
            for (Path file : files) {
                try {
                    Plan plan = read(file);
                    read.add(new Read(file, plan, Files.readString(file, StandardCharsets.UTF_8)));
                } catch (InvalidInputException e) {
                    allValid = false;
                    report(err, file, e);
                }
            }
            if (!allValid) {
                err.println("nothing was imported.");
                err.flush();
                return Failures.REJECTED;
            }
            String importer = System.getProperty("user.name", "unknown");
            try (Database db = database.open()) {
                Plans plans = Plans.on(db);
                for (Read file : read) {
                    Plans.SavedPlan saved =
                            plans.save(file.plan(), file.path().getFileName().toString(), file.source(), importer);
                    String what = saved.created() ? "created" : saved.changed() ? "updated" : "unchanged";
                    out.printf(Locale.ROOT, "%s: %s %s, version %d%n", file.path(), saved.id(), what, saved.version());
                }
            }
            out.flush();
            return 0;
        }

        private record Read(Path path, Plan plan, String source) {}
    }

    /** {@code plan list}: the plans in the database, with their current version and status. */
    @Command(name = "list", description = "List the plans in the database.")
    static final class ListPlans implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = database.open()) {
                List<Plans.PlanSummary> all = Plans.on(db).all();
                if (all.isEmpty()) {
                    out.println("no plans; add one with: scrutiny plan import FILE");
                }
                for (Plans.PlanSummary plan : all) {
                    out.printf(
                            Locale.ROOT,
                            "%-28s v%-3d %-9s %-20s %s%n",
                            plan.id(),
                            plan.version(),
                            plan.status().code(),
                            plan.force(),
                            plan.title());
                }
            }
            out.flush();
            return 0;
        }
    }

    /**
     * {@code plan scorecard ID}: one row per indicator as at a date: latest value, change from the
     * baseline, target status, variation and assurance, the plan's tier and the one the data suggests.
     */
    @Command(
            name = "scorecard",
            description = "Show one row per indicator of a plan as at a date: latest value, change from the baseline,"
                    + " target status, variation and assurance, tier.")
    static final class ScorecardCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PLAN", description = "the plan's id")
        String planId;

        @Option(
                names = "--as-at",
                paramLabel = "DATE",
                description = "only periods that ended by this day count, such as 2019-03-31 (default: today)")
        String asAt;

        @Option(
                names = "--as-known-on",
                paramLabel = "DATE",
                description = "the data as it was recorded by the end of this day (default: the latest data held)")
        String knownOn;

        @Option(names = "--csv", description = "write CSV, with the reasons in full, instead of a table")
        boolean csv;

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate day = asAt == null ? LocalDate.now(Dates.UK) : dateOf("--as-at", asAt);
            Instant knownBy = knownOn == null ? null : Dates.endOf(dateOf("--as-known-on", knownOn));
            try (Database db = database.open()) {
                Plan plan = Plans.on(db)
                        .find(planId)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "there is no plan '" + planId + "'; plan list shows the plans held"));
                Scorecard card = new Scorecards(Observations.on(db), PeerComparisons.on(db)).of(plan, day, knownBy);
                PrintWriter out = spec.commandLine().getOut();
                if (csv) {
                    ScorecardText.csv(card, out);
                } else {
                    ScorecardText.table(card, out);
                }
                out.flush();
                return 0;
            }
        }

        private static LocalDate dateOf(String option, String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        option + " '" + text + "' is not a date: write it as year-month-day, such as 2019-03-31");
            }
        }
    }

    /** Reads a plan file as UTF-8, turning a missing or unreadable file into a problem like any other. */
    static Plan read(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(Problem.ofFile(name, "no such file")));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(Problem.ofFile(name, "not UTF-8 text; save the file as UTF-8")));
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Problem.ofFile(name, "cannot read the file: " + e.getMessage())));
        }
        return PlanFile.read(name, text);
    }

    private static void report(PrintWriter err, Path file, InvalidInputException e) {
        for (Problem problem : e.problems()) {
            err.println(problem);
        }
        if (e.unlisted() > 0) {
            err.printf(Locale.ROOT, "… and %d more problems not listed%n", e.unlisted());
        }
        int count = e.problems().size() + e.unlisted();
        err.printf(Locale.ROOT, "%s: %d problem%s found%n", file, count, count == 1 ? "" : "s");
    }
}
