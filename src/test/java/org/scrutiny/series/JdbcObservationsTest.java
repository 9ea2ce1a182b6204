package org.scrutiny.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class JdbcObservationsTest {
    private static final SeriesKey KEY = SeriesKey.total("crime", "suffolk");
    private static final Instant T1 = Instant.parse("2020-01-10T00:00:00Z");
    private static final Instant T2 = Instant.parse("2020-02-10T00:00:00Z");
    private static final Instant T3 = Instant.parse("2020-03-10T00:00:00Z");

    @ParameterizedTest
    @EnumSource(Engine.class)
    void readsTheLatestRevisionOfEachPeriodAsAtADateInPeriodOrder(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            long first = load(db, T1);
            long second = load(db, T2);
            long series = series(db, KEY);
            long other = series(db, new SeriesKey("crime", "suffolk", "area=rural"));
            observe(db, series, Period.month(2019, 5), 1, 50.0, first, T1);
            observe(db, series, Period.month(2019, 4), 1, 40.0, first, T1);
            observe(db, series, Period.month(2019, 4), 2, 41.0, second, T2);
            observe(db, series, Period.month(2019, 6), 1, 60.0, second, T2);
            observe(db, other, Period.month(2019, 4), 1, 1.0, first, T1);

            Observations observations = Observations.on(db);

            assertThat(observations.series(KEY, T1.minusMillis(1))).isEmpty();
            assertThat(observations.series(KEY, T1))
                    .extracting(Observation::period, Observation::value, Observation::revision)
                    .containsExactly(tuple(Period.month(2019, 4), 40.0, 1), tuple(Period.month(2019, 5), 50.0, 1));
            assertThat(observations.series(KEY, T3))
                    .extracting(Observation::period, Observation::value, Observation::revision, Observation::loadId)
                    .containsExactly(
                            tuple(Period.month(2019, 4), 41.0, 2, second),
                            tuple(Period.month(2019, 5), 50.0, 1, first),
                            tuple(Period.month(2019, 6), 60.0, 1, second));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ordersPeriodsByTheirLastDayThenTheirFirst(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            long load = load(db, T1);
            long series = series(db, KEY);
            observe(db, series, Period.quarter(2019, 4), 1, 4.0, load, T1);
            observe(db, series, Period.financialYear(2019), 1, 10.0, load, T1);
            observe(db, series, Period.quarter(2019, 3), 1, 3.0, load, T1);

            assertThat(Observations.on(db).series(KEY, T1))
                    .extracting(Observation::period)
                    .containsExactly(Period.quarter(2019, 3), Period.financialYear(2019), Period.quarter(2019, 4));
            assertThat(Observations.on(db)
                            .totals(List.of(KEY.measure()), KEY.force(), T1)
                            .get(KEY.measure()))
                    .extracting(Observation::period)
                    .containsExactly(Period.quarter(2019, 3), Period.financialYear(2019), Period.quarter(2019, 4));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void readsTheTotalsOfManyMeasuresWithOneQueryAsTheyStoodAtADate(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            long first = load(db, T1);
            long second = load(db, T2);
            long crime = series(db, KEY);
            long asb = series(db, SeriesKey.total("asb", "suffolk"));
            long rural = series(db, new SeriesKey("crime", "suffolk", "area=rural"));
            long elsewhere = series(db, SeriesKey.total("crime", "norfolk"));
            long unasked = series(db, SeriesKey.total("burglary", "suffolk"));
            observe(db, crime, Period.month(2019, 5), 1, 50.0, first, T1);
            observe(db, crime, Period.month(2019, 4), 1, 40.0, first, T1);
            observe(db, crime, Period.month(2019, 4), 2, 41.0, second, T2);
            observe(db, asb, Period.month(2019, 4), 1, 7.0, second, T2);
            observe(db, rural, Period.month(2019, 4), 1, 1.0, first, T1);
            observe(db, elsewhere, Period.month(2019, 4), 1, 2.0, first, T1);
            observe(db, unasked, Period.month(2019, 4), 1, 3.0, first, T1);

            Observations observations = Observations.on(db);
            Map<String, List<Observation>> atT1 =
                    observations.totals(List.of("crime", "asb", "robbery"), "suffolk", T1);
            Map<String, List<Observation>> atT3 =
                    observations.totals(List.of("crime", "asb", "robbery"), "suffolk", T3);

            assertThat(atT1).containsOnlyKeys("crime", "asb", "robbery");
            assertThat(atT1.get("crime"))
                    .extracting(Observation::period, Observation::value, Observation::revision)
                    .containsExactly(tuple(Period.month(2019, 4), 40.0, 1), tuple(Period.month(2019, 5), 50.0, 1));
            assertThat(atT1.get("asb")).isEmpty();
            assertThat(atT1.get("robbery")).isEmpty();
            for (String measure : List.of("crime", "asb")) {
                assertThat(atT3.get(measure)).isEqualTo(observations.series(SeriesKey.total(measure, "suffolk"), T3));
            }
            assertThat(atT3.get("crime")).extracting(Observation::value).containsExactly(41.0, 50.0);
            assertThat(observations.totals(List.of(), "suffolk", T3)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void listsEveryRevisionOfAPeriodOldestFirstWithAllItsFields(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            long first = load(db, T1);
            long second = load(db, T2);
            long series = series(db, KEY);
            observe(db, series, Period.month(2019, 4), 2, 41.0, second, T2);
            observe(db, series, Period.month(2019, 4), 1, null, first, T1);
            db.jdbc()
                    .sql("UPDATE observation SET numerator = 41, denominator = 100, status = 'provisional', note = 'n'"
                            + " WHERE revision = 2")
                    .update();

            assertThat(Observations.on(db).revisions(KEY, Period.month(2019, 4)))
                    .containsExactly(
                            new Observation(
                                    Period.month(2019, 4),
                                    null,
                                    null,
                                    null,
                                    Observation.Status.FINAL,
                                    null,
                                    1,
                                    first,
                                    T1),
                            new Observation(
                                    Period.month(2019, 4),
                                    41.0,
                                    41.0,
                                    100.0,
                                    Observation.Status.PROVISIONAL,
                                    "n",
                                    2,
                                    second,
                                    T2));
            assertThat(Observations.on(db).revisions(KEY, Period.month(2019, 5)))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void versionsTheDataByItsLoadsEvenALoadStampedEarlierThanTheLast(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Observations observations = Observations.on(db);
            assertThat(observations.version()).isEqualTo(new Observations.DataVersion(0, Instant.EPOCH));

            load(db, T2);
            assertThat(observations.version()).isEqualTo(new Observations.DataVersion(1, T2));
            load(db, T1);
            assertThat(observations.version()).isEqualTo(new Observations.DataVersion(2, T2));
        }
    }

    private static long load(Database db, Instant at) {
        return db.jdbc().sql("""
                        INSERT INTO data_load (kind, file_name, row_count, revisions, loaded_at, loaded_by)
                        VALUES ('csv', 'test.csv', 0, 0, ?, 'test') RETURNING id
                        """).param(at.toEpochMilli()).query(Long.class).single();
    }

    private static long series(Database db, SeriesKey key) {
        return db.jdbc()
                .sql("INSERT INTO series (measure, force_code, breakdown) VALUES (?, ?, ?) RETURNING id")
                .params(key.measure(), key.force(), key.breakdown())
                .query(Long.class)
                .single();
    }

    private static void observe(
            Database db, long series, Period period, int revision, Double value, long load, Instant at) {
        db.jdbc()
                .sql("""
                        INSERT INTO observation (series_id, period, period_start, period_end, revision, value, status,
                            load_id, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'final', ?, ?)
                        """)
                .params(
                        series,
                        period.toString(),
                        period.start().toString(),
                        period.end().toString(),
                        revision,
                        value,
                        load,
                        at.toEpochMilli())
                .update();
    }
}
