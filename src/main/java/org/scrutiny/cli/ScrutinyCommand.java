package org.scrutiny.cli;

import picocli.CommandLine.Command;

/** The top-level command; its subcommands do the work. */
@Command(
        name = "scrutiny",
        mixinStandardHelpOptions = true,
        version = "Scrutiny 0.1.0",
        description = "Runs the performance management framework of a Police and Crime Plan.",
        subcommands = {
            ServeCommand.class,
            UserCommand.class,
            PlanCommand.class,
            DataCommand.class,
        })
final class ScrutinyCommand implements Runnable {
    /** The exit code of a command that leaves the server running. */
    static final int KEEP_RUNNING = -1;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
