package org.scrutiny.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.analysis.PeerComparison;
import org.scrutiny.forces.Force;
import org.scrutiny.forces.Forces;
import org.scrutiny.forces.NameSource;
import org.scrutiny.ingest.HomeOfficeImporter;
import org.scrutiny.series.Period;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

/**
 * Scrutiny's peer comparisons over the whole Home Office table, against ranks and averages worked out from the
 * published files apart from Scrutiny by {@code bench/peer_check.py} (src/test/resources/peers/README.md). The
 * table is imported once, into SQLite only: this checks the arithmetic and the choice of forces, populations and
 * periods, which do not depend on the engine; PeerComparisonsTest runs the storage on both.
 */
class PeerCheckTest {
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    /** The group the script calls hand-picked, loaded as Suffolk's group so that Scrutiny compares with it. */
    private static final String HAND_PICKED = """
            force,peer1,peer2,peer3,peer4,peer5,peer6,peer7
            Suffolk,Norfolk,Devon and Cornwall,Wiltshire,West Mercia,Lincolnshire,North Yorkshire,Warwickshire
            """;

    private static Database db;
    private static final Map<String, GroupComparison> COMPARED = new HashMap<>();

    /**
     * Imports the table once and compares: with all forces first, then, with the hand-picked group loaded, with
     * the group.
     */
    @BeforeAll
    static void importTheWholeTableAndCompare() throws IOException {
        db = TestDatabases.fresh(Engine.SQLITE);
        try (InputStream in =
                new GZIPInputStream(Files.newInputStream(Path.of("examples/data/rec-crime-pfa.csv.gz")))) {
            HomeOfficeImporter.on(db, Clock.fixed(AT, ZoneOffset.UTC)).importCsv("rec-crime-pfa.csv", in, "test");
        }
        List<Check> checks = checks().toList();
        checks.stream().filter(c -> !c.isHandPicked()).forEach(PeerCheckTest::compare);
        Path groups = Files.createTempFile("hand-picked", ".csv");
        Files.writeString(groups, HAND_PICKED, StandardCharsets.UTF_8);
        PeerGroups.on(db).load(groups, "hand-picked for the independent check, not the Home Office's", "test", AT);
        checks.stream().filter(Check::isHandPicked).forEach(PeerCheckTest::compare);
    }

    private static void compare(Check check) {
        COMPARED.put(
                check.id(),
                PeerComparisons.on(db)
                        .compare(
                                PeerMeasure.of(check.measure()),
                                code(Forces.on(db), check.force()),
                                check.period(),
                                AT,
                                ImprovementDirection.DECREASE));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** A row of peer-check-averages.csv with the rows of peer-check-ranks.csv of the same check. */
    record Check(String id, String measure, Period period, String force, String[] averages, List<String[]> ranks) {
        boolean isHandPicked() {
            return id.endsWith("hand-picked");
        }

        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Check> checks() {
        List<String[]> ranks = rows("peer-check-ranks.csv");
        return rows("peer-check-averages.csv").stream()
                .map(row -> new Check(
                        row[0],
                        row[1],
                        Period.parse(row[2]),
                        row[3],
                        row,
                        ranks.stream().filter(r -> r[0].equals(row[0])).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void agreesWithTheIndependentCalculation(Check check) {
        Forces forces = Forces.on(db);
        GroupComparison compared = COMPARED.get(check.id());
        PeerComparison comparison = compared.comparison();

        assertThat(compared.basis())
                .isEqualTo(
                        check.isHandPicked()
                                ? GroupComparison.Basis.MOST_SIMILAR_GROUP
                                : GroupComparison.Basis.ALL_FORCES);
        assertThat(comparison.missing()).isEmpty();
        assertThat(comparison.ranking()).hasSize(check.ranks().size());
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (String[] row : check.ranks()) {
            String code = code(forces, row[3]);
            PeerComparison.Ranked ranked = comparison.ranking().stream()
                    .filter(r -> r.force().equals(code))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(row[3] + " is not ranked"));
            assertThat(ranked.value()).as(row[3]).isCloseTo(Double.parseDouble(row[4]), within(1e-9));
            assertThat(ranked.population()).as(row[3]).isEqualTo(row[5].isEmpty() ? null : Double.valueOf(row[5]));
            expected.add(row[3] + " " + row[6]);
            actual.add(row[3] + " " + ranked.rank());
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        String[] averages = check.averages();
        assertThat(comparison.rank()).map(PeerComparison.Ranked::position).hasValue(averages[4]);
        assertThat(comparison.ranking()).hasSize(Integer.parseInt(averages[5]));
        assertThat(comparison.simple().value()).isCloseTo(Double.parseDouble(averages[6]), within(1e-9));
        assertThat(comparison.weighted().value()).isCloseTo(Double.parseDouble(averages[7]), within(1e-9));
        assertThat(comparison.weighted().forces()).hasSize(Integer.parseInt(averages[8]));
        assertThat(compared.populationYear()).isEqualTo(Integer.valueOf(averages[9]));
        assertThat(comparison.best().forces()).containsExactlyElementsOf(codes(forces, averages[10]));
        assertThat(comparison.best().value()).isEqualTo(Double.parseDouble(averages[11]));
        assertThat(comparison.worst().forces()).containsExactlyElementsOf(codes(forces, averages[12]));
        assertThat(comparison.worst().value()).isEqualTo(Double.parseDouble(averages[13]));
    }

    private static String code(Forces forces, String homeOfficeName) {
        return forces.byName(NameSource.HOME_OFFICE, homeOfficeName)
                .map(Force::code)
                .orElseThrow(() -> new AssertionError("unknown force " + homeOfficeName));
    }

    /** The codes of names separated by semicolons, in order of code as the comparison gives them. */
    private static List<String> codes(Forces forces, String names) {
        return Arrays.stream(names.split(";"))
                .map(name -> code(forces, name))
                .sorted()
                .toList();
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = PeerCheckTest.class.getResourceAsStream("/peers/" + resource)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            // The script writes no quoted fields: no name or figure in these files has a comma.
            return lines.stream().skip(1).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
