package org.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutiny.indicator.Unit;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.input.Problem;
import org.scrutiny.input.Problems;
import org.scrutiny.plan.Plan;
import org.scrutiny.series.Frequency;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Observations;
import org.scrutiny.series.Period;
import org.scrutiny.series.SeriesKey;
import org.scrutiny.store.Database;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;

class ObservationImporterTest {
    private static final Instant FIRST_LOAD = Instant.parse("2020-05-01T09:00:00Z");
    private static final Instant SECOND_LOAD = Instant.parse("2020-06-01T09:00:00Z");
    private static final String HEADER = "indicator,period,area,age,value,numerator,denominator,status,note\n";
    private static final List<String> TABLES = List.of("data_load", "series", "observation", "observation_staging");

    @TempDir
    Path folder;

    private final Plan plan = TestPlans.standard();

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storesEachRowAsTheFirstRevisionOfItsSeries(Engine engine) {
        try (Database db = fresh(engine)) {
            DataImported done = load(db, csv("first.csv", HEADER + """
                    C1,2019-04,,,120,,,,
                    C1,2019-05,,,130,,,provisional,late returns
                    C1,2019-04,rural,,50,,,,
                    P1,2019/20 Q1,,children,,30,120,,
                    A1,2019/20,,,7,,,,
                    """), FIRST_LOAD);

            assertThat(done.rowsRead()).isEqualTo(5);
            assertThat(done.revisionsAdded()).isEqualTo(5);
            assertThat(done.unchanged()).isZero();
            Observations observations = Observations.on(db);
            List<Observation> total = observations.series(SeriesKey.total("test-plan/C1", "suffolk"), SECOND_LOAD);
            assertThat(total)
                    .extracting(Observation::period)
                    .containsExactly(Period.month(2019, 4), Period.month(2019, 5));
            assertThat(total.get(1).status()).isEqualTo(Observation.Status.PROVISIONAL);
            assertThat(total.get(1).note()).isEqualTo("late returns");
            assertThat(total.get(0).loadId()).isEqualTo(done.loadId());
            assertThat(observations.series(new SeriesKey("test-plan/C1", "suffolk", "area=rural"), SECOND_LOAD))
                    .extracting(Observation::value)
                    .containsExactly(50.0);
            Observation percent = observations
                    .series(new SeriesKey("test-plan/P1", "suffolk", "age=children"), SECOND_LOAD)
                    .getFirst();
            assertThat(percent.value()).isEqualTo(25.0);
            assertThat(percent.numerator()).isEqualTo(30.0);
            assertThat(percent.denominator()).isEqualTo(120.0);
            assertThat(db.jdbc()
                            .sql(
                                    "SELECT row_count, revisions, kind, p.slug FROM data_load d JOIN plan p ON p.id = d.plan_id")
                            .query((rs, n) ->
                                    rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getString(4))
                            .single())
                    .isEqualTo("5 5 csv test-plan");
            assertThat(count(db, "observation_staging")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rejectsTenThousandRowFileWholeForOneBadRowInTheMiddle(Engine engine) throws IOException {
        Plan big = TestPlans.many(10);
        try (Database db = fresh(engine, big)) {
            Path file = folder.resolve("big.csv");
            int badRow = 5_000;
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("indicator,period,value\n");
                for (int i = 0; i < 10_000; i++) {
                    String value = i == badRow ? "12x" : Integer.toString(i);
                    out.write("M" + (i % 10) + ","
                            + java.time.YearMonth.of(1900, 1).plusMonths(i / 10) + "," + value + "\n");
                }
            }

            InvalidInputException e = rejected(db, big, file);

            assertThat(e.problems())
                    .containsExactly(Problem.at("big.csv", badRow + 2, 3, "the value '12x' is not a number"));
            assertThat(e.problems().getFirst()).hasToString("big.csv:5002:3: the value '12x' is not a number");
            assertNothingStored(db);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void addsNothingWhenTheSameFileIsLoadedAgain(Engine engine) {
        try (Database db = fresh(engine)) {
            Path file = csv("again.csv", HEADER + "C1,2019-04,,,120,,,,\nC1,2019-04,urban,,70,,,,note\n");
            load(db, file, FIRST_LOAD);

            DataImported again = load(db, file, SECOND_LOAD);

            assertThat(again.revisionsAdded()).isZero();
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(count(db, "observation")).isEqualTo(2);
            assertThat(count(db, "series")).isEqualTo(2);
            assertThat(count(db, "data_load")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void addsRevisionTwoForAChangedValueAndReadsRevisionOneAsAtBeforeIt(Engine engine) {
        try (Database db = fresh(engine)) {
            load(db, csv("v1.csv", HEADER + "C1,2019-04,,,120,,,provisional,\nC1,2019-05,,,99,,,,\n"), FIRST_LOAD);
            DataImported second =
                    load(db, csv("v2.csv", HEADER + "C1,2019-04,,,125,,,final,\nC1,2019-05,,,99,,,,\n"), SECOND_LOAD);

            assertThat(second.revisionsAdded()).isEqualTo(1);
            assertThat(second.unchanged()).isEqualTo(1);
            SeriesKey key = SeriesKey.total("test-plan/C1", "suffolk");
            Observations observations = Observations.on(db);
            assertThat(observations.series(key, SECOND_LOAD.minusSeconds(1)))
                    .extracting(Observation::value, Observation::revision)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(120.0, 1),
                            org.assertj.core.groups.Tuple.tuple(99.0, 1));
            assertThat(observations.series(key, SECOND_LOAD))
                    .extracting(Observation::value, Observation::revision)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(125.0, 2),
                            org.assertj.core.groups.Tuple.tuple(99.0, 1));
            assertThat(observations.revisions(key, Period.month(2019, 4)))
                    .extracting(Observation::value, Observation::status, Observation::recordedAt)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(120.0, Observation.Status.PROVISIONAL, FIRST_LOAD),
                            org.assertj.core.groups.Tuple.tuple(125.0, Observation.Status.FINAL, SECOND_LOAD));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void namesBothLinesOfARepeatedRowAndStoresNothing(Engine engine) {
        try (Database db = fresh(engine)) {
            Path file = csv("twice.csv", HEADER + """
                    C1,2019-04,rural,,1,,,,
                    C1,2019-05,rural,,2,,,,
                    C1,Apr 2019,Rural,,3,,,,
                    """);

            assertThat(messages(rejected(db, plan, file)))
                    .containsExactly("twice.csv:4:1: the same indicator, period (2019-04) and breakdown (area=rural) as"
                            + " line 2: a file may give each value once");
            assertNothingStored(db);
        }
    }

    @Test
    void rejectsAnUnknownColumnNamingIt() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = csv("header.csv", "Indicator,Period,Aera,Value\nC1,2019-04,rural,1\n");

            assertThat(messages(rejected(db, plan, file)))
                    .containsExactly("header.csv:1:3: unknown column 'Aera': expected indicator, period, value,"
                            + " numerator, denominator, status, note, or a breakdown of the plan's indicators (age,"
                            + " area)");
            assertNothingStored(db);
        }
    }

    @Test
    void rejectsAHeaderWithoutValueOrPeriod() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = csv("header.csv", "indicator,numerator,note\nC1,2,\n");

            assertThat(messages(rejected(db, plan, file)))
                    .containsExactly(
                            "header.csv:1:1: no 'period' column: the header must name the columns indicator, period and"
                                    + " value (or numerator and denominator)",
                            "header.csv:1:1: no 'value' column: give a value column, or numerator and denominator"
                                    + " columns to compute the value from");
        }
    }

    @Test
    void readsBreakdownColumnsNamedByLabelAndValuesByLabelInAnyCase() {
        try (Database db = fresh(Engine.SQLITE)) {
            load(db, csv("labels.csv", "INDICATOR,period,Age Group,value\nP1,2019/20 Q2,CHILDREN,12.5\n"), FIRST_LOAD);

            assertThat(Observations.on(db)
                            .series(new SeriesKey("test-plan/P1", "suffolk", "age=children"), SECOND_LOAD))
                    .extracting(Observation::value)
                    .containsExactly(12.5);
        }
    }

    @Test
    void rejectsAPeriodThatIsNotAPeriod() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = csv("period.csv", HEADER + "C1,sometime,,,1,,,,\n");

            assertThat(messages(rejected(db, plan, file)))
                    .singleElement()
                    .asString()
                    .startsWith("period.csv:2:2: 'sometime' is not a period (expected a month such as 2019-01");
        }
    }

