package org.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.series.Observations;
import org.scrutiny.series.Period;
import org.scrutiny.series.SeriesKey;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class PoliceUkImportTest {
    private static final String SUFFOLK = "2019-01/2019-01-suffolk-street.csv";
    private static final String LEICESTERSHIRE = "2019-01/2019-01-leicestershire-street.csv";
    private static final String STOP_AND_SEARCH = "2019-01/2019-01-suffolk-stop-and-search.csv";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void readsAFolderThroughALinkToItAndNamesItsFilesBelowTheLink() throws IOException {
        Path real = folder.resolve("real");
        Files.createDirectories(real.resolve("2019-01"));
        Files.copy(resource(SUFFOLK), real.resolve(SUFFOLK));
        Path link = Files.createSymbolicLink(folder.resolve("link"), real);
        Files.writeString(real.resolve("2019-01/2019-01-norfolk-street.csv"), "not,a,police.uk,file\n");

        assertThatThrownBy(() -> PoliceUkImport.read(List.of(link)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(link.resolve("2019-01/2019-01-norfolk-street.csv") + ":1");
        Files.delete(real.resolve("2019-01/2019-01-norfolk-street.csv"));
        assertThat(PoliceUkImport.read(List.of(link)).tally().rows()).isEqualTo(553);
    }

    /** The counts were made with awk on the slice (see src/test/resources/police-uk/README.md). */
    @Test
    void countsTheSuffolkSliceAsAwkDoes() {
        PoliceUkTally tally = PoliceUkImport.read(List.of(resource(SUFFOLK))).tally();

        assertThat(tally.rows()).isEqualTo(553);
        assertThat(tally.antiSocial()).isEqualTo(55);
        assertThat(tally.crimes()).isEqualTo(498);
        assertThat(tally.withoutLocation()).isEqualTo(60);
        Map<String, Long> v = valuesOf(tally, "suffolk", "2019-01");
        assertThat(v)
                .containsEntry("police-uk/crimes|", 498L)
                .containsEntry("police-uk/crimes|crime-type=burglary", 38L)
                .containsEntry("police-uk/crimes|crime-type=violence-and-sexual-offences", 201L)
                .containsEntry("police-uk/crimes|district=ipswich", 146L)
                .containsEntry("police-uk/crimes|district=st-edmundsbury", 59L)
                .containsEntry("police-uk/crimes|district=cambridge", 1L)
                .containsEntry("police-uk/crimes|outcome=no-further-action", 388L)
                .containsEntry("police-uk/crimes|outcome=charged-or-summonsed", 61L)
                .containsEntry("police-uk/crimes|outcome=out-of-court-disposal", 20L)
                .containsEntry("police-uk/crimes|outcome=transferred", 13L)
                .containsEntry("police-uk/crimes|outcome=status-unavailable", 16L)
                .containsEntry(
                        "police-uk/crimes|crime-type=burglary;outcome=no-further-action",
                        v.get("police-uk/crimes|crime-type=burglary;outcome=no-further-action"))
                .containsEntry("police-uk/anti-social-behaviour|", 55L)
                .containsEntry("police-uk/anti-social-behaviour|district=ipswich", 20L)
                .containsEntry("police-uk/rows-without-location|", 60L);
        assertThat(v.keySet()).noneMatch(k -> k.contains("anti-social-behaviour;") || k.contains("=anti-social"));
    }

    /** The counts of a whole month's file, read from an archive: awk gives 4,989 rows, 542 ASB, 60 without LSOA. */
    @Test
    void countsTheWholeSuffolkFileOfJanuary2019() throws URISyntaxException {
        Path archive = Path.of(PoliceUkImportTest.class
                .getResource("/police-uk-archive/suffolk-2019-01-street.zip")
                .toURI());

        PoliceUkTally tally = PoliceUkImport.read(List.of(archive)).tally();

        assertThat(tally.rows()).isEqualTo(4_989);
        assertThat(tally.antiSocial()).isEqualTo(542);
        assertThat(tally.withoutLocation()).isEqualTo(60);
    }

    @Test
    void readsQuotedLocationsThatHoldCommas() {
        PoliceUkTally tally =
                PoliceUkImport.read(List.of(resource(LEICESTERSHIRE))).tally();

        assertThat(tally.rows()).isEqualTo(24);
        assertThat(tally.antiSocial()).isEqualTo(6);
        assertThat(valuesOf(tally, "leicestershire", "2019-01")).containsKey("police-uk/crimes|district=charnwood");
    }

    @Test
    void countsStopsAndSearchesByOutcome() {
        PoliceUkTally tally =
                PoliceUkImport.read(List.of(resource(STOP_AND_SEARCH))).tally();

        assertThat(valuesOf(tally, "suffolk", "2019-01"))
                .containsEntry("police-uk/stops-and-searches|", 30L)
                .containsEntry("police-uk/stops-and-searches|outcome=arrest", 7L)
                .containsEntry("police-uk/stops-and-searches|outcome=a-no-further-action-disposal", 19L);
    }

    @Test
    void readsAnArchiveAFolderAndCrlfFilesWithAByteOrderMarkAlike() throws IOException {
        Map<PoliceUkTally.Cell, Long> fromFolder =
                flat(PoliceUkImport.read(List.of(resourceFolder())).tally());
        Path zip = zipOf(resourceFolder(), folder.resolve("police-uk.zip"));
        Path crlf = Files.createDirectories(folder.resolve("crlf/2019-01"));
        for (String name : List.of(SUFFOLK, LEICESTERSHIRE, STOP_AND_SEARCH)) {
            String text = Files.readString(resource(name), StandardCharsets.UTF_8);
            Files.writeString(crlf.resolve(Path.of(name).getFileName()), "\uFEFF" + text.replace("\n", "\r\n"));
        }

        assertThat(flat(PoliceUkImport.read(List.of(zip)).tally())).isEqualTo(fromFolder);
        assertThat(flat(PoliceUkImport.read(List.of(crlf.getParent())).tally())).isEqualTo(fromFolder);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storesAMonthOnceAndANewerDownloadAsRevisionsOfWhatChanged(Engine engine) throws IOException {
        Path month = copy(SUFFOLK);
        try (Database db = TestDatabases.fresh(engine)) {
            PoliceUkImported first = store(db, month);
            assertThat(first.revisionsAdded()).isEqualTo(first.values()).isPositive();

            assertThat(store(db, month).revisionsAdded())
                    .as("the same file again")
                    .isZero();

            List<String> lines = new ArrayList<>(Files.readAllLines(month, StandardCharsets.UTF_8));
            List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
            Collections.shuffle(rows, new Random(5));
            rows.add(0, lines.get(0));
            Files.write(month, rows, StandardCharsets.UTF_8);
            assertThat(store(db, month).revisionsAdded())
                    .as("the same rows in another order")
                    .isZero();

            int line = indexOfFirst(rows, ",Burglary,Unable to prosecute suspect,");
            rows.set(line, rows.get(line).replace("Unable to prosecute suspect", "Offender given a caution"));
            Files.write(month, rows, StandardCharsets.UTF_8);
            PoliceUkImported revised = store(db, month);

            // No further action loses one, out of court gains one, for all burglaries and for the crime type.
            assertThat(revised.revisionsAdded()).isEqualTo(4);
            Observations observations = Observations.on(db);
            SeriesKey outOfCourt = new SeriesKey("police-uk/crimes", "suffolk", "outcome=out-of-court-disposal");
            assertThat(observations.revisions(outOfCourt, Period.month(2019, 1)))
                    .extracting(o -> o.value(), o -> o.revision())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(20.0, 1), org.assertj.core.groups.Tuple.tuple(21.0, 2));
            assertThat(observations.series(SeriesKey.total("police-uk/crimes", "suffolk"), Instant.now()))
                    .extracting(o -> o.value())
                    .containsExactly(498.0);
        }
    }

    @Test
    void knowsTheForcesOfTheForceTable() {
        try (Database db = TestDatabases.fresh(Engine.SQLITE)) {
            assertThat(db.jdbc()
                            .sql("SELECT code FROM force")
                            .query(String.class)
                            .set())
                    .isEqualTo(PoliceUkForces.CODES);
        }
    }

    @Test
    void rejectsAFileWhoseHeaderIsNotPoliceUks() throws IOException {
        Path file = copy(SUFFOLK);
        replaceLine(file, 1, "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name");

        assertRejected(file, "2019-01-suffolk-street.csv:1: not a police.uk street, outcomes or stop-and-search file");
    }

    @Test
    void rejectsARowWithTooFewFields() throws IOException {
        Path file = copy(SUFFOLK);
        String row = Files.readAllLines(file).get(2);
        replaceLine(file, 3, row.substring(0, row.lastIndexOf(",", row.length() - 2)));

        assertRejected(file, "2019-01-suffolk-street.csv:3: the row has 10 fields where the header has 12");
    }

    @Test
    void rejectsAByteThatIsNotUtf8WithItsLineAndColumn() throws IOException {
        Path file = copy(SUFFOLK);
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("On or near", text.indexOf('\n', text.indexOf('\n', text.indexOf('\n') + 1) + 1));
        bytes[at + 3] = (byte) 0xE9;
        Files.write(file, bytes);

        assertRejected(file, "2019-01-suffolk-street.csv:4:7: the byte 0xE9 is not UTF-8");
    }

    @Test
    void rejectsAForceThatPoliceUkDoesNotName() throws IOException {
        Path file = copy(SUFFOLK);
        replaceLine(
                file,
                5,
                Files.readAllLines(file).get(4).replace(",Suffolk Constabulary,Suffolk", ",Suffolk Police,Suffolk"));

        assertRejected(
                file, "2019-01-suffolk-street.csv:5:3: 'Suffolk Police' is not a police force that police.uk names");
    }

    @Test
    void rejectsARowReportedByAnotherForceThanTheFileNames() throws IOException {
        Path file = copy(SUFFOLK);
        replaceLine(
                file,
                6,
                Files.readAllLines(file)
                        .get(5)
                        .replace("Suffolk Constabulary,Suffolk Constabulary", "Essex Police,Essex Police"));

        assertRejected(
                file,
                "2019-01-suffolk-street.csv:6:3: 'Essex Police' reported this row, but the file's name says it is suffolk's");
    }

    @Test
    void rejectsAFileNamedForAForceThatDoesNotExist() throws IOException {
        Path file = Files.copy(resource(SUFFOLK), folder.resolve("2019-01-gotham-street.csv"));

        assertRejected(file, "2019-01-gotham-street.csv: 'gotham' in the file's name is not a police.uk force code");
    }

    @Test
    void rejectsATruncatedArchive() throws IOException {
        Path zip = zipOf(resourceFolder(), folder.resolve("police-uk.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertRejected(zip, "police-uk.zip: not a readable zip archive: it may be truncated or corrupt");
    }

    @Test
    void rejectsACorruptArchive() throws IOException {
        Path zip = zipOf(resourceFolder(), folder.resolve("police-uk.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        for (int i = 2_000; i < 2_064; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(zip, bytes);

        assertThatThrownBy(() -> PoliceUkImport.read(List.of(zip)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("police-uk.zip!/2019-01/")
                .hasMessageContaining("the archive is corrupt");
    }

    @Test
    void rejectsTheSameForceAndMonthInTwoFiles() throws IOException {
        Path copy = Files.createDirectories(folder.resolve("again")).resolve("2019-01-suffolk-street.csv");
        Files.copy(resource(SUFFOLK), copy);

        assertThatThrownBy(() -> PoliceUkImport.read(List.of(resource(SUFFOLK), copy)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holds street rows for suffolk 2019-01, as");
    }

    private static void assertRejected(Path file, String problem) {
        assertThatThrownBy(() -> PoliceUkImport.read(List.of(file)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .anySatisfy(p -> assertThat(p.toString()).contains(problem)));
    }

    private static PoliceUkImported store(Database db, Path path) {
        return PoliceUkImport.store(db, PoliceUkImport.read(List.of(path)), "test", CLOCK);
    }

    private static int indexOfFirst(List<String> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no row holds " + text);
    }

    private Path copy(String name) throws IOException {
        return Files.copy(resource(name), folder.resolve(Path.of(name).getFileName()));
    }

    private static void replaceLine(Path file, int line, String text) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(line - 1, text);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static Map<String, Long> valuesOf(PoliceUkTally tally, String force, String month) {
        Map<String, Long> values = new HashMap<>();
        tally.values().forEach((cell, n) -> {
            if (cell.force().equals(force) && cell.month().toString().equals(month)) {
                values.put(cell.measure() + "|" + cell.breakdown(), n[0]);
            }
        });
        return values;
    }

    private static Map<PoliceUkTally.Cell, Long> flat(PoliceUkTally tally) {
        Map<PoliceUkTally.Cell, Long> values = new HashMap<>();
        tally.values().forEach((cell, n) -> values.put(cell, n[0]));
        return values;
    }

    private static Path zipOf(Path source, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream archive = new ZipOutputStream(out);
                var files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                archive.putNextEntry(
                        new ZipEntry(source.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, archive);
                archive.closeEntry();
            }
        }
        return zip;
    }

    static Path resourceFolder() {
        try {
            return Path.of(PoliceUkImportTest.class
                            .getResource("/police-uk/2019-01")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path resource(String name) {
        return resourceFolder().resolve(name);
    }
}
