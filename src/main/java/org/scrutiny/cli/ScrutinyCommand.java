package org.scrutiny.cli;

import java.util.List;
import picocli.CommandLine.Command;

/**
 * The top-level command; its subcommands do the work. They are listed in {@link #SUBCOMMANDS} rather than in
 * the annotation so that {@link Main} can build only the one a command line names.
 */
@Command(
        name = "scrutiny",
        mixinStandardHelpOptions = true,
        version = "Scrutiny 0.1.0",
        description = "Runs the performance management framework of a Police and Crime Plan.")
final class ScrutinyCommand implements Runnable {
    /** The exit code of a command that leaves the server running. */
    static final int KEEP_RUNNING = -1;

    /** The subcommands, in the order the usage message lists them. */
    static final List<Class<?>> SUBCOMMANDS =
            List.of(ServeCommand.class, UserCommand.class, PlanCommand.class, DataCommand.class, PeersCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
