package org.scrutiny.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scrutiny.forces.Force;
import org.scrutiny.forces.Forces;
import org.scrutiny.peers.PeerGroup;
import org.scrutiny.peers.PeerGroups;
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
        description = "Most Similar Groups: loads the official lists, shows them, suggests similar forces.",
        subcommands = {PeersCommand.Load.class, PeersCommand.Show.class, PeersCommand.Suggest.class})
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

    private static Force find(Forces forces, String name) {
        return forces.byAnyName(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown force '" + name
                        + "': give its police.uk code (devon-and-cornwall) or a name a source uses"));
    }

    private static String name(Forces forces, String code) {
        return forces.byCode(code).map(Force::name).orElse(code);
    }
}
