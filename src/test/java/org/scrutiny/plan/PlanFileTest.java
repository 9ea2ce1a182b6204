package org.scrutiny.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.actions.Action;
import org.scrutiny.actions.ActionStatus;
import org.scrutiny.actions.Due;
import org.scrutiny.actions.Party;
import org.scrutiny.indicator.Baseline;
import org.scrutiny.indicator.Breakdown;
import org.scrutiny.indicator.ChartSettings;
import org.scrutiny.indicator.ChartType;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.Polarity;
import org.scrutiny.indicator.Stance;
import org.scrutiny.indicator.Target;
import org.scrutiny.indicator.Unit;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.input.Problem;
import org.scrutiny.series.Frequency;
import org.scrutiny.series.Period;

class PlanFileTest {

    /** A valid plan whose one indicator starts on line 10; {@link #withIndicator} adds lines from line 14. */
    private static final String PLAN = """
            scrutiny: 1
            id: test-plan
            title: Test plan
            force: suffolk
            period: {from: 2020-04-01, to: 2021-03-31}
            items:
              - id: T1
                title: Theme one
                indicators:
                  - id: i1
                    name: Indicator one
                    unit: count
                    polarity: lower-is-better
            """;

    private static String withIndicator(String... lines) {
        StringBuilder text = new StringBuilder(PLAN);
        for (String line : lines) {
            text.append("        ").append(line).append('\n');
        }
        return text.toString();
    }

    private static List<String> problemsOf(String text) {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> PlanFile.read("test.yaml", text));
        assertThat(e).as("the file should be rejected").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static Indicator onlyIndicator(String text) {
        return PlanFile.read("test.yaml", text).allIndicators().findFirst().orElseThrow();
    }

