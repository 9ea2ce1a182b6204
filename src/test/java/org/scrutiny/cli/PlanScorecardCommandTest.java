package org.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code plan scorecard} on a plan of targets worked by hand ({@code scorecard/targets.yaml} and its
 * data): the statuses either side of the financial year's end, and the straight line from 2010/11.
 */
class PlanScorecardCommandTest {
    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String database() {
        return "jdbc:sqlite:" + folder.resolve("scrutiny.db");
    }

    private Path copy(String resource) throws IOException {
        Path file = folder.resolve(Path.of(resource).getFileName());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @BeforeEach
    void loadThePlanAndItsData() throws IOException {
        assertThat(run("plan", "import", copy("scorecard/targets.yaml").toString(), "--database", database()))
                .as(err::toString)
                .isZero();
        assertThat(run(
                        "data",
                        "import",
                        copy("scorecard/targets.csv").toString(),
                        "--plan",
                        "targets",
                        "--by",
                        "test",
                        "--database",
                        database()))
                .as(err::toString)
                .isZero();
    }

    private Map<String, NamedCsvRecord> scorecard(String asAt) {
        assertThat(run("plan", "scorecard", "targets", "--as-at", asAt, "--csv", "--database", database()))
                .as(err::toString)
                .isZero();
        Map<String, NamedCsvRecord> rows = new LinkedHashMap<>();
        CsvReader.builder().ofCsvRecord(out.toString()); // the header must parse as CSV too
        for (NamedCsvRecord row : CsvReader.builder().ofNamedCsvRecord(out.toString())) {
            rows.put(row.getField("indicator"), row);
        }
        return rows;
    }

    @Test
    void judgesEachTargetOnTheLastDayOfTheYear() {
        Map<String, NamedCsvRecord> rows = scorecard("2016-03-31");

        assertThat(rows.keySet()).containsExactly("ksi", "priority", "detections", "context");
        assertThat(rows.get("ksi").getField("target_status")).isEqualTo("met");
        assertThat(rows.get("ksi").getField("target_reason"))
                .isEqualTo("Met: 316 in 2015/16; the target was at most 320 in 2015/16.");
        assertThat(rows.get("priority").getField("target_status")).isEqualTo("off-track");
        assertThat(rows.get("priority").getField("target_level")).isEqualTo("8200");
        assertThat(rows.get("priority").getField("percent_change_from_baseline"))
                .isEqualTo("-17");
        // (40 + 50 + 50 + 20) / (100 + 200 + 100 + 50) = 35.56%.
        assertThat(rows.get("detections").getField("target_status")).isEqualTo("met");
        assertThat(Double.parseDouble(rows.get("detections").getField("judged_value")))
                .isEqualTo(160.0 / 450 * 100);
        assertThat(rows.get("context").getField("target_status")).isEqualTo("no-target");
        assertThat(rows.get("context").getField("latest_period")).isEqualTo("2015/16");
    }

    @Test
    void judgesTheLatestValuesTheDayBefore() {
        Map<String, NamedCsvRecord> rows = scorecard("2016-03-30");

        assertThat(rows.get("ksi").getField("target_status")).isEqualTo("off-track");
        assertThat(rows.get("ksi").getField("latest_period")).isEqualTo("2014/15");
        // 8,500 in 2014/15 against the line's 10,000 − 1,800 × 1,461 / 1,827 = 8,560.6 at its end.
        assertThat(rows.get("priority").getField("target_status")).isEqualTo("on-track");
        // The four quarters to December 2015: (30 + 40 + 50 + 50) / (100 + 100 + 200 + 100) = 34%.
        assertThat(rows.get("detections").getField("target_status")).isEqualTo("off-track");
        assertThat(rows.get("detections").getField("judged_value")).isEqualTo("34");
        assertThat(rows.get("context").getField("latest_period")).isEmpty();
    }

    @Test
    void drawsTheLineFromTheBaselineYear() {
        Map<String, NamedCsvRecord> rows = scorecard("2013-04-01");

        assertThat(rows.get("priority").getField("target_status")).isEqualTo("off-track");
        assertThat(rows.get("priority").getField("target_reason"))
                .isEqualTo("Off track: 9,300 in 2012/13, where the straight line to the target of at most 8,200 in"
                        + " 2015/16, 18% below the baseline of 10,000 (2010/11), expects at most 9,279.8.");
        assertThat(rows.get("ksi").getField("target_status")).isEqualTo("not-enough-data");
    }

    @Test
    void printsATableWithEachReasonBelowItsRow() {
        assertThat(run("plan", "scorecard", "targets", "--as-at", "2016-03-31", "--database", database()))
                .isZero();

        assertThat(out.toString())
                .startsWith("Scorecard of targets (norfolk) as at 31 March 2016, latest data.")
                .contains("    Met: 316 in 2015/16; the target was at most 320 in 2015/16.");
    }

    @Test
    void namesABadDateAndAnUnknownPlan() {
        assertThat(run("plan", "scorecard", "targets", "--as-at", "31/03/2016", "--database", database()))
                .isEqualTo(Failures.FAILED);
        assertThat(err.toString())
                .isEqualTo("error: --as-at '31/03/2016' is not a date: write it as year-month-day, such as 2019-03-31"
                        + System.lineSeparator());

        assertThat(run("plan", "scorecard", "nope", "--database", database())).isEqualTo(Failures.FAILED);
        assertThat(err.toString()).contains("there is no plan 'nope'");
    }

    @Test
    void readsTheDataAsItWasRecordedByADay() {
        assertThat(run(
                        "plan",
                        "scorecard",
                        "targets",
                        "--as-at",
                        "2016-03-31",
                        "--as-known-on",
                        "2001-01-01",
                        "--csv",
                        "--database",
                        database()))
                .isZero();

        assertThat(out.toString()).contains("There is no data as at 31 Mar 2016.");
    }
}
