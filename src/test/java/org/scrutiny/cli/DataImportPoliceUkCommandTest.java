package org.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.ingest.PoliceUkStreetFiles;
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
                .contains("2 street rows lie in a district of another force's area")
                .contains("  suffolk: 2, in districts of cambridgeshire (1), staffordshire (1).")
                .doesNotContain("unknown-district")
                .contains("with the ONS mid-year population of the month's year (2019).")
                .contains("revisions added, 0 unchanged.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void reportsRowsOutsideTheAreaInUnknownDistrictsAndTheForcesAndYearsWithoutAPopulation() throws IOException {
        street("suffolk", "Suffolk Constabulary", "2019-01", "Ipswich 001A", "Breckland 001A", "Glasgow City 001A");
        street("suffolk", "Suffolk Constabulary", "2020-02", "Ipswich 001A");
        street(
                "norfolk",
                "Norfolk Constabulary",
                "2019-01",
                "Norwich 001A",
                "Ipswich 001A",
                "Ipswich 002A",
                "Babergh 001A",
                "Cambridge 001A",
                "Bristol 001A",
                "Herefordshire 001A",
                "Atlantis 001A");
        street("dyfed-powys", "Dyfed-Powys Police", "2019-01", "Ceredigion 001A");
        street("btp", "British Transport Police", "2019-01", "Ipswich 001A");

        int exit = run("data", "import-police-uk", folder.resolve("files").toString(), "--database", database());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains(String.join(
                        "\n",
                        "0 street rows have no location (no LSOA): they are in the totals, in no district, and stored as"
                                + " police-uk/rows-without-location.",
                        "7 street rows lie in a district of another force's area: they stay in their force's totals and"
                                + " are stored as police-uk/rows-outside-area.",
                        "  norfolk: 6, in districts of suffolk (3), avon-and-somerset (1), cambridgeshire (1) and 1 more"
                                + " force.",
                        "  suffolk: 1, in districts of norfolk (1).",
                        "2 street rows are in districts the reference data does not know: they stay in their force's"
                                + " totals and district= series and are stored as police-uk/rows-in-unknown-district.",
                        "  norfolk: atlantis (1).",
                        "  suffolk: glasgow-city (1).",
                        "btp: no district lies in its area in the reference data, so no row is counted as outside it.",
                        // Total and burglary: Suffolk, January 2019 and February 2020; Norfolk, January 2019.
                        "Stored 6 rates per 1,000 people (police-uk/crimes-per-1000, total and by crime type;"
                                + " police-uk/anti-social-behaviour-per-1000) with the ONS mid-year population of the"
                                + " month's year (2019); where none is held for that year, of the latest earlier year:"
                                + " of 2019 for months of 2020.",
                        "No rates for btp, dyfed-powys: no population is held for them (the ONS estimates held cover the"
                                + " 39 forces of England).",
                        ""));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void countsOneStreetRowInTheSingular() throws IOException {
        street("suffolk", "Suffolk Constabulary", "2019-01", "Ipswich 001A", "Breckland 001A", "Glasgow City 001A", "");

        int exit = run("data", "import-police-uk", folder.resolve("files").toString(), "--database", database());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("Read 1 street file: 4 rows: 4 crimes, 0 anti-social behaviour incidents.")
                .contains(String.join(
                        "\n",
                        "1 street row has no location (no LSOA): it is in the totals, in no district, and stored as"
                                + " police-uk/rows-without-location.",
                        "1 street row lies in a district of another force's area: it stays in its force's totals and"
                                + " is stored as police-uk/rows-outside-area.",
                        "  suffolk: 1, in districts of norfolk (1).",
                        "1 street row is in a district the reference data does not know: it stays in its force's"
                                + " totals and district= series and is stored as police-uk/rows-in-unknown-district."));
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

    /** Writes a street file with a burglary in each LSOA named, as police.uk lays it out. */
    private void street(String force, String reportedBy, String month, String... lsoas) throws IOException {
        PoliceUkStreetFiles.write(
                folder.resolve("files"),
                force,
                reportedBy,
                month,
                Arrays.stream(lsoas)
                        .map(lsoa -> PoliceUkStreetFiles.crime(lsoa, "Burglary"))
                        .toArray(PoliceUkStreetFiles.Row[]::new));
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
