package org.scrutiny.cli;

import picocli.CommandLine.Option;

/** The {@code --by} option of commands that load data: who is loading it, recorded with the load. */
final class LoadedByOption {
    @Option(
            names = "--by",
            paramLabel = "NAME",
            description = "who is loading the data (default: the user name of this account)")
    String name = System.getProperty("user.name", "unknown");
}
