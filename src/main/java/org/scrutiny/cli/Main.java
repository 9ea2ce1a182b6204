package org.scrutiny.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Scrutiny's single entry point: {@code java -jar scrutiny.jar <command>}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // picocli probes for Groovy with Class.forName("groovy.lang.Closure"). There is no Groovy here; this picocli
        // setting skips the failed lookup.
        System.setProperty("picocli.disable.closures", "true");
        if (args.length == 0 || !args[0].equals("serve")) {
            // The libraries behind the database (Hikari, Flyway) report routine work at INFO; a command's output is
            // its answer. serve keeps Spring Boot's logging.
            System.setProperty(CommandLineLogging.PROPERTY, "true");
        }
        int exit = commandLine(args).execute(args);
        // serve keeps running in its own threads; every other command ends the process when it returns.
        if (exit != ScrutinyCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }

    /** The whole command tree, every subcommand included. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command tree that {@code args} need. picocli reads the annotations of every command in the tree
     * before it parses anything, which is a good part of the start-up time of a short command; so when the first
     * argument names a subcommand, only that subcommand (with its own subcommands) is built. Any other first
     * argument ({@code --help}, {@code --version}, none, a misspelt command) gets the whole tree, so usage and
     * error messages are the same as ever.
     */
    static CommandLine commandLine(String[] args) {
        String first = args.length > 0 ? args[0] : "";
        boolean namesOne =
                ScrutinyCommand.SUBCOMMANDS.stream().anyMatch(c -> nameOf(c).equals(first));
        CommandLine commandLine = new CommandLine(new ScrutinyCommand());
        for (Class<?> subcommand : ScrutinyCommand.SUBCOMMANDS) {
            if (!namesOne || nameOf(subcommand).equals(first)) {
                commandLine.addSubcommand(nameOf(subcommand), subcommand);
            }
        }
        commandLine.setExecutionExceptionHandler(new Failures());
        return commandLine;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