    @Test
    void rejectsAMonthForAQuarterlyIndicatorSayingSo() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = csv("period.csv", HEADER + "P1,2019-04,,,1,,,,\n");

            assertThat(messages(rejected(db, plan, file)))
                    .containsExactly("period.csv:2:2: '2019-04' is a month, but P1 is quarterly: give a quarter such"
                            + " as 2019/20 Q1, or 12 months to a quarter's end such as 2019-06");
        }
    }

    @Test
    void acceptsRollingYearsEndingAtQuarterEndsForAQuarterlyIndicator() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path good =
                    csv("rolling.csv", HEADER + "P1,12 months to 2018-12,,,1,,,,\nP1,12 months to 2019-03,,,2,,,,\n");
            Path bad = csv("off-cycle.csv", HEADER + "P1,12 months to 2019-02,,,1,,,,\n");

            assertThat(ObservationImporter.on(db, Clock.systemUTC())
                            .importFile(good, plan, "test", ImportListener.NONE)
                            .revisionsAdded())
                    .isEqualTo(2);
            assertThat(messages(rejected(db, plan, bad)))
                    .singleElement()
                    .asString()
                    .startsWith(
                            "off-cycle.csv:2:2: '12 months to 2019-02' is a rolling 12 months, but P1 is quarterly");
        }
    }

    @Test
    void rejectsAnUnknownIndicatorSuggestingTheRefInItsOwnCase() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = csv("ref.csv", HEADER + "X9,2019-04,,,1,,,,\nc1,2019-04,,,1,,,,\n");

            assertThat(messages(rejected(db, plan, file)))
                    .containsExactly(
                            "ref.csv:2:1: unknown indicator 'X9': the plan has no indicator with this reference",
                            "ref.csv:3:1: unknown indicator 'c1': the plan has no indicator with this reference (did"
                                    + " you mean 'C1'?)");
        }
    }

    @Test
    void rejectsAnUnknownBreakdownValueAndABreakdownTheIndicatorDoesNotHave() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = csv("breakdown.csv", HEADER + "C1,2019-04,suburban,,1,,,,\nC1,2019-04,,adults,1,,,,\n");

            assertThat(messages(rejected(db, plan, file)))
                    .containsExactly(
                            "breakdown.csv:2:3: unknown area 'suburban' for C1: expected rural, urban or empty for the"
                                    + " total",
                            "breakdown.csv:3:4: C1 has no breakdown by age: leave this cell empty");
        }
    }

    @Test
    void rejectsAValueForAnAssessmentInWords() {
        Plan withAssessment =
                TestPlans.plan("test-plan", TestPlans.indicator("S1", Unit.ASSESSMENT, Frequency.ANNUAL, true));
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = csv("assessment.csv", "indicator,period,value\nS1,2019/20,3\n");

            assertThat(messages(rejected(db, withAssessment, file)))
                    .containsExactly("assessment.csv:2:1: S1 is an assessment in words: it has no values to load, so"
                            + " leave it out of data files");
            assertNothingStored(db);
        }
    }

    @Test
    void listsEveryProblemOfEveryRow() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = csv("many.csv", HEADER + """
                    C1,2019-04,,,NaN,,,done,
                    P1,2019/20 Q1,,,,5,0,,
                    P1,2019/20 Q2,,,,5,,,
                    C1,2019-06,,,"1,5",,,,
                    C1,2019-07,,,Infinity,,,,
                    C1,2019-08,,,1e999,,,,
                    """);

            assertThat(messages(rejected(db, plan, file)))
                    .containsExactly(
                            "many.csv:2:5: the value 'NaN' is not a number",
                            "many.csv:2:8: unknown status 'done': expected provisional, final or empty (final)",
                            "many.csv:3:7: the denominator is 0: a proportion or rate of nothing has no value",
                            "many.csv:4:5: no value: give a value, or both a numerator and a denominator",
                            "many.csv:5:5: the value '1,5' is not a number (use a point for decimals: 1.5, not 1,5)",
                            "many.csv:6:5: the value 'Infinity' is not a number",
                            "many.csv:7:5: the value '1e999' is too large");
        }
    }

    @Test
    void readsThousandsSeparatorsAndAcceptsDataOfAnIndicatorNotYetCollected() {
        try (Database db = fresh(Engine.SQLITE)) {
            load(db, csv("numbers.csv", HEADER + "A1,2019/20,,,\"12,345.5\",,,,\n"), FIRST_LOAD);

            assertThat(Observations.on(db).series(SeriesKey.total("test-plan/A1", "suffolk"), SECOND_LOAD))
                    .extracting(Observation::value)
                    .containsExactly(12345.5);
        }
    }

    @Test
    void listsTheFirstThousandProblemsAndCountsTheRest() throws IOException {
        try (Database db = fresh(Engine.SQLITE)) {
            StringBuilder text = new StringBuilder(HEADER);
            for (int i = 0; i < 1_500; i++) {
                text.append("C1,2019-04,,,bad,,,,\n");
            }

            InvalidInputException e = rejected(db, plan, csv("bad.csv", text.toString()));

            assertThat(e.problems()).hasSize(Problems.LISTED);
            assertThat(e.unlisted()).isEqualTo(500);
        }
    }

    @Test
    void readsAFileWithAByteOrderMarkAndCrlfLineEnds() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = folder.resolve("windows.csv");
            write(file, "\uFEFFindicator,period,value,note\r\nC1,2019-04,5,\"two\r\nlines\"\r\nC1,2019-05,6,\r\n");

            DataImported done = load(db, file, FIRST_LOAD);

            assertThat(done.rowsRead()).isEqualTo(2);
            assertThat(Observations.on(db).series(SeriesKey.total("test-plan/C1", "suffolk"), SECOND_LOAD))
                    .extracting(Observation::value, Observation::note)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(5.0, "two\r\nlines"),
                            org.assertj.core.groups.Tuple.tuple(6.0, null));
        }
    }

    @Test
    void reportsLinesAfterAQuotedLineBreakByTheirLineInTheFile() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = csv("lines.csv", "indicator,period,value,note\nC1,2019-04,5,\"two\nlines\"\nC1,2019-05,x,\n");

            assertThat(messages(rejected(db, plan, file)))
                    .containsExactly("lines.csv:4:3: the value 'x' is not a number");
        }
    }

    @Test
    void rejectsAFileThatIsNotUtf8() throws IOException {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = folder.resolve("latin1.csv");
            Files.write(file, "indicator,period,value,note\nC1,2019-04,5,£5\n".getBytes(StandardCharsets.ISO_8859_1));

            assertThat(messages(rejected(db, plan, file)))
                    .containsExactly("latin1.csv:2:1: the file is not UTF-8 text (save it as \"CSV UTF-8\")");
            assertNothingStored(db);
        }
    }

    @Test
    void rejectsAnEmptyFile() {
        try (Database db = fresh(Engine.SQLITE)) {
            assertThat(messages(rejected(db, plan, csv("empty.csv", "\n\n"))))
                    .containsExactly("empty.csv: the file is empty: it needs a header row (indicator, period, value,"
                            + " …) and rows of data");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void loadsTheFirstSheetOfAWorkbook(Engine engine) {
        try (Database db = fresh(engine)) {
            Path file = TestWorkbooks.write(
                    folder.resolve("data.xlsx"),
                    List.of(
                            List.of("Indicator", "Period", "Area", "Value", "Status"),
                            Arrays.asList("C1", "2019-04", null, 120, null),
                            Arrays.asList("C1", LocalDate.of(2019, 5, 1), "Urban", 0.125, "provisional"),
                            Arrays.asList("A1", 2019, null, 7, "final")));

            DataImported done = load(db, file, FIRST_LOAD);

            assertThat(done.rowsRead()).isEqualTo(3);
            Observations observations = Observations.on(db);
            assertThat(observations.series(SeriesKey.total("test-plan/C1", "suffolk"), SECOND_LOAD))
                    .extracting(Observation::value)
                    .containsExactly(120.0);
            assertThat(observations.series(new SeriesKey("test-plan/C1", "suffolk", "area=urban"), SECOND_LOAD))
                    .extracting(Observation::period, Observation::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Period.month(2019, 5), 0.125));
            assertThat(observations.series(SeriesKey.total("test-plan/A1", "suffolk"), SECOND_LOAD))
                    .extracting(Observation::period)
                    .containsExactly(Period.parse("2019"));
            assertThat(db.jdbc()
                            .sql("SELECT kind FROM data_load")
                            .query(String.class)
                            .single())
                    .isEqualTo("xlsx");
        }
    }

    @Test
    void namesTheCellOfAProblemInAWorkbook() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = TestWorkbooks.write(
                    folder.resolve("data.xlsx"),
                    List.of(
                            List.of("indicator", "period", "value"),
                            List.of("C1", "2019-04", 1),
                            List.of("C1", "2019-05", "lots")));

            assertThat(messages(rejected(db, plan, file)))
                    .containsExactly("data.xlsx:3:3: the value 'lots' is not a number (cell C3)");
            assertNothingStored(db);
        }
    }

    @Test
    void rejectsATruncatedWorkbookWithAMessageNotAStackTrace() throws IOException {
        try (Database db = fresh(Engine.SQLITE)) {
            List<List<Object>> rows = new java.util.ArrayList<>();
            rows.add(List.of("indicator", "period", "value"));
            for (int i = 0; i < 2_000; i++) {
                rows.add(List.of(
                        "C1", java.time.YearMonth.of(1900, 1).plusMonths(i).toString(), i));
            }
            Path whole = TestWorkbooks.write(folder.resolve("whole.xlsx"), rows);
            byte[] bytes = Files.readAllBytes(whole);
            Path truncated = folder.resolve("truncated.xlsx");
            Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));

            InvalidInputException e = rejected(db, plan, truncated);

            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("truncated.xlsx");
                assertThat(p.message())
                        .startsWith("cannot read the workbook: it is damaged, truncated or not an XLSX file");
            });
            assertNothingStored(db);
        }
    }

    @Test
    void rejectsAFileNamedXlsxThatIsNotAWorkbook() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = csv("fake.xlsx", HEADER + "C1,2019-04,,,1,,,,\n");

            assertThat(messages(rejected(db, plan, file)))
                    .singleElement()
                    .asString()
                    .startsWith("fake.xlsx: cannot read the workbook: it is damaged, truncated or not an XLSX file");
        }
    }

    @Test
    void findsThePlanThroughTheLookupItIsGiven() {
        try (Database db = fresh(Engine.SQLITE)) {
            Path file = csv("data.csv", HEADER + "C1,2019-04,,,1,,,,\n");
            ObservationImporter importer = ObservationImporter.on(db, Clock.fixed(FIRST_LOAD, ZoneOffset.UTC));

            assertThat(importer.importFile(file, "test-plan", id -> Optional.of(plan), "analyst", ImportListener.NONE)
                            .revisionsAdded())
                    .isEqualTo(1);
            assertThatThrownBy(() -> importer.importFile(
                            file, "no-plan", id -> Optional.empty(), "analyst", ImportListener.NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("there is no plan 'no-plan': import the plan before its data");
        }
    }

    private Database fresh(Engine engine) {
        return fresh(engine, plan);
    }

    private static Database fresh(Engine engine, Plan plan) {
        Database db = TestDatabases.fresh(engine);
        TestPlans.store(db, plan);
        return db;
    }

    private DataImported load(Database db, Path file, Instant at) {
        return ObservationImporter.on(db, Clock.fixed(at, ZoneOffset.UTC))
                .importFile(file, plan, "analyst", ImportListener.NONE);
    }

    private static InvalidInputException rejected(Database db, Plan plan, Path file) {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> ObservationImporter.on(db, Clock.fixed(FIRST_LOAD, ZoneOffset.UTC))
                        .importFile(file, plan, "analyst", ImportListener.NONE));
        assertThat(e).as("the file is rejected").isNotNull();
        return e;
    }

    private static List<String> messages(InvalidInputException e) {
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static void assertNothingStored(Database db) {
        for (String table : TABLES) {
            assertThat(count(db, table)).as(table).isZero();
        }
    }

    static long count(Database db, String table) {
        return db.jdbc().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private Path csv(String name, String text) {
        Path file = folder.resolve(name);
        write(file, text);
        return file;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
