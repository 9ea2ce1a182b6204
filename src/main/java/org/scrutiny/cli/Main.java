package org.scrutiny.cli;

import picocli.CommandLine;

/** Scrutiny's single entry point: {@code java -jar scrutiny.jar <command>}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        // serve keeps running in its own threads; every other command ends the process when it returns.
        if (exit != ScrutinyCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ScrutinyCommand());
        commandLine.setExecutionExceptionHandler(new Failures());
        return commandLine;
    }
}
