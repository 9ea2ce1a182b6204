package org.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.input.Problem;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Observations;
import org.scrutiny.series.Period;
import org.scrutiny.series.SeriesKey;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class HomeOfficeImporterTest {
    private static final String SLICE = "rec-crime-pfa-slice.csv";
    private static final Period DECEMBER_2018 = new Period.RollingYear(YearMonth.of(2018, 12));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storesTheRollingYearTotalsOfEachForceAndOffence(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImported done = importer(db).importFile(copy(SLICE), "analyst");

            assertThat(done.rowsRead()).isEqualTo(969);
            assertThat(done.skipped()).isEqualTo(3);
            assertThat(done.skippedAreas()).containsExactly("Action Fraud", "CIFAS", "UK Finance");
            // awk -F, '$2=="Suffolk" && $1=="31-12-2018" && $4=="Violence with injury"' rec-crime-pfa.csv
            assertThat(latest(db, "home-office/crime/violence-with-injury", "suffolk", DECEMBER_2018))
                    .isEqualTo(5637.0);
            assertThat(latest(db, "home-office/crime/residential-burglary", "suffolk", DECEMBER_2018))
                    .isEqualTo(2700.0);
            assertThat(latest(db, "home-office/crime/robbery", "btp", DECEMBER_2018))
                    .isEqualTo(value("British Transport Police", "31-12-2018", "Robbery"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void derivesEachForcesTotalOfAllOffences(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            importer(db).importFile(copy(SLICE), "analyst");

            // awk -F, '$2=="Suffolk" && $1=="31-12-2018"{s+=$5} END{print s}' rec-crime-pfa.csv
            assertThat(latest(db, "home-office/crime/total", "suffolk", DECEMBER_2018))
                    .isEqualTo(54124.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void combinesBurglaryAcrossItsSplitIntoResidentialAndNonResidential(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            importer(db).importFile(copy(SLICE), "analyst");

            // awk -F, '$2=="Suffolk" && $1=="30-06-2017" && $4 ~ /urglary/{s+=$5} END{print s}' rec-crime-pfa.csv
            // 1023 domestic + 1805 non-domestic + 277 non-residential + 741 residential: halfway through the split.
            assertThat(latest(
                            db, "home-office/crime/burglary", "suffolk", new Period.RollingYear(YearMonth.of(2017, 6))))
                    .isEqualTo(3846.0);
            // The table's period "30-12-2017" is the twelve months to December 2017.
            assertThat(latest(
                            db,
                            "home-office/crime/burglary",
                            "suffolk",
                            new Period.RollingYear(YearMonth.of(2017, 12))))
                    .isEqualTo(4172.0);
            assertThat(latest(db, "home-office/crime/burglary", "suffolk", DECEMBER_2018))
                    .isEqualTo(2700.0 + 1411.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void derivesTheOffenceGroupsOfOfficialStatisticsForEachForce(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImported done = importer(db).importFile(copy(SLICE), "analyst");

            // awk -F, '$2=="Suffolk" && $1=="31-12-2018" && $4 ~ GROUP {s+=$5} END{print s}' rec-crime-pfa.csv, with
            // GROUP the offences docs/data-sources.md lists for each sum.
            assertThat(latest(db, "home-office/crime/violence-against-the-person", "suffolk", DECEMBER_2018))
                    .isEqualTo(18_726.0);
            assertThat(latest(db, "home-office/crime/victim-based-crime", "suffolk", DECEMBER_2018))
                    .isEqualTo(46_245.0);
            assertThat(latest(db, "home-office/crime/other-crimes-against-society", "suffolk", DECEMBER_2018))
                    .isEqualTo(7_879.0);
            assertThat(latest(db, "home-office/crime/serious-acquisitive-crime", "suffolk", DECEMBER_2018))
                    .isEqualTo(6_782.0);
            // With fraud, which the forces no longer record, the two groups make up the total.
            assertThat(46_245.0 + 7_879.0).isEqualTo(54_124.0);
            // Every offence of the table is in a group: none is counted by the total alone.
            assertThat(done.ungrouped()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void addsDomesticBurglaryToResidentialBurglaryWhichReplacedItSayingWhatEachRollingYearCounts(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            importer(db).importFile(copy(SLICE), "analyst");

            String measure = "home-office/crime/domestic-or-residential-burglary";
            // 12 months to June 2017: 1023 domestic (to March) + 741 residential (from April).
            Observation june2017 = observation(db, measure, "suffolk", new Period.RollingYear(YearMonth.of(2017, 6)));
            assertThat(june2017.value()).isEqualTo(1_023.0 + 741);
            assertThat(june2017.note()).startsWith("domestic burglary to March 2017 and residential burglary from");
            // The table's "30-12-2017": 327 domestic + 2201 residential.
            assertThat(latest(db, measure, "suffolk", new Period.RollingYear(YearMonth.of(2017, 12))))
                    .isEqualTo(327.0 + 2_201);
            // From the twelve months to March 2018 on, domestic burglary is published as 0.
            Observation december2018 = observation(db, measure, "suffolk", DECEMBER_2018);
            assertThat(december2018.value()).isEqualTo(2_700.0);
            assertThat(december2018.note())
                    .isEqualTo("residential burglary, which replaced domestic burglary in April 2017");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ratesTheTotalAndEachSumPerThousandPeopleWithTheCountAndPopulation(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImported done = importer(db).importFile(copy(SLICE), "analyst");

            // Suffolk's ONS mid-2018 population is 758,556 (population_policeforces_2009-2019.csv): the twelve
            // months to December 2018 span 30 June 2018.
            Observation total = observation(db, "home-office/crime-per-1000/total", "suffolk", DECEMBER_2018);
            assertThat(total.value()).isCloseTo(54_124 * 1000.0 / 758_556, within(1e-9));
            assertThat(total.numerator()).isEqualTo(54_124.0);
            assertThat(total.denominator()).isEqualTo(758_556.0);
            assertThat(latest(db, "home-office/crime-per-1000/victim-based-crime", "suffolk", DECEMBER_2018))
                    .isCloseTo(46_245 * 1000.0 / 758_556, within(1e-9));
            // The twelve months to June 2017 span 30 June 2017: mid-2017, 756,978 people.
            assertThat(observation(
                                    db,
                                    "home-office/crime-per-1000/domestic-or-residential-burglary",
                                    "suffolk",
                                    new Period.RollingYear(YearMonth.of(2017, 6)))
                            .denominator())
                    .isEqualTo(756_978.0);
            // A published offence has no rate; Wales and BTP have no population held.
            assertThat(latest(db, "home-office/crime-per-1000/robbery", "suffolk", DECEMBER_2018))
                    .isNull();
            assertThat(latest(db, "home-office/crime-per-1000/total", "gwent", DECEMBER_2018))
                    .isNull();
            assertThat(done.rates().withoutPopulation())
                    .containsExactly("btp", "dyfed-powys", "gwent", "north-wales", "south-wales");
            assertThat(done.rates().populationYears()).containsExactly(Map.entry(2017, 2017), Map.entry(2018, 2018));
            // 39 forces of England x 7 sums in December 2018, and Suffolk's 7 in June and December 2017.
            assertThat(done.rates().values()).isEqualTo(39 * 7 + 2 * 7);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ratesAYearWithNoEstimateHeldOverTheLatestEarlierOneAndAYearBeforeThemNot(Engine engine) {
        Path file = copy(SLICE);
        appendLines(file, "31-03-2008,Suffolk,East,Robbery,300", "31-12-2021,Suffolk,East,Robbery,400");
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImported done = importer(db).importFile(file, "analyst");

            // Mid-2021 is not held: the latest earlier estimate, mid-2019's 761,350, is used.
            Observation later = observation(
                    db, "home-office/crime-per-1000/total", "suffolk", new Period.RollingYear(YearMonth.of(2021, 12)));
            assertThat(later.denominator()).isEqualTo(761_350.0);
            assertThat(done.rates().populationYears()).containsEntry(2021, 2019);
            // The twelve months to March 2008 span 30 June 2007, before any estimate held.
            assertThat(latest(
                            db,
                            "home-office/crime-per-1000/total",
                            "suffolk",
                            new Period.RollingYear(YearMonth.of(2008, 3))))
                    .isNull();
            assertThat(latest(db, "home-office/crime/total", "suffolk", new Period.RollingYear(YearMonth.of(2008, 3))))
                    .isEqualTo(300.0);
            assertThat(done.rates().yearsWithoutPopulation()).containsExactly(2007);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void namesAnOffenceInNoGroupAndCountsItInTheTotalOnly(Engine engine) {
        Path file = rewrite(
                copy(SLICE),
                "31-12-2018,Suffolk,East,Robbery,462",
                "31-12-2018,Suffolk,East,Robbery of personal property,462");
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImported done = importer(db).importFile(file, "analyst");

            assertThat(done.ungrouped()).containsExactly("Robbery of personal property");
            assertThat(latest(db, "home-office/crime/total", "suffolk", DECEMBER_2018))
                    .isEqualTo(54_124.0);
            assertThat(latest(db, "home-office/crime/victim-based-crime", "suffolk", DECEMBER_2018))
                    .isEqualTo(46_245.0 - 462);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storesTheSameFileOnceAndAChangedFigureAsARevision(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Path file = copy(SLICE);
            HomeOfficeImported first = importer(db).importFile(file, "analyst");
            HomeOfficeImported again = importer(db).importFile(file, "analyst");

            assertThat(first.revisionsAdded()).isEqualTo(first.values()).isPositive();
            assertThat(again.revisionsAdded()).isZero();
            assertThat(again.unchanged()).isEqualTo(first.values());

            Path revised = rewrite(file, "31-12-2018,Suffolk,East,Robbery,462", "31-12-2018,Suffolk,East,Robbery,470");
            HomeOfficeImported third = importer(db).importFile(revised, "analyst");

            // The robbery figure and the sums it is part of (total, victim-based and serious acquisitive crime),
            // each sum's rate too.
            assertThat(third.revisionsAdded()).isEqualTo(1 + 3 + 3);
            assertThat(Observations.on(db)
                            .revisions(SeriesKey.total("home-office/crime/robbery", "suffolk"), DECEMBER_2018))
                    .extracting(Observation::revision, Observation::value)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, 462.0),
                            org.assertj.core.groups.Tuple.tuple(2, 470.0));
            assertThat(latest(db, "home-office/crime/total", "suffolk", DECEMBER_2018))
                    .isEqualTo(54124.0 + 8);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void loadsATableReadFromAStreamAsItLoadsTheFile(Engine engine) throws IOException {
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImported done = importer(db).importCsv(SLICE, resource(SLICE), "example data");

            assertThat(done.rowsRead()).isEqualTo(969);
            assertThat(done.skippedAreas()).containsExactly("Action Fraud", "CIFAS", "UK Finance");
            assertThat(latest(db, "home-office/crime/total", "suffolk", DECEMBER_2018))
                    .isEqualTo(54124.0);
            // The record of the load is the file's: its name and the SHA-256 of its bytes.
            String sha256 = ObservationImporter.sha256(copy(SLICE), SLICE);
            assertThat(db.jdbc()
                            .sql("SELECT file_name || ' ' || sha256 || ' ' || loaded_by FROM data_load")
                            .query(String.class)
                            .single())
                    .isEqualTo(SLICE + " " + sha256 + " example data");
            // Loading the file after the stream adds nothing: the same values.
            assertThat(importer(db).importFile(copy(SLICE), "analyst").revisionsAdded())
                    .isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void namesAProblemOfAStreamByTheNameGivenWithLineAndColumn(Engine engine) {
        Path file = rewrite(copy(SLICE), "31-12-2018,Suffolk,East,Robbery", "31-13-2018,Suffolk,East,Robbery");
        try (Database db = TestDatabases.fresh(engine)) {
            InvalidInputException e = catchThrowableOfType(
                    InvalidInputException.class,
                    () -> importer(db).importCsv("bundled.csv", Files.newInputStream(file), "example data"));

            assertThat(e).isNotNull();
            assertThat(e.problems())
                    .map(Problem::toString)
                    .containsExactly("bundled.csv:" + lineOf("31-12-2018,Suffolk,East,Robbery")
                            + ":1: '31-13-2018' is not a date written DD-MM-YYYY, such as 31-12-2018");
            assertThat(count(db, "data_load")).isZero();
            assertThat(count(db, "observation")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storesTheQuarterlyOpenDataBySubgroupWithTotalAndCombinedBurglary(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImported done = importer(db).importFile(copy("prc-quarterly-handmade.csv"), "analyst");

            Period q1 = Period.quarter(2019, 1);
            assertThat(done.skippedAreas()).containsExactly("Action Fraud");
            assertThat(latest(db, "home-office/crime-quarterly/residential-burglary", "suffolk", q1))
                    .isEqualTo(402.0 + 11 + 3);
            assertThat(latest(db, "home-office/crime-quarterly/robbery", "suffolk", q1))
                    .isEqualTo(88.0 + 14);
            assertThat(latest(db, "home-office/crime-quarterly/burglary", "suffolk", q1))
                    .isEqualTo(402.0 + 11 + 3 + 298);
            assertThat(latest(db, "home-office/crime-quarterly/total", "norfolk", q1))
                    .isEqualTo(521.0 + 336 + 97);
            assertThat(latest(db, "home-office/crime-quarterly/burglary", "suffolk", Period.quarter(2019, 2)))
                    .isEqualTo(388.0 + 9 + 305);
            // Its subgroups do not add up to the groups of the rolling-year table, and quarters are not rated.
            assertThat(latest(db, "home-office/crime-quarterly/violence-against-the-person", "suffolk", q1))
                    .isNull();
            assertThat(done.rates().values()).isZero();
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM series WHERE measure LIKE 'home-office/crime-per-1000/%'")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rejectsAWrongHeaderAndStoresNothing(Engine engine) {
        assertRejected(
                engine,
                rewrite(copy(SLICE), "12 months ending,PFA,Region", "12 months ending,Force,Region"),
                "rec-crime-pfa-slice.csv:1:2: unexpected heading 'Force' (expected 'PFA')");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rejectsABadDate(Engine engine) {
        assertRejected(
                engine,
                rewrite(copy(SLICE), "31-12-2018,Suffolk,East,Robbery", "31-13-2018,Suffolk,East,Robbery"),
                "rec-crime-pfa-slice.csv:" + lineOf("31-12-2018,Suffolk,East,Robbery")
                        + ":1: '31-13-2018' is not a date written DD-MM-YYYY");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rejectsANonNumericCount(Engine engine) {
        assertRejected(
                engine,
                rewrite(copy(SLICE), "31-12-2018,Suffolk,East,Robbery,462", "31-12-2018,Suffolk,East,Robbery,46x"),
                "rec-crime-pfa-slice.csv:" + lineOf("31-12-2018,Suffolk,East,Robbery")
                        + ":5: the count '46x' is not a number");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rejectsAByteThatIsNotUtf8(Engine engine) throws IOException {
        Path file = copy(SLICE);
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("31-12-2018,Suffolk,East,Robbery");
        byte[] broken = Arrays.copyOf(bytes, bytes.length);
        broken[at + "31-12-2018,".length() + 1] = (byte) 0xE9; // "Suffolk" with a Latin-1 é
        Files.write(file, broken);

        assertRejected(
                engine,
                file,
                "rec-crime-pfa-slice.csv:" + lineOf("31-12-2018,Suffolk,East,Robbery") + ":1: the file is not UTF-8");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rejectsARowWithTooFewFields(Engine engine) {
        assertRejected(
                engine,
                rewrite(copy(SLICE), "31-12-2018,Suffolk,East,Robbery,462", "31-12-2018,Suffolk,East,Robbery"),
                "rec-crime-pfa-slice.csv:" + lineOf("31-12-2018,Suffolk,East,Robbery")
                        + ":5: the row has 4 fields but the table has 5: 'Rolling year total number of offences' is missing");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rejectsAnUnknownForceName(Engine engine) {
        assertRejected(
                engine,
                rewrite(copy(SLICE), "31-12-2018,Suffolk,East,Robbery", "31-12-2018,Sufolk,East,Robbery"),
                "rec-crime-pfa-slice.csv:" + lineOf("31-12-2018,Suffolk,East,Robbery") + ":2: unknown force 'Sufolk'");
    }

    private void assertRejected(Engine engine, Path file, String expected) {
        try (Database db = TestDatabases.fresh(engine)) {
            InvalidInputException e = catchThrowableOfType(
                    InvalidInputException.class, () -> importer(db).importFile(file, "analyst"));

            assertThat(e).isNotNull();
            assertThat(e.problems())
                    .map(Problem::toString)
                    .anySatisfy(p -> assertThat(p).startsWith(expected));
            assertThat(count(db, "data_load")).isZero();
            assertThat(count(db, "series")).isZero();
            assertThat(count(db, "observation")).isZero();
            assertThat(count(db, "observation_staging")).isZero();
        }
    }

    private static long count(Database db, String table) {
        return db.jdbc().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static HomeOfficeImporter importer(Database db) {
        return HomeOfficeImporter.on(db, CLOCK);
    }

    private static Observation observation(Database db, String measure, String force, Period period) {
        return Observations.on(db)
                .series(SeriesKey.total(measure, force), CLOCK.instant().plusSeconds(60))
                .stream()
                .filter(o -> o.period().equals(period))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + measure + " for " + force + " in " + period));
    }

    private static void appendLines(Path file, String... lines) {
        try {
            Files.writeString(
                    file,
                    String.join("\r\n", lines) + "\r\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Double latest(Database db, String measure, String force, Period period) {
        return Observations.on(db)
                .series(SeriesKey.total(measure, force), CLOCK.instant().plusSeconds(60))
                .stream()
                .filter(o -> o.period().equals(period))
                .map(Observation::value)
                .findFirst()
                .orElse(null);
    }

    private static double value(String area, String date, String offence) {
        return slice().stream()
                .map(line -> line.split(","))
                .filter(f -> f[0].equals(date) && f[1].equals(area) && f[3].equals(offence))
                .mapToDouble(f -> Double.parseDouble(f[4]))
                .findFirst()
                .orElseThrow();
    }

    private static int lineOf(String start) {
        List<String> lines = slice();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(start);
    }

    private static List<String> slice() {
        try (InputStream in = resource(SLICE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        return HomeOfficeImporterTest.class.getResourceAsStream("/home-office/" + name);
    }

    private Path copy(String name) {
        try (InputStream in = resource(name)) {
            Path file = folder.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path rewrite(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).contains(from);
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
