package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * NHSRplotthedots 0.2.2's own outputs ({@code vectors/nhsrplotthedots/ptd_cases.csv} and its meta),
 * one case per case id: every column the file gives, point by point, and each facet's variation icon
 * and assurance. Numbers agree within 1e-9 relative (both use 2.66 and 3.267 exactly); everything else
 * exactly.
 *
 * <p>One deliberate difference is bridged here, not hidden: NHSRplotthedots assumes "increase" when no
 * improvement direction is given, Scrutiny assumes nothing ({@link ImprovementDirection#NEITHER}), so a
 * case without one is charted with the reference's default named explicitly.
 */
class NhsrPlotTheDotsVectorsTest {

    private static final String DIR = "/vectors/nhsrplotthedots/";
    private static final double RELATIVE = 1e-9;

    record Row(
            int i,
            String x,
            String facet,
            double y,
            int rebaseGroup,
            double fixY,
            double mean,
            double lpl,
            double upl,
            boolean outside,
            int relativeToMean,
            boolean close,
            String specialCauseType,
            boolean specialCauseFlag,
            String pointType,
            boolean shortGroupWarning,
            double target) {}

    static Stream<Arguments> cases() {
        Map<String, List<Row>> rows = readCases();
        JsonNode meta = readJson("ptd_cases_meta.json");
        assertThat(meta.size()).isEqualTo(rows.size());
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode c : meta) {
            String id = c.get("case_id").asString();
            cases.add(Arguments.of(id, c, rows.get(id)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithNhsrPlotTheDots(String caseId, JsonNode meta, List<Row> rows) {
        assertThat(rows).as("rows of " + caseId).isNotEmpty();
        JsonNode options = meta.get("options");
        Map<String, List<Row>> facets = new LinkedHashMap<>();
        for (Row row : rows) {
            facets.computeIfAbsent(row.facet(), f -> new ArrayList<>()).add(row);
        }
        assertThat(facets.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        meta.get("variation_point_type_last").propertyNames());
        for (var facet : facets.entrySet()) {
            List<Row> facetRows = facet.getValue();
            String where = caseId + " facet " + facet.getKey();
            XmrSettings settings = settingsOf(options, facetRows);
            double[] values = facetRows.stream().mapToDouble(Row::y).toArray();
            XmrChart chart = XmrChart.of(values, settings);

            for (int k = 0; k < facetRows.size(); k++) {
                Row row = facetRows.get(k);
                XmrPoint point = chart.point(k);
                String at = where + " point " + row.i();
                assertClose(at + " mean_col", point.mean(), row.mean());
                assertClose(at + " lpl", point.lowerLimit(), row.lpl());
                assertClose(at + " upl", point.upperLimit(), row.upl());
                assertThat(point.outsideLimits()).as(at + " outside_limits").isEqualTo(row.outside());
                assertThat(point.relativeToMean()).as(at + " relative_to_mean").isEqualTo(row.relativeToMean());
                assertThat(point.closeToLimits()).as(at + " close_to_limits").isEqualTo(row.close());
                assertThat(point.specialCause().label())
                        .as(at + " special_cause_type")
                        .isEqualTo(row.specialCauseType());
                assertThat(point.isSpecialCause())
                        .as(at + " special_cause_flag")
                        .isEqualTo(row.specialCauseFlag());
                assertThat(point.pointType().code()).as(at + " point_type").isEqualTo(row.pointType());
                assertThat(point.shortGroup()).as(at + " short_group_warning").isEqualTo(row.shortGroupWarning());
                assertThat(point.rebaseGroup()).as(at + " rebase_group").isEqualTo(row.rebaseGroup());
                // fix_y is the value where it set the limits and NA where the limits were fixed before it.
                assertThat(point.inBaseline()).as(at + " fix_y present").isEqualTo(!Double.isNaN(row.fixY()));
                if (point.inBaseline()) {
                    assertThat(row.fixY()).as(at + " fix_y").isEqualTo(row.y());
                }
                if (Double.isNaN(row.target())) {
                    assertThat(settings.target()).as(at + " target").isEmpty();
                } else {
                    assertThat(settings.target().getAsDouble())
                            .as(at + " target")
                            .isEqualTo(row.target());
                }
            }

            String variation =
                    meta.get("variation_point_type_last").get(facet.getKey()).asString();
            assertThat(chart.variation()).as(where + " variation icon").isPresent();
            assertThat(chart.variation().orElseThrow().pointType().code())
                    .as(where + " variation icon")
                    .isEqualTo(variation);
            JsonNode assurance = meta.get("assurance_type").get(facet.getKey());
            assertThat(chart.assurance())
                    .as(where + " assurance")
                    .isEqualTo(assuranceOf(assurance.isNull() ? null : assurance.asString()));
        }
    }

    private static XmrSettings settingsOf(JsonNode options, List<Row> rows) {
        XmrSettings settings = XmrSettings.defaults()
                // The reference's default direction, named because Scrutiny's default is NEITHER.
                .withImprovementDirection(ImprovementDirection.INCREASE);
        if (!options.isObject()) {
            return settings;
        }
        for (String name : options.propertyNames()) {
            JsonNode value = options.get(name);
            settings = switch (name) {
                case "improvement_direction" ->
                    settings.withImprovementDirection(
                            switch (value.asString()) {
                                case "increase" -> ImprovementDirection.INCREASE;
                                case "decrease" -> ImprovementDirection.DECREASE;
                                case "neutral" -> ImprovementDirection.NEITHER;
                                default -> throw new IllegalArgumentException(value.asString());
                            });
                case "screen_outliers" -> settings.withScreenMovingRanges(value.asBoolean());
                case "fix_after_n_points" -> settings.withFixAfterPoints(value.asInt());
                case "target" -> settings.withTarget(value.asDouble());
                case "rebase" -> settings.withRebaseAt(rebaseIndices(value, rows));
                // Facets are separate charts: the test charts each facet's rows on their own.
                case "facet_field" -> settings;
                default -> throw new IllegalArgumentException("option not understood: " + name);
            };
        }
        return settings;
    }

    private static int[] rebaseIndices(JsonNode value, List<Row> rows) {
        List<String> dates = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(date -> dates.add(date.asString()));
        } else {
            dates.add(value.asString());
        }
        return dates.stream()
                .mapToInt(date -> {
                    for (int k = 0; k < rows.size(); k++) {
                        if (rows.get(k).x().equals(date)) {
                            return k;
                        }
                    }
                    return fail("rebase date " + date + " is not a point of the case");
                })
                .toArray();
    }

    private static Assurance assuranceOf(String type) {
        if (type == null) {
            return Assurance.NONE;
        }
        return switch (type) {
            case "consistent_pass" -> Assurance.CONSISTENTLY_PASSES;
            case "consistent_fail" -> Assurance.CONSISTENTLY_FAILS;
            case "inconsistent" -> Assurance.HIT_AND_MISS;
            default -> throw new IllegalArgumentException(type);
        };
    }

    static void assertClose(String what, double actual, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
            return;
        }
        double tolerance = Math.max(RELATIVE * Math.abs(expected), 1e-12);
        assertThat(actual).as(what).isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
    }

    private static Map<String, List<Row>> readCases() {
        Map<String, List<Row>> cases = new LinkedHashMap<>();
        try (InputStream in = resource("ptd_cases.csv");
                CsvReader<NamedCsvRecord> csv =
                        CsvReader.builder().ofNamedCsvRecord(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            for (NamedCsvRecord r : csv) {
                cases.computeIfAbsent(r.getField("case_id"), id -> new ArrayList<>())
                        .add(new Row(
                                Integer.parseInt(r.getField("i")),
                                r.getField("x"),
                                r.getField("f"),
                                number(r.getField("y")),
                                Integer.parseInt(r.getField("rebase_group")),
                                number(r.getField("fix_y")),
                                number(r.getField("mean_col")),
                                number(r.getField("lpl")),
                                number(r.getField("upl")),
                                bool(r.getField("outside_limits")),
                                Integer.parseInt(r.getField("relative_to_mean")),
                                bool(r.getField("close_to_limits")),
                                r.getField("special_cause_type"),
                                bool(r.getField("special_cause_flag")),
                                r.getField("point_type"),
                                bool(r.getField("short_group_warning")),
                                number(r.getField("target"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static JsonNode readJson(String name) {
        try (InputStream in = resource(name)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = NhsrPlotTheDotsVectorsTest.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + DIR + name);
        }
        return in;
    }

    private static double number(String field) {
        return field.isEmpty() || field.equals("NA") ? Double.NaN : Double.parseDouble(field);
    }

    private static boolean bool(String field) {
        return switch (field) {
            case "TRUE" -> true;
            case "FALSE" -> false;
            default -> throw new IllegalArgumentException("not a logical: " + field);
        };
    }
}