    static String resource(String path) {
        try (InputStream in = PlanFileTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsAMinimalPlanWithDefaults() {
        Plan plan = PlanFile.read("test.yaml", PLAN);

        assertThat(plan.id()).isEqualTo("test-plan");
        assertThat(plan.force()).isEqualTo("suffolk");
        assertThat(plan.startsOn()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(plan.endsOn()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.levelName(0)).isEqualTo("item");
        Indicator indicator = plan.allIndicators().findFirst().orElseThrow();
        assertThat(indicator.unit()).isEqualTo(Unit.COUNT);
        assertThat(indicator.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(indicator.frequency()).isNull();
        assertThat(indicator.baseline()).isEqualTo(new Baseline.None());
        assertThat(indicator.target()).isEqualTo(new Target.None());
        assertThat(indicator.collected()).isTrue();
        assertThat(indicator.comparedWithPeers()).isFalse();
        assertThat(indicator.chart()).isEqualTo(ChartSettings.defaults());
        assertThat(plan.measureOf(indicator)).isEqualTo("test-plan/i1");
    }

    @Test
    void readsTheSuffolkExample() {
        Plan plan = PlanFile.read("suffolk-2017-2021.yaml", resource("examples/plans/suffolk-2017-2021.yaml"));

        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.items()).extracting(PlanItem::ref).containsExactly("O1", "O2", "O3", "O4");
        assertThat(plan.levelName(1)).isEqualTo("action");
        assertThat(plan.allItems().filter(i -> i.ref().matches("\\d+"))).hasSize(19);
        assertThat(plan.allActions().count()).isGreaterThanOrEqualTo(19);

        Indicator calls = plan.indicator("999-answered-10s").orElseThrow();
        assertThat(calls.target())
                .isInstanceOfSatisfying(
                        Target.AtLeast.class, t -> assertThat(t.value()).isEqualTo(90));
        assertThat(plan.indicator("robbery").orElseThrow())
                .satisfies(i -> assertThat(plan.measureOf(i)).isEqualTo("home-office/crime/robbery"))
                .satisfies(i -> assertThat(i.comparedWithPeers()).isTrue())
                .satisfies(i -> assertThat(i.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER));
        assertThat(plan.indicator("crime-total").map(plan::measureOf)).contains("home-office/crime/total");
        assertThat(plan.indicator("domestic-burglary").map(plan::measureOf))
                .contains("home-office/crime/domestic-or-residential-burglary");
        assertThat(plan.indicator("ksi-collisions").map(plan::measureOf)).contains("suffolk-2017-2021/ksi-collisions");
        assertThat(plan.indicator("violence-with-injury").map(plan::measureOf))
                .contains("home-office/crime/violence-with-injury");
        assertThat(plan.indicator("ksi-collisions")).isPresent();
        assertThat(plan.indicator("robbery-investigation-possible")
                        .orElseThrow()
                        .derivation())
                .isEqualTo(new Indicator.Derivation("robbery-investigable", "robbery", 100));

        Action singlePoint = action(plan, "5.2");
        assertThat(singlePoint.due()).isEqualTo(new Due.ByMonth(YearMonth.of(2017, 6)));
        assertThat(singlePoint.dueText()).isEqualTo("By June 2017");
        assertThat(singlePoint.responsible()).containsExactly(Party.CHIEF_CONSTABLE);
        assertThat(action(plan, "17.2").due()).isEqualTo(new Due.Recurring(Frequency.ANNUAL));
        assertThat(action(plan, "17.1").responsible()).containsExactly(Party.CHIEF_CONSTABLE, Party.OPCC);
        assertThat(action(plan, "1.1").text())
                .isEqualTo("Suffolk Constabulary will answer a minimum of 90% of all '999' emergency calls within"
                        + " 10 seconds.");
        assertThat(plan.reports()).extracting(ScheduledReport::ref).contains("victim-code", "workforce", "road-safety");
    }

    private static Action action(Plan plan, String ref) {
        return plan.allActions().filter(a -> a.ref().equals(ref)).findFirst().orElseThrow();
    }

    @Test
    void rejectsUnknownPolarityWithLineAndColumn() {
        String text = PLAN.replace("polarity: lower-is-better", "polarity: up");

        assertThat(problemsOf(text))
                .containsExactly(
                        "test.yaml:13:19: unknown polarity 'up' (expected higher-is-better, lower-is-better or neither)");
    }

    @Test
    void suggestsTheNearestKnownKeyForAMisspeltOne() {
        assertThat(problemsOf(withIndicator("frequncy: quarterly")))
                .containsExactly("test.yaml:14:9: unknown key 'frequncy' in indicator (did you mean 'frequency'?)");
    }

    @Test
    void listsTheKnownKeysWhenNoneIsNear() {
        assertThat(problemsOf(withIndicator("colour: blue")))
                .singleElement()
                .asString()
                .startsWith("test.yaml:14:9: unknown key 'colour' in indicator (expected id, name, description,")
                .endsWith("chart or derived)");
    }

    @Test
    void reportsMissingRequiredKeysNamingTheThingThatLacksThem() {
        String text = PLAN.replace("        name: Indicator one\n", "").replace("title: Test plan\n", "");

        assertThat(problemsOf(text))
                .containsExactly(
                        "test.yaml:1:1: missing 'title' in the plan",
                        "test.yaml:9:9: missing 'name' in indicator 'i1'");
    }

    @Test
    void reportsAYamlSyntaxErrorAtItsPosition() {
        String text = PLAN.replace("title: Theme one", "title: [Theme one");

        List<String> problems = problemsOf(text);

        assertThat(problems)
                .singleElement()
                .asString()
                .isEqualTo(
                        "test.yaml:9:15: not valid YAML: expected ',' or ']', but got : (while parsing a flow sequence)");
        assertThat(problems.getFirst()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(problemsOf("# nothing yet\n"))
                .containsExactly("test.yaml:1:1: the file is empty; a plan file starts with 'scrutiny: 1'");
    }

    @Test
    void rejectsAnUnsupportedFormatVersion() {
        assertThat(problemsOf(PLAN.replace("scrutiny: 1", "scrutiny: 2")))
                .containsExactly("test.yaml:1:11: unsupported format version '2' (this Scrutiny reads 'scrutiny: 1')");
    }

    @Test
    void reportsValuesOfTheWrongType() {
        String text = withIndicator("compared-with-peers: often", "breakdowns: area", "baseline: {value: lots}")
                .replace("title: Theme one", "title: [Theme, one]");

        assertThat(problemsOf(text))
                .containsExactly(
                        "test.yaml:8:12: 'title' must be text, not a list",
                        "test.yaml:14:30: 'compared-with-peers' must be true or false, not 'often'",
                        "test.yaml:15:21: 'breakdowns' must be a list, not text",
                        "test.yaml:16:27: 'value' must be a number, not 'lots'");
    }

    @Test
    void reportsAnItemThatIsNotAMapping() {
        String text = PLAN + "  - just a title\n";

        assertThat(problemsOf(text))
                .containsExactly("test.yaml:14:5: item must be a mapping of keys to values, not text");
    }

    @Test
    void readsAUnitOfHours() {
        assertThat(onlyIndicator(PLAN.replace("unit: count", "unit: hours")).unit())
                .isEqualTo(Unit.HOURS);
    }

    @Test
    void reportsBadEnumValuesOfEveryKind() {
        String text = withIndicator("frequency: weekly", "stance: hope", "chart: pie")
                .replace("unit: count", "unit: percentage");

        assertThat(problemsOf(text))
                .containsExactly(
                        "test.yaml:12:15: unknown unit 'percentage' (expected count, percent, rate-per-1000, seconds,"
                                + " minutes, hours, days, money, grade, score or assessment)",
                        "test.yaml:14:20: unknown frequency 'weekly' (expected monthly, quarterly, six-monthly or annual)",
                        "test.yaml:15:17: unknown stance 'hope' (expected maintain, improve or transform)",
                        "test.yaml:16:16: unknown chart 'pie' (expected auto, run, xmr, p, p-prime, u, u-prime, c or"
                                + " none)");
    }

    @Test
    void rejectsBadDatesAndPeriods() {
        String text = withIndicator("frequency: annual", "baseline: 2019/21", "target: {at-most: 5, by: sometime}")
                .replace("from: 2020-04-01", "from: 2020-02-30")
                .replace("to: 2021-03-31", "to: 31/03/2021");

        assertThat(problemsOf(text))
                .containsExactly(
                        "test.yaml:5:16: '2020-02-30' is not a real date",
                        "test.yaml:5:32: 'to' must be a date such as 2017-04-01, not '31/03/2021'",
                        "test.yaml:15:19: '2019/21' is not a financial year: 21 does not follow 2019 (write 2019/20)",
                        "test.yaml:16:34: 'sometime' is not a period (expected a month such as 2019-01, a financial"
                                + " year such as 2019/20, a quarter such as 2019/20 Q1, a half such as 2019/20 H1, a"
                                + " year such as 2019, or 12 months to 2019-03)");
    }

    @Test
    void rejectsAPeriodThatEndsBeforeItStarts() {
        String text = PLAN.replace("to: 2021-03-31", "to: 2019-03-31");

        assertThat(problemsOf(text))
                .containsExactly("test.yaml:5:32: the period ends on 2019-03-31, before it starts on 2020-04-01");
    }

    @Test
    void rejectsAnUnknownForceSuggestingTheNearest() {
        assertThat(problemsOf(PLAN.replace("force: suffolk", "force: sufolk")))
                .containsExactly("test.yaml:4:8: unknown force 'sufolk' (did you mean 'suffolk'?)");
        assertThat(problemsOf(PLAN.replace("force: suffolk", "force: atlantis")))
                .containsExactly("test.yaml:4:8: unknown force 'atlantis' (expected a police.uk force name such as"
                        + " suffolk or devon-and-cornwall)");
    }

    @Test
    void rejectsDuplicateIdsOfItemsIndicatorsAndActions() {
        String text = PLAN + """
                  - id: i1
                    name: Again
                    unit: count
                    polarity: neither
                actions:
                  - {id: a1, text: One}
                  - {id: a1, text: Two}
              - id: T1
                title: Theme again
            """;

        assertThat(problemsOf(text))
                .containsExactly(
                        "test.yaml:14:13: duplicate indicator id 'i1' (first at line 10)",
                        "test.yaml:20:14: duplicate action id 'a1' (first at line 19)",
                        "test.yaml:21:9: duplicate item id 'T1' (first at line 7)");
    }

    @Test
    void allowsTheSameIdForThingsOfDifferentKinds() {
        String text = PLAN.replace("id: i1", "id: T1");

        assertThat(PlanFile.read("test.yaml", text).indicator("T1")).isPresent();
    }

    @Test
    void rejectsADuplicateKeyInOneMapping() {
        assertThat(problemsOf(withIndicator("unit: percent")))
                .containsExactly("test.yaml:14:9: duplicate key 'unit' in indicator (first at line 12)");
    }

    @Test
    void rejectsAnIdWithSpaces() {
        assertThat(problemsOf(PLAN.replace("id: i1", "id: T3A 3a")))
                .containsExactly("test.yaml:10:13: 'T3A 3a' is not a valid indicator id (use letters, digits, '.',"
                        + " '-' and '_', starting with a letter or digit, such as T3A.3a)");
    }

    @Test
    void readsADerivedIndicator() {
        String text = PLAN + """
                  - id: solved-rate
                    name: Solved rate
                    unit: percent
                    polarity: higher-is-better
                    derived: {numerator: solved, denominator: i1, multiplier: 100}
                  - id: solved
                    name: Solved
                    unit: count
                    polarity: higher-is-better
            """;

        Indicator rate =
                PlanFile.read("test.yaml", text).indicator("solved-rate").orElseThrow();

        assertThat(rate.derivation()).isEqualTo(new Indicator.Derivation("solved", "i1", 100));
    }

    @Test
    void rejectsADerivedIndicatorNamingAnUnknownIndicator() {
        String text = withIndicator("derived: {numerator: i2, denominator: i1}");

        assertThat(problemsOf(text))
                .containsExactly("test.yaml:14:30: derived from unknown indicator 'i2' (did you mean 'i1'?)");
    }

    @Test
    void readsBreakdownsWithKeyedLabelledValuesInTwoDimensions() {
        Indicator indicator = onlyIndicator(withIndicator(
                "breakdowns:",
                "  - id: grade",
                "    values: {grade-1: Grade 1, grade-2: Grade 2}",
                "  - id: area",
                "    label: Area",
                "    values:",
                "      urban: Urban",
                "      rural:"));

        assertThat(indicator.breakdowns())
                .containsExactly(
                        new Breakdown(
                                "grade",
                                "grade",
                                List.of(
                                        new Breakdown.Value("grade-1", "Grade 1"),
                                        new Breakdown.Value("grade-2", "Grade 2"))),
                        new Breakdown(
                                "area",
                                "Area",
                                List.of(new Breakdown.Value("urban", "Urban"), new Breakdown.Value("rural", "rural"))));
    }

    @Test
    void rejectsBreakdownValuesThatAreAList() {
        assertThat(problemsOf(withIndicator("breakdowns: [{id: area, values: [rural, urban]}]")))
                .containsExactly("test.yaml:14:41: 'values' must be a mapping of keys to labels (such as rural: Rural"
                        + " areas), not a list");
    }

    @Test
    void readsEveryKindOfBaseline() {
        assertThat(onlyIndicator(withIndicator("frequency: annual", "baseline: 2017-18"))
                        .baseline())
                .isEqualTo(new Baseline.OfPeriod(Period.financialYear(2017)));
        assertThat(onlyIndicator(withIndicator("baseline: {period: 2019/20 Q1}"))
                        .baseline())
                .isEqualTo(new Baseline.OfPeriod(Period.quarter(2019, 1)));
        assertThat(onlyIndicator(withIndicator("baseline: {from: 2005, to: 2009}"))
                        .baseline())
                .isEqualTo(new Baseline.AverageOf(Period.parse("2005"), Period.parse("2009")));
        assertThat(onlyIndicator(withIndicator("baseline: {value: 3000, note: officers in post}"))
                        .baseline())
                .isEqualTo(new Baseline.Value(3000, "officers in post"));
        assertThat(onlyIndicator(withIndicator("baseline: {to-be-decided: TBA}"))
                        .baseline())
                .isEqualTo(new Baseline.ToBeDecided("TBA"));
    }

    @Test
    void explainsHowToWriteABaselineThatIsToBeDecided() {
        assertThat(problemsOf(withIndicator("baseline: TBA")))
                .containsExactly("test.yaml:14:19: 'TBA' is not a period; for a baseline the plan leaves open, write"
                        + " to-be-decided: TBA");
    }

    @Test
    void rejectsABaselineMixingTwoForms() {
        assertThat(problemsOf(withIndicator("baseline: {value: 3, from: 2005, to: 2009}")))
                .containsExactly("test.yaml:14:19: a baseline is one of period, from/to, value or to-be-decided, not"
                        + " value and from/to");
    }

    @Test
    void readsEveryKindOfTarget() {
        assertThat(onlyIndicator(withIndicator("target: {at-least: 90, text: a minimum of 90%}"))
                        .target())
                .isEqualTo(new Target.AtLeast(90, null, "a minimum of 90%"));
        assertThat(onlyIndicator(withIndicator("frequency: annual", "target: {at-most: 320, by: 2015/16}"))
                        .target())
                .isEqualTo(new Target.AtMost(320, Period.financialYear(2015), ""));
        assertThat(onlyIndicator(withIndicator("target: {above: 3000, text: keep police officer numbers above 3000}"))
                        .target())
                .isEqualTo(new Target.Above(3000, null, "keep police officer numbers above 3000"));
        assertThat(onlyIndicator(withIndicator("frequency: annual", "target: {above: 3000, by: 2016/17}"))
                        .target())
                .isEqualTo(new Target.Above(3000, Period.financialYear(2016), ""));
        assertThat(onlyIndicator(withIndicator("target: {change: -40%, by: 2020, text: 40% reduction by 2020}"))
                        .target())
                .isEqualTo(new Target.ChangeFromBaseline(-40, Period.parse("2020"), "40% reduction by 2020"));
        assertThat(onlyIndicator(withIndicator("target: {change: -18}")).target())
                .isEqualTo(new Target.ChangeFromBaseline(-18, null, ""));
        assertThat(onlyIndicator(withIndicator("target: {direction: reduce, text: Reduce compared to 2017-18}"))
                        .target())
                .isEqualTo(new Target.Direction(Target.Way.REDUCE, "Reduce compared to 2017-18"));
        assertThat(onlyIndicator(withIndicator("target: increase")).target())
                .isEqualTo(new Target.Direction(Target.Way.INCREASE, ""));
        assertThat(onlyIndicator(withIndicator("target: maintain")).target()).isEqualTo(new Target.Maintain(""));
        assertThat(onlyIndicator(withIndicator("target: {to-be-set: true, text: Target to be set}"))
                        .target())
                .isEqualTo(new Target.ToBeSet("Target to be set"));
    }

    @Test
    void rejectsATargetOfTwoKinds() {
        assertThat(problemsOf(withIndicator("target: {at-least: 90, at-most: 95}")))
                .containsExactly("test.yaml:14:41: a target is one of at-least, at-most, above, change, direction,"
                        + " maintain or to-be-set, not both 'at-least' and 'at-most'");
    }

    @Test
    void rejectsAChangeThatIsNotAPercentage() {
        assertThat(problemsOf(withIndicator("target: {change: a lot}")))
                .containsExactly("test.yaml:14:26: 'change' must be a percentage such as -40% or 5%, not 'a lot'");
    }

    @Test
    void readsStanceCollectionAndPeers() {
        Indicator indicator = onlyIndicator(withIndicator(
                "stance: transform",
                "compared-with-peers: true",
                "collected: false",
                "collection-note: data not currently captured",
                "measure: home-office/crime/robbery",
                "chart: xmr"));

        assertThat(indicator.stance()).isEqualTo(Stance.TRANSFORM);
        assertThat(indicator.comparedWithPeers()).isTrue();
        assertThat(indicator.collected()).isFalse();
        assertThat(indicator.collectionNote()).isEqualTo("data not currently captured");
        assertThat(indicator.measure()).isEqualTo("home-office/crime/robbery");
        assertThat(indicator.chart().type()).isEqualTo(ChartType.XMR);
    }

    @Test
    void readsAnAssessmentInWords() {
        Indicator indicator = onlyIndicator(PLAN.replace("unit: count", "unit: assessment")
                .replace("polarity: lower-is-better", "polarity: neither"));

        assertThat(indicator.unit()).isEqualTo(Unit.ASSESSMENT);
        assertThat(indicator.unit().code()).isEqualTo("assessment");
    }

    @Test
    void readsHowOftenAnIndicatorIsReportedApartFromHowOftenItsDataComes() {
        Indicator rollingYear = onlyIndicator(withIndicator("frequency: quarterly", "reported: annual"));
        Indicator plain = onlyIndicator(withIndicator("frequency: quarterly"));

        assertThat(rollingYear.frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(rollingYear.reported()).isEqualTo(Frequency.ANNUAL);
        assertThat(rollingYear.reportedOrDefault()).isEqualTo(Frequency.ANNUAL);
        assertThat(plain.reported()).isNull();
        assertThat(plain.reportedOrDefault()).isEqualTo(Frequency.QUARTERLY);
        assertThat(problemsOf(withIndicator("reported: yearly")))
                .containsExactly("test.yaml:14:19: unknown frequency 'yearly' (expected monthly, quarterly,"
                        + " six-monthly or annual)");
    }

    @Test
    void readsChartSettingsFromAMapping() {
        Indicator indicator = onlyIndicator(withIndicator(
                "frequency: monthly",
                "chart:",
                "  type: xmr",
                "  shift: 8",
                "  trend: 6",
                "  two-of-three: within-limits-only",
                "  fix-after: 12",
                "  rebase: [2019-04, 2018-04]",
                "  two-sigma: true",
                "  screening: false"));

        ChartSettings chart = indicator.chart();
        assertThat(chart.type()).isEqualTo(ChartType.XMR);
        assertThat(chart.shiftLength()).isEqualTo(8);
        assertThat(chart.trendLength()).isEqualTo(6);
        assertThat(chart.twoOfThree()).isEqualTo(ChartSettings.TwoOfThree.WITHIN_LIMITS_ONLY);
        assertThat(chart.fixAfter()).isEqualTo(12);
        assertThat(chart.rebaseAt()).containsExactly(Period.month(2018, 4), Period.month(2019, 4));
        assertThat(chart.twoSigmaLines()).isTrue();
        assertThat(chart.screening()).isFalse();
    }

    @Test
    void givesAChartMappingWithoutATypeMakingDataCountsDefaults() {
        ChartSettings chart =
                onlyIndicator(withIndicator("chart: {rebase: 2019-04}")).chart();

        assertThat(chart.type()).isEqualTo(ChartType.AUTO);
        assertThat(chart.shiftLength()).isEqualTo(7);
        assertThat(chart.trendLength()).isEqualTo(7);
        assertThat(chart.twoOfThree()).isEqualTo(ChartSettings.TwoOfThree.BEYOND_LIMITS_COUNT);
        assertThat(chart.fixAfter()).isZero();
        assertThat(chart.rebaseAt()).containsExactly(Period.month(2019, 4));
    }

    @Test
    void rejectsBadChartSettingsWithLineAndColumn() {
        assertThat(problemsOf(withIndicator(
                        "chart:",
                        "  type: pie",
                        "  shift: 1",
                        "  trend: 6.5",
                        "  two-of-three: sometimes",
                        "  fix-after: many",
                        "  rebase: [2019-04, April, 2019-04]",
                        "  two-sigma: often",
                        "  colour: red")))
                .containsExactly(
                        "test.yaml:15:17: unknown chart 'pie' (expected auto, run, xmr, p, p-prime, u, u-prime, c or"
                                + " none)",
                        "test.yaml:16:18: 'shift' must be a whole number from 2 to 1000, not '1'",
                        "test.yaml:17:18: 'trend' must be a whole number from 2 to 1000, not '6.5'",
                        "test.yaml:18:25: unknown two-of-three variant 'sometimes' (expected beyond-limits-count or"
                                + " within-limits-only)",
                        "test.yaml:19:22: 'fix-after' must be a number, not 'many'",
                        "test.yaml:20:29: 'April' is not a period (expected a month such as 2019-01, a financial year such as"
                                + " 2019/20, a quarter such as 2019/20 Q1, a half such as 2019/20 H1, a year such as 2019, or 12"
                                + " months to 2019-03)",
                        "test.yaml:20:36: the limits are already rebased at Apr 2019 (line 20)",
                        "test.yaml:21:22: 'two-sigma' must be true or false, not 'often'",
                        "test.yaml:22:11: unknown key 'colour' in chart (expected type, shift, trend, two-of-three,"
                                + " fix-after, rebase, two-sigma or screening)");
    }

    @Test
    void rejectsAChartThatIsAList() {
        assertThat(problemsOf(withIndicator("chart: [xmr]")))
                .containsExactly("test.yaml:14:16: chart must be a mapping of keys to values, not a list");
    }

    @Test
    void readsEveryKindOfDueAndAction() {
        String text = PLAN.replace("    indicators:\n", """
                    actions:
                      - {id: a1, text: One, due: 2017-06-30, responsible: opcc, status: at-risk, lead: Head of Policy}
                      - {id: a2, text: Two, due: 2017-06, responsible: [commissioner, partners], by-when: By June 2017}
                      - {id: a3, text: Three, due: ongoing, scrutiny: Scrutinised via performance management framework}
                      - {id: a4, text: Four, due: {every: annual}}
                      - {id: a5, text: Five}
                    indicators:
                """);

        List<Action> actions = PlanFile.read("test.yaml", text).allActions().toList();

        assertThat(actions)
                .extracting(Action::due)
                .containsExactly(
                        new Due.ByDate(LocalDate.of(2017, 6, 30)),
                        new Due.ByMonth(YearMonth.of(2017, 6)),
                        new Due.Ongoing(),
                        new Due.Recurring(Frequency.ANNUAL),
                        new Due.Unstated());
        assertThat(actions.get(0).responsible()).containsExactly(Party.OPCC);
        assertThat(actions.get(0).status()).isEqualTo(ActionStatus.AT_RISK);
        assertThat(actions.get(0).lead()).isEqualTo("Head of Policy");
        assertThat(actions.get(1).responsible()).containsExactly(Party.COMMISSIONER, Party.PARTNERS);
        assertThat(actions.get(1).dueText()).isEqualTo("By June 2017");
        assertThat(actions.get(2).scrutiny()).isEqualTo("Scrutinised via performance management framework");
        assertThat(actions.get(4).status()).as("no status stated").isNull();
    }

    @Test
    void readsThePartsListedUnderAnAction() {
        String text = PLAN.replace("    indicators:\n", """
                    actions:
                      - id: a1
                        text: Carry out a full strategic review of the following issues
                        parts:
                          - Examining the scope for efficiency savings.
                          - Reviewing the police estate.
                      - {id: a2, text: Two}
                    indicators:
                """);

        List<Action> actions = PlanFile.read("test.yaml", text).allActions().toList();

        assertThat(actions.get(0).parts())
                .containsExactly("Examining the scope for efficiency savings.", "Reviewing the police estate.");
        assertThat(actions.get(1).parts()).isEmpty();
    }

    @Test
    void rejectsPartsThatAreNotTexts() {
        String text = PLAN.replace("    indicators:\n", """
                    actions:
                      - {id: a1, text: One, parts: [{a: b}]}
                    indicators:
                """);

        assertThat(problemsOf(text)).containsExactly("test.yaml:10:37: 'parts' must be text, not a mapping");
    }

    @Test
    void readsAnActionsNotesAsOneTextOrAList() {
        String text = PLAN.replace("    indicators:\n", """
                    actions:
                      - {id: a1, text: One, notes: Hidden harm includes child sexual exploitation}
                      - {id: a2, text: Two, notes: [First note, Second note]}
                      - {id: a3, text: Three}
                    indicators:
                """);

        List<Action> actions = PlanFile.read("test.yaml", text).allActions().toList();

        assertThat(actions)
                .extracting(Action::notes)
                .containsExactly(
                        List.of("Hidden harm includes child sexual exploitation"),
                        List.of("First note", "Second note"),
                        List.of());
        assertThat(problemsOf(PLAN.replace("    indicators:\n", """
                    actions:
                      - {id: a1, text: One, notes: {a: b}}
                    indicators:
                """)))
                .containsExactly("test.yaml:10:36: 'notes' must be a list, not a mapping");
    }

    @Test
    void rejectsBadDueDatesPartiesAndStatuses() {
        String text = PLAN.replace("    indicators:\n", """
                    actions:
                      - {id: a1, text: One, due: soon, responsible: [police], status: done}
                      - {id: a2, text: Two, due: 2017-13}
                    indicators:
                """);

        assertThat(problemsOf(text))
                .containsExactly(
                        "test.yaml:10:34: 'soon' is not a due date (expected a date such as 2017-06-30, a month such"
                                + " as 2017-06, ongoing, or every: annual)",
                        "test.yaml:10:54: unknown party 'police' (expected commissioner, chief-constable, partners or"
                                + " opcc)",
                        "test.yaml:10:71: unknown action status 'done' (expected not-started, in-progress, at-risk,"
                                + " complete, deferred or cancelled)",
                        "test.yaml:11:34: '2017-13' is not a real date or month");
    }

    @Test
    void readsNestedItemsNamedByTheirLevel() {
        String text = PLAN.replace("items:\n", "levels: [theme, outcome]\nitems:\n") + """
                items:
                  - id: T1A
                    title: Outcome A
                    items:
                      - id: T1A.x
            """;

        assertThat(problemsOf(text)).containsExactly("test.yaml:19:13: missing 'title' in outcome 'T1A.x'");
    }

    @Test
    void readsAnItemsTargetPeriodThatIsNotThePlans() {
        String text = PLAN.replace("    title: Theme one\n", """
                    title: Theme one
                    target-period:
                      to: 2016-03-31
                      text: extended to 31st March 2016
                """);

        PlanItem item = PlanFile.read("test.yaml", text).items().getFirst();

        assertThat(item.targetPeriod())
                .isEqualTo(new TargetPeriod(null, LocalDate.of(2016, 3, 31), "extended to 31st March 2016"));
        assertThat(PlanFile.read("test.yaml", PLAN).items().getFirst().targetPeriod())
                .isNull();
    }

    @Test
    void readsAnItemInPlainEnglishKeepingItsLines() {
        String text = PLAN.replace("    title: Theme one\n", """
                    title: Theme one
                    plain-english: |-
                      Reduce:
                      - anti-social behaviour
                """);

        assertThat(PlanFile.read("test.yaml", text).items().getFirst().plainEnglish())
                .isEqualTo("Reduce:\n- anti-social behaviour");
        assertThat(PlanFile.read("test.yaml", PLAN).items().getFirst().plainEnglish())
                .isNull();
    }

    @Test
    void givesAnIndicatorTheTargetPeriodOfTheNearestItemAboveThatStatesOne() {
        String text = PLAN.replace("    title: Theme one\n", """
                    title: Theme one
                    target-period: {to: 2016-03-31}
                    items:
                      - id: T1A
                        title: Outcome
                        indicators:
                          - {id: i2, name: Two, unit: count, polarity: neither}
                      - id: T1B
                        title: Outcome
                        target-period: {from: 2015-04-01, to: 2016-03-31}
                        indicators:
                          - {id: i3, name: Three, unit: count, polarity: neither}
                """) + """
              - id: T2
                title: Theme two
                indicators:
                  - {id: i4, name: Four, unit: count, polarity: neither}
            """;

        Plan plan = PlanFile.read("test.yaml", text);

        TargetPeriod theme = new TargetPeriod(null, LocalDate.of(2016, 3, 31), null);
        assertThat(plan.targetPeriodOf(plan.indicator("i1").orElseThrow())).contains(theme);
        assertThat(plan.targetPeriodOf(plan.indicator("i2").orElseThrow())).contains(theme);
        assertThat(plan.targetPeriodOf(plan.indicator("i3").orElseThrow()))
                .contains(new TargetPeriod(LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31), null));
        assertThat(plan.targetPeriodOf(plan.indicator("i4").orElseThrow())).isEmpty();
    }

    @Test
    void rejectsATargetPeriodWithoutAnEndOrEndingBeforeItStarts() {
        String text = PLAN.replace("    title: Theme one\n", """
                    title: Theme one
                    target-period: {from: 2015-04-01, to: 2015-03-31}
                    items:
                      - id: T1A
                        title: Outcome
                        target-period: {text: no end}
                """);

        assertThat(problemsOf(text))
                .containsExactly(
                        "test.yaml:9:43: the target period ends on 2015-03-31, before it starts on 2015-04-01",
                        "test.yaml:13:24: missing 'to' in target period");
    }

    @Test
    void readsAReportSchedule() {
        String text = PLAN + """
            reports:
              - id: delivery
                title: Delivery plan report
                every: quarterly
                audience: Business Coordination Board
                covers: [T1, i1]
              - id: panel
                title: Report to the Police and Crime Panel
                timing: at a frequency agreed with the Panel
            """;

        List<ScheduledReport> reports = PlanFile.read("test.yaml", text).reports();

        assertThat(reports)
                .containsExactly(
                        new ScheduledReport(
                                "delivery",
                                "Delivery plan report",
                                Frequency.QUARTERLY,
                                "Business Coordination Board",
                                null,
                                null,
                                List.of("T1", "i1")),
                        new ScheduledReport(
                                "panel",
                                "Report to the Police and Crime Panel",
                                null,
                                null,
                                "at a frequency agreed with the Panel",
                                null,
                                List.of()));
    }

    @Test
    void rejectsAReportCoveringSomethingTheplanDoesNotHave() {
        String text = PLAN + "reports: [{id: r, title: R, covers: [T9]}]\n";

        assertThat(problemsOf(text))
                .containsExactly(
                        "test.yaml:14:38: the report covers 'T9', which is no item, indicator or action of the plan");
    }

    @Test
    void reportsAllFiveMistakesOfTheBadExampleWithTheirPositions() {
        assertThat(problemsOf(resource("plans/five-mistakes.yaml")))
                .containsExactly(
                        "test.yaml:4:8: unknown force 'sufolk' (did you mean 'suffolk'?)",
                        "test.yaml:7:7: the period ends on 2019-03-31, before it starts on 2020-04-01",
                        "test.yaml:16:19: unknown polarity 'up' (expected higher-is-better, lower-is-better or neither)",
                        "test.yaml:17:9: unknown key 'frequncy' in indicator (did you mean 'frequency'?)",
                        "test.yaml:27:17: duplicate action id '1.1' (first at line 24)");
    }

    @Test
    void readsAFileThatStartsWithAByteOrderMark() {
        assertThat(PlanFile.read("test.yaml", "\uFEFF" + PLAN).id()).isEqualTo("test-plan");
    }

    @Test
    void refusesAliasBombs() {
        StringBuilder text = new StringBuilder(PLAN).append("vision: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 30; i++) {
            text.append("v").append(i).append(": [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n");
        }

        assertThatThrownBy(() -> PlanFile.read("test.yaml", text.toString())).isInstanceOf(InvalidInputException.class);
    }
}
