package org.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PeersCompareCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void importTheSlice() throws IOException {
        Path file = folder.resolve("rec-crime-pfa-slice.csv");
        try (InputStream in = getClass().getResourceAsStream("/home-office/rec-crime-pfa-slice.csv")) {
            Files.write(file, in.readAllBytes());
        }
        assertThat(run("data", "import-home-office", file.toString())).isZero();
        out.getBuffer().setLength(0);
    }

    @Test
    void ranksAForceAmongAllForcesWhereNoGroupIsLoadedAndSaysSo() {
        assertThat(run(
                        "peers",
                        "compare",
                        "Suffolk Constabulary",
                        "home-office/crime-per-1000/total",
                        "--polarity",
                        "lower-is-better"))
                .isZero();

        assertThat(out.toString())
                .startsWith("home-office/crime-per-1000/total, 12 months to 2018-12, as recorded by ")
                .contains("Compared with all 39 forces that hold the measure: no Most Similar Group is loaded for"
                        + " Suffolk.\n")
                .contains("Ranked so that rank 1 is the lowest value (lower is better).\n")
                .contains("  Rank  Force                               Value      Pop. 2018\n")
                .contains("  1     North Yorkshire                     53.08        824,398\n")
                .contains("> 13    Suffolk                             71.35        758,556\n")
                .contains("  39    City of London                     794.97          8,706\n")
                .contains("Suffolk is ranked 13 of the 39 forces with a value.\n")
                .contains("Simple average of the 39 forces with a value, Suffolk included: 100.13; Suffolk is 28.78"
                        + " below it (-28.7%).\n")
                .contains("Population-weighted average (Σ numerator ÷ Σ population) of the 39 forces with a value,"
                        + " Suffolk included: 87.31; Suffolk is 15.95 below it (-18.3%).\n")
                .contains("Best: North Yorkshire (53.08). Worst: City of London (794.97).\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void ranksAForceAmongItsOfficialGroupOnceLoadedNamingPeersWithNoValue() throws IOException {
        Path groups = Files.writeString(folder.resolve("msg.csv"), """
                force,peer1,peer2,peer3
                Suffolk,Norfolk,Gwent,Wiltshire
                """);
        assertThat(run("peers", "load", groups.toString(), "--source", "Home Office MSG (test)"))
                .isZero();
        out.getBuffer().setLength(0);

        assertThat(run(
                        "peers",
                        "compare",
                        "suffolk",
                        "home-office/crime/domestic-or-residential-burglary",
                        "--period",
                        "12 months to 2018-12",
                        "--as-at",
                        "2099-12-31",
                        "--polarity",
                        "lower-is-better"))
                .isZero();

        assertThat(out.toString())
                .contains("as recorded by 2099-12-31T23:59:59Z.\n")
                .contains("Compared with Suffolk and its Most Similar Group of 3 forces (source: Home Office MSG"
                        + " (test); file msg.csv).\n")
                .contains("  1     Wiltshire                           2,071        720,060\n")
                .contains("  2     Norfolk                             2,281        903,680\n")
                .contains("  3     Gwent                               2,520              -\n")
                .contains("> 4     Suffolk                             2,700        758,556\n")
                // (2,071 + 2,281 + 2,520 + 2,700) / 4 = 2,393; by population, Gwent (none held) left out:
                // (2,071×720,060 + 2,281×903,680 + 2,700×758,556) / 2,382,296 = 2,350.94.
                .contains("Simple average of the 4 forces with a value, Suffolk included: 2,393.00; Suffolk is"
                        + " 307.00 above it (+12.8%).\n")
                .contains("Population-weighted average of the 3 forces with a value and a population, Suffolk"
                        + " included; left out for want of a population: Gwent: 2,350.94; Suffolk is 349.06 above it"
                        + " (+14.8%).\n")
                .contains("Best: Wiltshire (2,071). Worst: Suffolk (2,700).\n");
    }

    @Test
    void explainsAnUnknownForceMeasureOrPeriodWithoutAStackTrace() {
        assertThat(run("peers", "compare", "Atlantis", "home-office/crime/total"))
                .isEqualTo(Failures.FAILED);
        assertThat(run("peers", "compare", "Suffolk", "home-office/crime/totl")).isEqualTo(Failures.FAILED);
        assertThat(run("peers", "compare", "Suffolk", "home-office/crime/total", "--period", "last year"))
                .isEqualTo(Failures.FAILED);
        assertThat(run("peers", "compare", "Suffolk", "home-office/crime/total", "--period", "12 months to 2015-12"))
                .isEqualTo(Failures.FAILED);
        assertThat(run("peers", "compare", "Suffolk", "home-office/crime/total", "--as-at", "2001-01-01"))
                .isEqualTo(Failures.FAILED);
        assertThat(run("peers", "compare", "Suffolk", "home-office/crime/total", "--polarity", "up"))
                .isEqualTo(Failures.FAILED);

        assertThat(err.toString().lines().map(line -> line.replaceAll("by 20\\d\\d-[-0-9T:]+Z \\(", "by NOW (")))
                .containsExactly(
                        "error: unknown force 'Atlantis': give its police.uk code (devon-and-cornwall) or a name a"
                                + " source uses",
                        "error: Scrutiny holds no series of home-office/crime/totl for any force: check the measure's"
                                + " name, or load its data",
                        "error: 'last year' is not a period (expected a month such as 2019-01, a financial year such"
                                + " as 2019/20, a quarter such as 2019/20 Q1, a half such as 2019/20 H1, a year such as"
                                + " 2019, or 12 months to 2019-03)",
                        "error: no force has a value of home-office/crime/total for 12 months to 2015-12 recorded by"
                                + " NOW (the latest suffolk has is 12 months to 2018-12)",
                        "error: suffolk has no value of home-office/crime/total recorded by 2001-01-01T23:59:59Z to"
                                + " compare",
                        "error: unknown polarity 'up': give lower-is-better, higher-is-better or neither");
        assertThat(out.toString()).isEmpty();
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
