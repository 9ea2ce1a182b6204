package org.scrutiny.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.analysis.PeerComparison;
import org.scrutiny.forces.Force;
import org.scrutiny.forces.Forces;
import org.scrutiny.peers.GroupComparison;
import org.scrutiny.peers.PeerComparisons;
import org.scrutiny.peers.PeerGroup;
import org.scrutiny.peers.PeerGroups;
import org.scrutiny.peers.PeerMeasure;
import org.scrutiny.peers.SimilarForce;
import org.scrutiny.peers.Suggestion;
import org.scrutiny.series.Period;
import org.scrutiny.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code peers} command: the official Most Similar Groups, and suggestions computed from the data. */
@Command(
        name = "peers",
        mixinStandardHelpOptions = true,
        description = "Most Similar Groups: loads the official lists, shows them, suggests similar forces, compares a"
                + " force with its group.",
        subcommands = {
            PeersCommand.Load.class,
            PeersCommand.Show.class,
            PeersCommand.Suggest.class,
            PeersCommand.Compare.class
        })
final class PeersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code peers load FILE --source TEXT}: loads the official groups, all of the file or none. */
    @Command(
            name = "load",
            mixinStandardHelpOptions = true,
            description = "Loads the Home Office Most Similar Groups from a CSV file with the header"
                    + " force,peer1,…,peer7; one bad row rejects the whole file.")
    static final class Load implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(
                names = "--source",
                required = true,
                paramLabel = "TEXT",
                description = "where the groups come from, such as \"Home Office MSG, 2019\"")
        String source;

        @Mixin
        LoadedByOption loadedBy = new LoadedByOption();

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Database db = database.open()) {
                int groups = PeerGroups.on(db)
                        .load(file, source, loadedBy.name, Clock.systemUTC().instant());
                spec.commandLine()
                        .getOut()
                        .printf(
                                Locale.ROOT,
                                "Loaded the Most Similar Groups of %d forces from %s (source: %s).%n",
                                groups,
                                file.getFileName(),
                                source);
                return 0;
            }
        }
    }

    /** {@code peers show FORCE}: the official group last loaded for a force. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Shows a force's official Most Similar Group.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FORCE", description = "the force, by code or any source's name")
        String force;

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Database db = database.open()) {
                Forces forces = Forces.on(db);
                Force found = find(forces, force);
                PrintWriter out = spec.commandLine().getOut();
                PeerGroup group = PeerGroups.on(db)
                        .official(found.code())
                        .orElseThrow(() -> new IllegalArgumentException(
                                "no Most Similar Group is loaded for " + found.name() + ": load one with peers load"));
                out.printf(
                        Locale.ROOT,
                        "Most Similar Group of %s (source: %s, file %s):%n",
                        found.name(),
                        group.source(),
                        group.fileName());
                for (int i = 0; i < group.peers().size(); i++) {
                    out.printf(
                            Locale.ROOT,
                            "%d. %s%n",
                            i + 1,
                            name(forces, group.peers().get(i)));
                }
                out.flush();
                return 0;
            }
        }
    }

    /** {@code peers suggest FORCE}: the forces most like it in the data, labelled as a suggestion. */
    @Command(
            name = "suggest",
            mixinStandardHelpOptions = true,
            description = {
                "Suggests the 7 forces most like a force in Home Office recorded crime per 1,000 residents:"
                        + " each offence's rate standardised across forces, ranked by Euclidean distance.",
                "This is a suggestion computed from the data, never the Home Office's Most Similar Group."
            })
    static final class Suggest implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FORCE", description = "the force, by code or any source's name")
        String force;

        @Option(
                names = "--period",
                paramLabel = "PERIOD",
                description = "the rolling year compared, such as \"12 months to 2018-12\" (default: the latest)")
        String period;

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Database db = database.open()) {
                Forces forces = Forces.on(db);
                Force found = find(forces, force);
                Suggestion suggestion =
                        PeerGroups.on(db).suggest(found.code(), period == null ? null : Period.parse(period));
                PrintWriter out = spec.commandLine().getOut();
                out.println(Suggestion.LABEL + ".");
                out.printf(
                        Locale.ROOT,
                        "Forces most like %s in recorded crime per 1,000 residents, %s (%d offence rates, standardised"
                                + " over %d forces; populations of %d):%n",
                        found.name(),
                        suggestion.period().label(),
                        suggestion.features().size(),
                        suggestion.candidates(),
                        suggestion.populationYear());
                int rank = 1;
                for (SimilarForce similar : suggestion.nearest()) {
                    out.printf(
                            Locale.ROOT,
                            "%d. %-22s distance %.2f%n",
                            rank++,
                            name(forces, similar.force()),
                            similar.distance());
                }
                out.println("Suggestion only: compare with the official group (peers show) before using it.");
                out.flush();
                return 0;
            }
        }
    }

    /** {@code peers compare FORCE MEASURE}: the force's rank among its group, and the group's averages. */
    @Command(
            name = "compare",
            mixinStandardHelpOptions = true,
            description = {
                "Ranks a force among its official Most Similar Group in a measure, or among all forces that hold the"
                        + " measure where no group is loaded, and gives the group's simple and weighted averages.",
                "The force is one of the group: it is ranked with its peers and counted in both averages."
            })
    static final class Compare implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FORCE", description = "the force, by code or any source's name")
        String force;

        @Parameters(
                index = "1",
                paramLabel = "MEASURE",
                description = "the measure, such as home-office/crime-per-1000/total; with --denominator, the"
                        + " numerator of a ratio")
        String measure;

        @Option(
                names = "--period",
                paramLabel = "PERIOD",
                description = "the period compared, such as \"12 months to 2018-12\" (default: the force's latest)")
        String period;

        @Option(
                names = "--as-at",
                paramLabel = "DATE",
                description = "compare the data as it was recorded by the end of this day (UTC), such as 2019-04-30,"
                        + " or by an instant such as 2019-04-30T12:00:00Z (default: now)")
        String asAt;

        @Option(
                names = "--polarity",
                paramLabel = "POLARITY",
                description = "which way is better: lower-is-better, higher-is-better or neither (default: neither,"
                        + " which ranks the highest first and names no best or worst)")
        String polarity = "neither";

        @Option(
                names = "--denominator",
                paramLabel = "MEASURE",
                description =
                        "compare MEASURE ÷ this measure × the multiplier, each force's own, such as a solved" + " rate")
        String denominator;

        @Option(
                names = "--multiplier",
                paramLabel = "N",
                description = "the ratio's multiplier: 100 for a percentage (default: 100)")
        double multiplier = 100;

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ImprovementDirection better = better(polarity);
            Instant at = asAt == null ? Clock.systemUTC().instant() : instant(asAt);
            Period compared = period == null ? null : Period.parse(period);
            try (Database db = database.open()) {
                Forces forces = Forces.on(db);
                Force found = find(forces, force);
                PeerMeasure peerMeasure = denominator == null
                        ? PeerMeasure.of(measure)
                        : PeerMeasure.ratio(measure, denominator, multiplier);
                GroupComparison result =
                        PeerComparisons.on(db).compare(peerMeasure, found.code(), compared, at, better);
                print(spec.commandLine().getOut(), result, code -> name(forces, code));
                return 0;
            }
        }

        private static void print(PrintWriter out, GroupComparison result, Function<String, String> names) {
            PeerComparison comparison = result.comparison();
            boolean whole = comparison.ranking().stream().allMatch(r -> r.value() == Math.rint(r.value()));
            out.printf(
                    Locale.ROOT,
                    "%s, %s, as recorded by %s.%n",
                    result.measure(),
                    result.period(),
                    result.asAt().truncatedTo(ChronoUnit.SECONDS));
            out.printf(Locale.ROOT, "Compared with %s.%n", result.groupLabel(names));
            out.printf(Locale.ROOT, "Ranked so that %s.%n%n", comparison.order());
            out.printf(
                    Locale.ROOT,
                    "  %-5s %-26s %14s %14s%n",
                    "Rank",
                    "Force",
                    "Value",
                    result.populationYear() == null ? "Population" : "Pop. " + result.populationYear());
            for (PeerComparison.Ranked ranked : comparison.ranking()) {
                out.printf(
                        Locale.ROOT,
                        "%s %-5s %-26s %14s %14s%n",
                        ranked.force().equals(comparison.force()) ? ">" : " ",
                        ranked.position(),
                        names.apply(ranked.force()),
                        number(ranked.value(), whole),
                        ranked.population() == null ? "-" : number(ranked.population(), true));
            }
            if (!comparison.missing().isEmpty()) {
                out.printf(
                        Locale.ROOT,
                        "%nNo value for %s: %s.%n",
                        result.period(),
                        String.join(
                                ", ", comparison.missing().stream().map(names).toList()));
            }
            out.println();
            result.findings(names, value -> number(value, whole), value -> number(value, false))
                    .forEach(out::println);
            out.flush();
        }

        private static String number(double value, boolean whole) {
            return String.format(Locale.ROOT, whole ? "%,.0f" : "%,.2f", value);
        }

        private static ImprovementDirection better(String polarity) {
            return switch (polarity) {
                case "lower-is-better" -> ImprovementDirection.DECREASE;
                case "higher-is-better" -> ImprovementDirection.INCREASE;
                case "neither" -> ImprovementDirection.NEITHER;
                default ->
                    throw new IllegalArgumentException(
                            "unknown polarity '" + polarity + "': give lower-is-better, higher-is-better or neither");
            };
        }

        /** The end of a day, UTC, or an instant as written. */
        private static Instant instant(String text) {
            try {
                return text.contains("T")
                        ? Instant.parse(text)
                        : LocalDate.parse(text)
                                .plusDays(1)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant()
                                .minusMillis(1);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not a date such as 2019-04-30 or an instant such as 2019-04-30T12:00:00Z");
            }
        }
    }

    private static Force find(Forces forces, String name) {
        return forces.byAnyName(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown force '" + name
                        + "': give its police.uk code (devon-and-cornwall) or a name a source uses"));
    }

    private static String name(Forces forces, String code) {
        return forces.byCode(code).map(Force::name).orElse(code);
    }
}
