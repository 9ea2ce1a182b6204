package org.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.store.Database;
import org.scrutiny.store.DatabaseSettings;
import picocli.CommandLine;

class DataImportPoliceUkCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void importsAFolderAndReportsRowsWithoutLocation() {
        int exit = run("data", "import-police-uk", slices().toString(), "--database", database());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("Read 2 street files, 1 stop-and-search file: 607 rows: 516 crimes,"
                        + " 61 anti-social behaviour incidents.")
                .contains("60 street rows have no location (no LSOA)")
                .contains("revisions added, 0 unchanged.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void storesNothingWhenOneFileIsBadAndExitsWithOne() throws IOException {
        Path bad = Files.createDirectories(folder.resolve("bad")).resolve("2019-02-suffolk-street.csv");
        Files.writeString(bad, "Crime ID,Month\nx,2019-02\n", StandardCharsets.UTF_8);

        int exit = run("data", "import-police-uk", slices().toString(), bad.toString(), "--database", database());

        assertThat(exit).isEqualTo(Failures.REJECTED);
        assertThat(err.toString())
                .contains("2019-02-suffolk-street.csv:1: not a police.uk street, outcomes or stop-and-search file")
                .contains("1 problem found; nothing was stored.")
                .doesNotContain("Exception");
        try (Database db = Database.open(
                DatabaseSettings.sqlite(folder.resolve("scrutiny.db").toString()))) {
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM data_load")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM observation")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    @Test
    void saysSoWhenAPathDoesNotExist() {
        int exit = run("data", "import-police-uk", folder.resolve("nowhere.zip").toString(), "--database", database());

        assertThat(exit).isEqualTo(Failures.REJECTED);
        assertThat(err.toString()).contains("nowhere.zip: no such file or folder");
    }

    private int run(String... args) {
        CommandLine scrutiny = Main.commandLine(args);
        scrutiny.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return scrutiny.execute(args);
    }

    private String database() {
        return "jdbc:sqlite:" + folder.resolve("scrutiny.db");
    }

    private static Path slices() {
        try {
            return Path.of(DataImportPoliceUkCommandTest.class
                    .getResource("/police-uk/2019-01")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
