package org.scrutiny.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutiny.actions.ActionStatus;
import org.scrutiny.actions.Party;
import org.scrutiny.indicator.ChartSettings;
import org.scrutiny.indicator.ChartType;
import org.scrutiny.indicator.Polarity;
import org.scrutiny.indicator.Stance;
import org.scrutiny.indicator.Target;
import org.scrutiny.indicator.Unit;
import org.scrutiny.series.Frequency;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema that editors use agrees with the examples and with the codes the reader accepts. */
class PlanSchemaTest {
    private static final String SCHEMA_TEXT = PlanFileTest.resource("schema/plan.schema.json");
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA_TEXT, InputFormat.JSON);
    private static final JsonNode DEFS =
            JsonMapper.builder().build().readTree(SCHEMA_TEXT).get("$defs");

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("examples/plans")).filter(p -> p.toString().endsWith(".yaml"));
    }

    private static List<Error> errorsOf(String yaml) {
        return SCHEMA.validate(yaml, InputFormat.YAML);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExamplePlanMatchesTheSchema(Path example) throws IOException {
        String text = Files.readString(example);

        assertThat(errorsOf(text)).isEmpty();
        assertThat(PlanFile.read(example.getFileName().toString(), text)).isNotNull();
    }

    @Test
    void theCompleteExampleOfTheFormatDocumentationIsValid() throws IOException {
        String doc = Files.readString(Path.of("docs/plan-format.md"));
        String section = doc.substring(doc.indexOf("## A complete example"));
        String yaml = section.substring(section.indexOf("```yaml\n") + 8, section.indexOf("\n```\n") + 1);

        assertThat(errorsOf(yaml)).isEmpty();
        Plan plan = PlanFile.read("plan-format.md", yaml);
        assertThat(plan.allIndicators()).hasSize(5);
        assertThat(plan.allActions()).hasSize(2);
    }

    @Test
    void thereIsAtLeastOneExample() throws IOException {
        assertThat(examples()).isNotEmpty();
    }

    @Test
    void rejectsABadPolarity() {
        String text = PlanFileTest.resource("examples/plans/suffolk-2017-2021.yaml")
                .replaceFirst("polarity: higher-is-better", "polarity: up");

        assertThat(errorsOf(text))
                .isNotEmpty()
                .anySatisfy(e -> assertThat(e.toString()).contains("polarity"));
    }

    @Test
    void rejectsAnUnknownKey() {
        String text = PlanFileTest.resource("examples/plans/suffolk-2017-2021.yaml")
                .replaceFirst("unit: percent", "unit: percent\n            frequncy: quarterly");

        assertThat(errorsOf(text))
                .isNotEmpty()
                .anySatisfy(e -> assertThat(e.toString()).contains("frequncy"));
    }

    @Test
    void rejectsAPlanWithoutItsFormatVersion() {
        String text =
                PlanFileTest.resource("examples/plans/suffolk-2017-2021.yaml").replace("scrutiny: 1\n", "");

        assertThat(errorsOf(text)).isNotEmpty();
    }

    @Test
    void acceptsEveryFormOfBaselineTargetAndDueTheReaderAccepts() {
        String text = """
                scrutiny: 1
                id: forms
                title: Forms
                force: nottinghamshire
                period: {from: 2018-04-01, to: 2021-03-31}
                items:
                  - id: T1
                    title: Theme
                    actions:
                      - {id: a1, text: One, due: 2017-06-30, responsible: opcc}
                      - {id: a2, text: Two, due: 2017-06, responsible: [commissioner, partners]}
                      - {id: a3, text: Three, due: ongoing}
                      - {id: a4, text: Four, due: {every: annual}}
                    indicators:
                      - {id: i1, name: A, unit: count, polarity: neither, baseline: 2017/18, target: maintain}
                      - {id: i2, name: B, unit: count, polarity: neither, baseline: {from: 2005, to: 2009},
                         target: {change: -40%, by: 2020, text: 40% reduction by 2020}}
                      - {id: i3, name: C, unit: count, polarity: neither, baseline: {value: 3000, note: officers},
                         target: {at-least: 3000}}
                      - {id: i4, name: D, unit: count, polarity: neither, baseline: {to-be-decided: TBA},
                         target: {to-be-set: true, text: Target to be set}}
                      - {id: i5, name: E, unit: count, polarity: neither, baseline: {period: 2017/18},
                         target: {direction: reduce}, stance: improve, chart: xmr,
                         derived: {numerator: i1, denominator: i2, multiplier: 100},
                         breakdowns: [{id: area, label: Area, values: {rural: Rural, urban: Urban}}]}
                      - {id: i6, name: F, unit: count, polarity: higher-is-better, target: {above: 3000, by: 2016/17}}
                reports:
                  - {id: r1, title: Delivery, every: quarterly, audience: Board, covers: [T1]}
                """;

        assertThat(errorsOf(text)).isEmpty();
        assertThat(PlanFile.read("forms.yaml", text).allIndicators()).hasSize(6);
    }

    @Test
    void acceptsATargetPeriodAndRejectsOneWithoutItsEnd() {
        String text = """
                scrutiny: 1
                id: periods
                title: Periods
                force: norfolk
                period: {from: 2013-04-01, to: 2017-03-31}
                items:
                  - id: P
                    title: Policing
                    target-period: {to: 2016-03-31, text: extended to 31st March 2016}
                """;

        assertThat(errorsOf(text)).isEmpty();
        assertThat(errorsOf(text.replace("to: 2016-03-31, ", "from: 2011-04-01, ")))
                .isNotEmpty();
    }

    @Test
    void unitsMatchTheJavaCodes() {
        assertThat(enumOf("unit")).isEqualTo(codes(Unit.values(), Unit::code));
    }

    @Test
    void polaritiesMatchTheJavaCodes() {
        assertThat(enumOf("polarity")).isEqualTo(codes(Polarity.values(), Polarity::code));
    }

    @Test
    void frequenciesMatchTheJavaCodes() {
        assertThat(enumOf("frequency")).isEqualTo(codes(Frequency.values(), Frequency::code));
    }

    @Test
    void stancesMatchTheJavaCodes() {
        assertThat(enumOf("stance")).isEqualTo(codes(Stance.values(), Stance::code));
    }

    @Test
    void chartsMatchTheJavaCodes() {
        assertThat(enumOf("chart-type")).isEqualTo(codes(ChartType.values(), ChartType::code));
    }

    @Test
    void twoOfThreeVariantsMatchTheJavaCodes() {
        assertThat(enumOf("two-of-three"))
                .isEqualTo(codes(ChartSettings.TwoOfThree.values(), ChartSettings.TwoOfThree::code));
    }

    @Test
    void chartSettingsMatchTheKeysTheReaderKnows() {
        assertThat(DEFS.get("chart").get("oneOf").get(1).get("properties").propertyNames().stream()
                        .toList())
                .containsExactlyElementsOf(PlanFile.CHART_KEYS);
    }

    @Test
    void partiesMatchTheJavaCodes() {
        assertThat(enumOf("party")).isEqualTo(codes(Party.values(), Party::code));
    }

    @Test
    void actionStatusesMatchTheJavaCodes() {
        assertThat(enumOf("action-status")).isEqualTo(codes(ActionStatus.values(), ActionStatus::code));
    }

    @Test
    void planStatusesMatchTheJavaCodes() {
        assertThat(enumOf("plan-status")).isEqualTo(codes(PlanStatus.values(), PlanStatus::code));
    }

    @Test
    void directionsMatchTheJavaCodes() {
        assertThat(enumOf("direction"))
                .containsExactlyInAnyOrderElementsOf(
                        codes(Target.Way.values(), w -> w.name().toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void keysMatchTheKeysTheReaderKnows() {
        assertThat(propertiesOf(null)).containsExactlyElementsOf(PlanFile.PLAN_KEYS);
        assertThat(propertiesOf("item")).containsExactlyElementsOf(PlanFile.ITEM_KEYS);
        assertThat(propertiesOf("indicator")).containsExactlyElementsOf(PlanFile.INDICATOR_KEYS);
        assertThat(propertiesOf("breakdown")).containsExactlyElementsOf(PlanFile.BREAKDOWN_KEYS);
        assertThat(propertiesOf("action")).containsExactlyElementsOf(PlanFile.ACTION_KEYS);
        assertThat(propertiesOf("report")).containsExactlyElementsOf(PlanFile.REPORT_KEYS);
    }

    private static List<String> propertiesOf(String def) {
        JsonNode node = def == null ? JsonMapper.builder().build().readTree(SCHEMA_TEXT) : DEFS.get(def);
        return node.get("properties").propertyNames().stream().toList();
    }

    private static List<String> enumOf(String def) {
        return DEFS.get(def).get("enum").valueStream().map(JsonNode::asString).toList();
    }

    private static <E> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }
}
