package org.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.store.Database;
import org.scrutiny.store.DatabaseSettings;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;
import picocli.CommandLine;

class PlanCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path copy(String resource, String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static long count(DatabaseSettings settings, String table) {
        try (Database db = Database.open(settings)) {
            return db.jdbc()
                    .sql("SELECT COUNT(*) FROM " + table)
                    .query(Long.class)
                    .single();
        }
    }

    @Test
    void validatesTheSuffolkExampleAndCountsWhatItHolds() throws IOException {
        Path file = copy("examples/plans/suffolk-2017-2021.yaml", "suffolk.yaml");

        int exit = run("plan", "validate", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .matches("(?s)\\Q" + file + "\\E: valid \\(23 items, \\d+ indicators, \\d+ actions\\)\\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void listsEveryProblemOfAnInvalidFileAndExitsNonZero() throws IOException {
        Path file = copy("plans/five-mistakes.yaml", "five-mistakes.yaml");

        int exit = run("plan", "validate", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains(
                        file + ":4:8: unknown force 'sufolk' (did you mean 'suffolk'?)",
                        file + ":7:7: the period ends on 2019-03-31, before it starts on 2020-04-01",
                        file + ":16:19: unknown polarity 'up' (expected higher-is-better, lower-is-better or neither)",
                        file + ":17:9: unknown key 'frequncy' in indicator (did you mean 'frequency'?)",
                        file + ":27:17: duplicate action id '1.1' (first at line 24)",
                        file + ": 5 problems found");
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void reportsAMissingFileAsAProblem() {
        Path missing = folder.resolve("missing.yaml");

        assertThat(run("plan", "validate", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(missing + ": no such file");
    }

    @Test
    void importsAValidFileOnceAndListsIt() throws IOException {
        Path file = copy("examples/plans/suffolk-2017-2021.yaml", "suffolk.yaml");
        String database = TestDatabases.freshSettings(Engine.SQLITE).url();

        assertThat(run("plan", "import", "--database", database, file.toString()))
                .isZero();
        assertThat(run("plan", "import", "--database", database, file.toString()))
                .isZero();
        assertThat(run("plan", "list", "--database", database)).isZero();

        assertThat(out.toString())
                .contains(file + ": suffolk-2017-2021 created, version 1")
                .contains(file + ": suffolk-2017-2021 unchanged, version 1")
                .containsPattern("suffolk-2017-2021 +v1 +published +suffolk +Suffolk Police and Crime Plan 2017-2021");
    }

    @Test
    void importsAChangedFileAsTheNextVersion() throws IOException {
        Path file = copy("examples/plans/suffolk-2017-2021.yaml", "suffolk.yaml");
        String database = TestDatabases.freshSettings(Engine.SQLITE).url();
        run("plan", "import", "--database", database, file.toString());
        Files.writeString(
                file, Files.readString(file).replace("status: published", "status: draft"), StandardCharsets.UTF_8);

        assertThat(run("plan", "import", "--database", database, file.toString()))
                .isZero();

        assertThat(out.toString()).contains(file + ": suffolk-2017-2021 updated, version 2");
    }

    @Test
    void importsNothingWhenAnyFileIsInvalid() throws IOException {
        Path good = copy("examples/plans/suffolk-2017-2021.yaml", "suffolk.yaml");
        Path bad = copy("plans/five-mistakes.yaml", "five-mistakes.yaml");
        DatabaseSettings settings = TestDatabases.freshSettings(Engine.SQLITE);
        long before = count(settings, "plan_version");

        int exit = run("plan", "import", "--database", settings.url(), good.toString(), bad.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains(bad + ":16:19: unknown polarity 'up'")
                .contains("nothing was imported");
        assertThat(count(settings, "plan_version")).isEqualTo(before).isZero();
        assertThat(count(settings, "plan")).isZero();
    }

    @Test
    void saysSoWhenThereAreNoPlans() {
        String database = TestDatabases.freshSettings(Engine.SQLITE).url();

        assertThat(run("plan", "list", "--database", database)).isZero();

        assertThat(out.toString()).contains("no plans");
    }
}
