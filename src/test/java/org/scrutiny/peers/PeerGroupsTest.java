package org.scrutiny.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutiny.ingest.HomeOfficeImporter;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.input.Problem;
import org.scrutiny.series.Period;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class PeerGroupsTest {
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void loadsTheOfficialGroupsWithTheirSourceNamingForcesAsAnySourceDoes(Engine engine) throws IOException {
        try (Database db = TestDatabases.fresh(engine)) {
            Path file = Files.writeString(folder.resolve("msg.csv"), """
                    force,peer1,peer2,peer3,peer4,peer5,peer6,peer7
                    Suffolk,norfolk,Devon & Cornwall Police,Wiltshire,West Mercia,Lincolnshire,North Yorkshire,Warwickshire
                    devon-and-cornwall,Norfolk,Suffolk,,,,,
                    """);

            int loaded = PeerGroups.on(db).load(file, "Home Office MSG, 2019 (test)", "analyst", AT);

            assertThat(loaded).isEqualTo(2);
            assertThat(PeerGroups.on(db).official("suffolk")).hasValueSatisfying(group -> {
                assertThat(group.peers())
                        .containsExactly(
                                "norfolk",
                                "devon-and-cornwall",
                                "wiltshire",
                                "west-mercia",
                                "lincolnshire",
                                "north-yorkshire",
                                "warwickshire");
                assertThat(group.source()).isEqualTo("Home Office MSG, 2019 (test)");
                assertThat(group.fileName()).isEqualTo("msg.csv");
            });
            assertThat(PeerGroups.on(db).official("devon-and-cornwall"))
                    .map(PeerGroup::peers)
                    .hasValueSatisfying(peers -> assertThat(peers).containsExactly("norfolk", "suffolk"));
            assertThat(PeerGroups.on(db).official("kent")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rejectsTheWholeFileListingEachProblemAtItsLineAndColumn(Engine engine) throws IOException {
        try (Database db = TestDatabases.fresh(engine)) {
            Path file = Files.writeString(folder.resolve("msg.csv"), """
                    force,peer1,peer2,peer3
                    Suffolk,Norfolk,Atlantis,Suffolk
                    Norfolk,Suffolk,Suffolk
                    Suffolk,Norfolk
                    Kent,,Essex
                    """);

            InvalidInputException e = catchThrowableOfType(
                    InvalidInputException.class, () -> PeerGroups.on(db).load(file, "test", "analyst", AT));

            assertThat(e.problems())
                    .map(Problem::toString)
                    .containsExactly(
                            "msg.csv:2:3: unknown force 'Atlantis': give its police.uk code (devon-and-cornwall) or a"
                                    + " name a source uses (Devon and Cornwall, Devon & Cornwall Police)",
                            "msg.csv:2:4: 'Suffolk' is the force itself, not a peer",
                            "msg.csv:3:3: 'Suffolk' is listed twice in this group",
                            "msg.csv:4:1: the group of 'Suffolk' was given on line 2",
                            "msg.csv:5:3: a peer after an empty cell: list the peers without gaps");
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM peer_group_load")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rejectsAWrongHeaderAndAByteThatIsNotUtf8(Engine engine) throws IOException {
        try (Database db = TestDatabases.fresh(engine)) {
            Path header = Files.writeString(folder.resolve("header.csv"), "force,peer 1\nSuffolk,Norfolk\n");
            Path latin1 = folder.resolve("latin1.csv");
            Files.write(
                    latin1, "force,peer1\nSuffolk,Norfolk\nN\u00eemes,Suffolk\n".getBytes(StandardCharsets.ISO_8859_1));

            assertThat(catchThrowableOfType(
                                    InvalidInputException.class,
                                    () -> PeerGroups.on(db).load(header, "test", "analyst", AT))
                            .problems())
                    .map(Problem::toString)
                    .containsExactly("header.csv:1:2: expected the heading 'peer1', not 'peer 1': the header is"
                            + " force,peer1,…,peer7");
            assertThat(catchThrowableOfType(
                                    InvalidInputException.class,
                                    () -> PeerGroups.on(db).load(latin1, "test", "analyst", AT))
                            .problems())
                    .map(Problem::toString)
                    .containsExactly("latin1.csv:3:1: the file is not UTF-8 text (save it as \"CSV UTF-8\")");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void suggestsTheSevenForcesNearestInCrimeRatesPerHead(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImporter.on(db, Clock.fixed(AT, ZoneOffset.UTC)).importFile(slice(), "analyst");

            Suggestion suggestion = PeerGroups.on(db).suggest("suffolk", null);

            assertThat(suggestion.period()).isEqualTo(new Period.RollingYear(YearMonth.of(2018, 12)));
            assertThat(suggestion.populationYear()).isEqualTo(2018);
            // The 39 forces of England have populations; Wales and BTP have none and are not compared.
            assertThat(suggestion.candidates()).isEqualTo(39);
            assertThat(suggestion.features())
                    .contains("burglary", "robbery")
                    .doesNotContain("total", "domestic-burglary");
            assertThat(suggestion.nearest()).hasSize(7);
            assertThat(suggestion.nearest())
                    .extracting(SimilarForce::force)
                    .doesNotContain("suffolk", "city-of-london");
            assertThat(suggestion.nearest())
                    .isSortedAccordingTo(java.util.Comparator.comparingDouble(SimilarForce::distance));
            assertThat(Suggestion.LABEL).startsWith("SUGGESTION").contains("not the Home Office's Most Similar Group");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void comparesEachPublishedOffenceOnceLeavingOutTheSumsAndRatesTheImportDerives(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImporter.on(db, Clock.fixed(AT, ZoneOffset.UTC)).importFile(slice(), "analyst");
            // The import stores every sum beside the offences, and rates of them, for Suffolk as for all.
            assertThat(db.jdbc().sql("""
                                    SELECT measure FROM series WHERE force_code = 'suffolk'
                                    AND (measure LIKE 'home-office/crime-per-1000/%'
                                         OR measure IN ('home-office/crime/victim-based-crime',
                                                        'home-office/crime/violence-against-the-person'))
                                    """).query(String.class).list()).hasSize(2 + 7);

            Suggestion suggestion = PeerGroups.on(db).suggest("suffolk", null);

            // The 21 offences the table gives in 2018, the four burglary classes counted once as burglary: a sum
            // (violence against the person, victim-based crime …) or a rate among them would weigh its offences
            // twice in the distance.
            assertThat(suggestion.features())
                    .containsExactly(
                            "all-other-theft-offences",
                            "bicycle-theft",
                            "burglary",
                            "criminal-damage-and-arson",
                            "death-or-serious-injury-caused-by-illegal-driving",
                            "drug-offences",
                            "homicide",
                            "miscellaneous-crimes-against-society",
                            "possession-of-weapons-offences",
                            "public-order-offences",
                            "robbery",
                            "sexual-offences",
                            "shoplifting",
                            "stalking-and-harassment",
                            "theft-from-the-person",
                            "vehicle-offences",
                            "violence-with-injury",
                            "violence-without-injury");
        }
    }

    private Path slice() {
        try (InputStream in = PeerGroupsTest.class.getResourceAsStream("/home-office/rec-crime-pfa-slice.csv")) {
            Path file = folder.resolve("rec-crime-pfa-slice.csv");
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
