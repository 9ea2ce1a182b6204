package org.scrutiny.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.analysis.PeerComparison;
import org.scrutiny.analysis.PeerComparison.Ranked;
import org.scrutiny.analysis.PeerComparison.Weighting;
import org.scrutiny.forces.Force;
import org.scrutiny.forces.Forces;
import org.scrutiny.ingest.HomeOfficeImporter;
import org.scrutiny.series.Period;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class PeerComparisonsTest {
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant T1 = Instant.parse("2020-01-10T00:00:00Z");
    private static final Instant T2 = Instant.parse("2020-02-10T00:00:00Z");
    private static final Instant T3 = Instant.parse("2020-03-10T00:00:00Z");
    private static final PeerMeasure RATE = PeerMeasure.of("home-office/crime-per-1000/total");
    private static final Period DECEMBER_2018 = new Period.RollingYear(YearMonth.of(2018, 12));

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void comparesWithAllForcesThatHoldTheMeasureWhereNoMostSimilarGroupIsLoaded(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImporter.on(db, Clock.fixed(AT, ZoneOffset.UTC)).importFile(slice(), "analyst");

            GroupComparison compared =
                    PeerComparisons.on(db).compare(RATE, "suffolk", null, AT, ImprovementDirection.DECREASE);

            assertThat(compared.period()).isEqualTo(DECEMBER_2018);
            assertThat(compared.basis()).isEqualTo(GroupComparison.Basis.ALL_FORCES);
            assertThat(compared.group()).isNull();
            // The 39 forces of England have a population and so a rate; Wales and BTP have neither.
            assertThat(compared.comparison().ranking()).hasSize(39);
            assertThat(compared.comparison().missing()).isEmpty();
            assertThat(compared.comparison().rank()).map(Ranked::position).hasValue("13");
            assertThat(compared.populationYear()).isEqualTo(2018);
            assertThat(compared.comparison().weighted().weighting()).isEqualTo(Weighting.POPULATION);
            assertThat(compared.comparison().weighted().pooled()).isTrue();
            assertThat(compared.groupLabel(names(db)))
                    .isEqualTo("all 39 forces that hold the measure: no Most Similar Group is loaded for Suffolk");
            assertThat(compared.comparison().label(compared.comparison().simple(), names(db)))
                    .isEqualTo("simple average of the 39 forces with a value, Suffolk included");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void weighsEachForceByThePopulationItsStoredRateIsPer(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImporter.on(db, Clock.fixed(AT, ZoneOffset.UTC)).importFile(slice(), "analyst");
            Map<String, Double> denominators = new HashMap<>();
            db.jdbc().sql("""
                            SELECT s.force_code, o.denominator FROM observation o JOIN series s ON s.id = o.series_id
                            WHERE s.measure = ? AND o.period = ?
                            """).params(RATE.toString(), DECEMBER_2018.toString()).query(rs -> {
                denominators.put(rs.getString(1), rs.getDouble(2));
            });

            PeerComparison comparison = PeerComparisons.on(db)
                    .compare(RATE, "suffolk", DECEMBER_2018, AT, ImprovementDirection.DECREASE)
                    .comparison();

            Map<String, Double> populations = new HashMap<>();
            comparison.ranking().forEach(r -> populations.put(r.force(), r.population()));
            assertThat(populations).hasSize(39).isEqualTo(denominators);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void comparesWithTheOfficialGroupWhenOneIsLoadedNamingAPeerWithNoValueAsMissing(Engine engine) throws IOException {
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImporter.on(db, Clock.fixed(AT, ZoneOffset.UTC)).importFile(slice(), "analyst");
            // Gwent has no population held, so no rate per 1,000.
            Path file = Files.writeString(folder.resolve("msg.csv"), """
                    force,peer1,peer2,peer3
                    Suffolk,Norfolk,Gwent,Wiltshire
                    """);
            PeerGroups.on(db).load(file, "Home Office MSG (test)", "analyst", AT);

            GroupComparison compared =
                    PeerComparisons.on(db).compare(RATE, "suffolk", null, AT, ImprovementDirection.DECREASE);

            assertThat(compared.basis()).isEqualTo(GroupComparison.Basis.MOST_SIMILAR_GROUP);
            assertThat(compared.group().peers()).containsExactly("norfolk", "gwent", "wiltshire");
            assertThat(compared.comparison().groupSize()).isEqualTo(4);
            assertThat(compared.comparison().missing()).containsExactly("gwent");
            assertThat(compared.comparison().ranking())
                    .extracting(Ranked::force)
                    .containsExactly("wiltshire", "norfolk", "suffolk");
            assertThat(compared.groupLabel(names(db)))
                    .isEqualTo("Suffolk and its Most Similar Group of 3 forces (source: Home Office MSG (test); file"
                            + " msg.csv)");
            assertThat(compared.comparison().label(compared.comparison().simple(), names(db)))
                    .isEqualTo("simple average of the 3 forces with a value, Suffolk included");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void namesEveryForceThatHoldsTheMeasureButHasNoValueForThePeriodAsMissing(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            HomeOfficeImporter.on(db, Clock.fixed(AT, ZoneOffset.UTC)).importFile(slice(), "analyst");

            // The slice holds the 12 months to June 2017 for Suffolk only.
            PeerComparison comparison = PeerComparisons.on(db)
                    .compare(
                            PeerMeasure.of("home-office/crime/total"),
                            "suffolk",
                            new Period.RollingYear(YearMonth.of(2017, 6)),
                            AT,
                            ImprovementDirection.DECREASE)
                    .comparison();

            assertThat(comparison.ranking()).extracting(Ranked::force).containsExactly("suffolk");
            assertThat(comparison.missing())
                    .hasSize(43)
                    .contains("norfolk", "btp", "gwent")
                    .doesNotContain("suffolk");
            assertThat(comparison.groupSize()).isEqualTo(44);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void readsTheValuesAsTheyStoodAtAnInstant(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            long first = load(db, T1);
            long second = load(db, T2);
            long suffolk = series(db, "crime", "suffolk");
            long norfolk = series(db, "crime", "norfolk");
            Period april = Period.month(2019, 4);
            observe(db, suffolk, april, 1, 10.0, null, null, first, T1);
            observe(db, norfolk, april, 1, 20.0, null, null, first, T1);
            observe(db, norfolk, april, 2, 5.0, null, null, second, T2);
            PeerComparisons comparisons = PeerComparisons.on(db);
            PeerMeasure crime = PeerMeasure.of("crime");

            assertThat(comparisons
                            .compare(crime, "suffolk", april, T1, ImprovementDirection.DECREASE)
                            .comparison()
                            .ranking())
                    .extracting(Ranked::force, Ranked::value)
                    .containsExactly(tuple("suffolk", 10.0), tuple("norfolk", 20.0));
            assertThat(comparisons
                            .compare(crime, "suffolk", april, T3, ImprovementDirection.DECREASE)
                            .comparison()
                            .ranking())
                    .extracting(Ranked::force, Ranked::value)
                    .containsExactly(tuple("norfolk", 5.0), tuple("suffolk", 10.0));
            // A month takes the population of its own year: 2019, the last held.
            assertThat(comparisons
                            .compare(crime, "suffolk", april, T3, ImprovementDirection.DECREASE)
                            .populationYear())
                    .isEqualTo(2019);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void leavesOutAForceWithNothingRecordedByTheInstantAndNamesOneWhoseValueCameLaterAsMissing(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            long first = load(db, T1);
            long later = load(db, T3);
            Period march = Period.month(2019, 3);
            Period april = Period.month(2019, 4);
            observe(db, series(db, "crime", "suffolk"), april, 1, 10.0, null, null, first, T1);
            // Norfolk held the measure at T2, for March; its April came later.
            long norfolk = series(db, "crime", "norfolk");
            observe(db, norfolk, march, 1, 20.0, null, null, first, T1);
            observe(db, norfolk, april, 1, 21.0, null, null, later, T3);
            // Essex held nothing at T2.
            observe(db, series(db, "crime", "essex"), april, 1, 30.0, null, null, later, T3);

            PeerComparison comparison = PeerComparisons.on(db)
                    .compare(PeerMeasure.of("crime"), "suffolk", april, T2, ImprovementDirection.DECREASE)
                    .comparison();

            assertThat(comparison.ranking()).extracting(Ranked::force).containsExactly("suffolk");
            assertThat(comparison.missing()).containsExactly("norfolk");
            assertThat(comparison.groupSize()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void comparesARatioSuchAsASolvedRateFromEachForcesOwnNumeratorAndDenominator(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            long load = load(db, T1);
            Period quarter = Period.quarter(2019, 1);
            // Hand-made: Suffolk solved 30 of 200 (15 %), Norfolk 10 of 400 (2.5 %); Essex has no denominator.
            observe(db, series(db, "solved", "suffolk"), quarter, 1, 30.0, null, null, load, T1);
            observe(db, series(db, "investigable", "suffolk"), quarter, 1, 200.0, null, null, load, T1);
            observe(db, series(db, "solved", "norfolk"), quarter, 1, 10.0, null, null, load, T1);
            observe(db, series(db, "investigable", "norfolk"), quarter, 1, 400.0, null, null, load, T1);
            observe(db, series(db, "solved", "essex"), quarter, 1, 12.0, null, null, load, T1);
            PeerMeasure solvedRate = PeerMeasure.ratio("solved", "investigable", 100);

            GroupComparison compared =
                    PeerComparisons.on(db).compare(solvedRate, "suffolk", null, T2, ImprovementDirection.INCREASE);

            assertThat(compared.period()).isEqualTo(quarter);
            assertThat(compared.comparison().ranking())
                    .extracting(Ranked::force, Ranked::value)
                    .containsExactly(tuple("suffolk", 15.0), tuple("norfolk", 2.5));
            assertThat(compared.comparison().missing()).containsExactly("essex");
            // Pooled: (30 + 10) / (200 + 400) × 100 = 6.667 %, not the simple (15 + 2.5) / 2 = 8.75 %.
            assertThat(compared.comparison().simple().value()).isEqualTo(8.75);
            assertThat(compared.comparison().weighted().weighting()).isEqualTo(Weighting.DENOMINATOR);
            assertThat(compared.comparison().weighted().value()).isCloseTo(40.0 / 600 * 100, within(1e-9));
            assertThat(solvedRate).hasToString("solved ÷ investigable × 100");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void comparesManyMeasuresAtOnceEachAtTheForcesOwnLatestPeriod(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            long load = load(db, T1);
            long late = load(db, T3);
            long suffolkCrime = series(db, "crime", "suffolk");
            long norfolkCrime = series(db, "crime", "norfolk");
            observe(db, suffolkCrime, Period.month(2019, 4), 1, 10.0, null, null, load, T1);
            observe(db, suffolkCrime, Period.month(2019, 5), 1, 11.0, null, null, load, T1);
            observe(db, norfolkCrime, Period.month(2019, 5), 1, 30.0, null, null, load, T1);
            // Norfolk has June, which Suffolk has not: Suffolk is compared in May, its own latest.
            observe(db, norfolkCrime, Period.month(2019, 6), 1, 31.0, null, null, load, T1);
            // Recorded after the instant asked about: not seen.
            observe(db, suffolkCrime, Period.month(2019, 7), 1, 12.0, null, null, late, T3);
            long suffolkCalls = series(db, "calls", "suffolk");
            observe(db, suffolkCalls, Period.quarter(2019, 1), 1, 90.0, 90.0, 100.0, load, T1);
            observe(db, series(db, "calls", "kent"), Period.quarter(2019, 1), 1, 80.0, 160.0, 200.0, load, T1);
            Map<PeerMeasure, ImprovementDirection> wanted = new LinkedHashMap<>();
            wanted.put(PeerMeasure.of("crime"), ImprovementDirection.DECREASE);
            wanted.put(PeerMeasure.of("calls"), ImprovementDirection.INCREASE);
            wanted.put(PeerMeasure.of("nothing-held"), ImprovementDirection.INCREASE);
            wanted.put(PeerMeasure.ratio("crime", "calls", 1), ImprovementDirection.NEITHER);

            Map<PeerMeasure, GroupComparison> compared = PeerComparisons.on(db).compareLatest(wanted, "suffolk", T2);

            assertThat(compared).containsOnlyKeys(PeerMeasure.of("crime"), PeerMeasure.of("calls"));
            GroupComparison crime = compared.get(PeerMeasure.of("crime"));
            assertThat(crime.period()).isEqualTo(Period.month(2019, 5));
            assertThat(crime.comparison().ranking()).extracting(Ranked::force).containsExactly("suffolk", "norfolk");
            GroupComparison calls = compared.get(PeerMeasure.of("calls"));
            assertThat(calls.period()).isEqualTo(Period.quarter(2019, 1));
            assertThat(calls.comparison().ranking()).extracting(Ranked::force).containsExactly("suffolk", "kent");
            // Pooled by denominator: (90 + 160) / (100 + 200) × 100 = 83.33 %.
            assertThat(calls.comparison().weighted().value()).isCloseTo(250.0 / 300 * 100, within(1e-9));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void explainsWhatIsMissingWhenThereIsNothingToCompare(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            long load = load(db, T1);
            observe(db, series(db, "crime", "norfolk"), Period.month(2019, 4), 1, 1.0, null, null, load, T1);
            observe(db, series(db, "crime", "suffolk"), Period.month(2019, 3), 1, 1.0, null, null, load, T1);
            PeerComparisons comparisons = PeerComparisons.on(db);

            assertThatThrownBy(() -> comparisons.compare(
                            PeerMeasure.of("crimes"), "suffolk", null, T2, ImprovementDirection.DECREASE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "Scrutiny holds no series of crimes for any force: check the measure's name, or load its"
                                    + " data");
            assertThatThrownBy(() -> comparisons.compare(
                            PeerMeasure.of("crime"), "kent", null, T2, ImprovementDirection.DECREASE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("kent has no value of crime recorded by 2020-02-10T00:00:00Z to compare");
            assertThatThrownBy(() -> comparisons.compare(
                            PeerMeasure.of("crime"),
                            "suffolk",
                            Period.month(2019, 5),
                            T2,
                            ImprovementDirection.DECREASE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no force has a value of crime for 2019-05 recorded by 2020-02-10T00:00:00Z (the"
                            + " latest suffolk has is 2019-03)");
        }
    }

    @Test
    void weighsAPeriodByThePopulationOfThe30JuneItSpansOrElseOfTheYearItEndsIn() {
        assertThat(JdbcPeerComparisons.Populations.yearOf(new Period.RollingYear(YearMonth.of(2018, 3))))
                .isEqualTo(2017);
        assertThat(JdbcPeerComparisons.Populations.yearOf(new Period.RollingYear(YearMonth.of(2018, 6))))
                .isEqualTo(2018);
        assertThat(JdbcPeerComparisons.Populations.yearOf(DECEMBER_2018)).isEqualTo(2018);
        assertThat(JdbcPeerComparisons.Populations.yearOf(Period.financialYear(2018)))
                .isEqualTo(2018);
        assertThat(JdbcPeerComparisons.Populations.yearOf(Period.quarter(2018, 4)))
                .as("January to March 2019")
                .isEqualTo(2019);
        assertThat(JdbcPeerComparisons.Populations.yearOf(Period.month(2019, 1)))
                .isEqualTo(2019);
        assertThat(JdbcPeerComparisons.Populations.yearOf(Period.month(2019, 7)))
                .isEqualTo(2019);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void weighsByTheLatestPopulationHeldAndNotAtAllBeforeTheFirst(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            long load = load(db, T1);
            Period early = Period.financialYear(2005);
            Period late = Period.financialYear(2022);
            long suffolk = series(db, "crime", "suffolk");
            long norfolk = series(db, "crime", "norfolk");
            observe(db, suffolk, early, 1, 1.0, null, null, load, T1);
            observe(db, norfolk, early, 1, 2.0, null, null, load, T1);
            observe(db, suffolk, late, 1, 1.0, null, null, load, T1);
            PeerComparisons comparisons = PeerComparisons.on(db);

            GroupComparison before =
                    comparisons.compare(PeerMeasure.of("crime"), "suffolk", early, T2, ImprovementDirection.DECREASE);
            GroupComparison after =
                    comparisons.compare(PeerMeasure.of("crime"), "suffolk", late, T2, ImprovementDirection.DECREASE);

            assertThat(before.populationYear()).isNull();
            assertThat(before.comparison().weighted()).isNull();
            assertThat(before.comparison().simple().value()).isEqualTo(1.5);
            assertThat(after.populationYear()).isEqualTo(2019);
            assertThat(after.comparison().missing()).containsExactly("norfolk");
        }
    }

    private static Function<String, String> names(Database db) {
        Forces forces = Forces.on(db);
        return code -> forces.byCode(code).map(Force::name).orElse(code);
    }

    private static long load(Database db, Instant at) {
        return db.jdbc().sql("""
                        INSERT INTO data_load (kind, file_name, row_count, revisions, loaded_at, loaded_by)
                        VALUES ('csv', 'test.csv', 0, 0, ?, 'test') RETURNING id
                        """).param(at.toEpochMilli()).query(Long.class).single();
    }

    private static long series(Database db, String measure, String force) {
        return db.jdbc()
                .sql("INSERT INTO series (measure, force_code, breakdown) VALUES (?, ?, '') RETURNING id")
                .params(measure, force)
                .query(Long.class)
                .single();
    }

    private static void observe(
            Database db,
            long series,
            Period period,
            int revision,
            Double value,
            Double numerator,
            Double denominator,
            long load,
            Instant at) {
        db.jdbc()
                .sql("""
                        INSERT INTO observation (series_id, period, period_start, period_end, revision, value,
                            numerator, denominator, status, load_id, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'final', ?, ?)
                        """)
                .params(
                        series,
                        period.toString(),
                        period.start().toString(),
                        period.end().toString(),
                        revision,
                        value,
                        numerator,
                        denominator,
                        load,
                        at.toEpochMilli())
                .update();
    }

    private Path slice() {
        try (InputStream in = PeerComparisonsTest.class.getResourceAsStream("/home-office/rec-crime-pfa-slice.csv")) {
            Path file = folder.resolve("rec-crime-pfa-slice.csv");
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
