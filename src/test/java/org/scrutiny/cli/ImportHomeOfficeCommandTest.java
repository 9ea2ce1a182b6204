package org.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportHomeOfficeCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void loadsTheTableThenAddsNothingTheSecondTimeAndSuggestsPeersLabelledAsASuggestion() throws IOException {
        Path file = folder.resolve("rec-crime-pfa-slice.csv");
        try (InputStream in = getClass().getResourceAsStream("/home-office/rec-crime-pfa-slice.csv")) {
            Files.write(file, in.readAllBytes());
        }

        assertThat(run("data", "import-home-office", file.toString())).isZero();
        assertThat(run("data", "import-home-office", file.toString())).isZero();
        assertThat(run("peers", "suggest", "Suffolk Constabulary")).isZero();

        assertThat(out.toString())
                .contains("Loaded rec-crime-pfa-slice.csv (Home Office recorded crime by force area, rolling 12"
                        + " months): 969 rows read")
                .contains("Skipped 3 rows of Action Fraud, CIFAS, UK Finance: not police force areas.")
                .contains("Stored 287 rates per 1,000 people (home-office/crime-per-1000/, of the total and each sum)"
                        + " with the ONS mid-year population of the year whose 30 June the rolling year spans (2017 to"
                        + " 2018).")
                .contains("No rates for btp, dyfed-powys, gwent, north-wales, south-wales: no population is held for"
                        + " them")
                .contains(" 0 revisions added, ")
                .contains("SUGGESTION computed from the data, not the Home Office's Most Similar Group.")
                .contains("7. ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void rejectsAFileWithAMessageAndNoStackTrace() throws IOException {
        Path file = Files.writeString(folder.resolve("wrong.csv"), "12 months ending,PFA\n31-12-2018,Suffolk\n");

        assertThat(run("data", "import-home-office", file.toString())).isEqualTo(Failures.REJECTED);
        assertThat(err.toString())
                .startsWith("wrong.csv:1:3: unexpected heading '' (expected 'Region')")
                .contains("1 problem found; nothing was stored.")
                .doesNotContain("Exception");
    }

    private int run(String... args) {
        CommandLine scrutiny = Main.commandLine();
        scrutiny.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--database";
        all[args.length + 1] = "jdbc:sqlite:" + folder.resolve("scrutiny.db");
        return scrutiny.execute(all);
    }
}
