package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FunnelPlotR 0.6.0's per-unit results ({@code vectors/funnelplotr/funnel_cases.csv}) against Scrutiny's
 * funnel plots, one case per call of {@code funnel_plot} described in {@code funnel_cases_meta.json}.
 *
 * <p>Numbers agree within 1e-9 relative (1e-12 absolute near zero). This pins FunnelPlotR's behaviour in two
 * places where it is in doubt (docs/funnel-plots.md): the overdispersed limits of CQC standardised ratios are
 * not squared back from the square-root scale, and the limits of ratios of counts use the arcsine standard
 * error 1/(2√denominator) rather than the one their z-scores use.
 */
class FunnelPlotRVectorsTest {

    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-12;

    static Stream<Arguments> cases() {
        Map<String, List<NamedCsvRecord>> rows = new LinkedHashMap<>();
        try (InputStream in = resource("funnel_cases.csv");
                CsvReader<NamedCsvRecord> csv =
                        CsvReader.builder().ofNamedCsvRecord(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            csv.forEach(r -> rows.computeIfAbsent(r.getField("case_id"), k -> new ArrayList<>())
                    .add(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode meta : readMeta()) {
            String id = meta.get("case_id").asString();
            cases.add(Arguments.of(id, meta, rows.get(id)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithFunnelPlotR(String caseId, JsonNode meta, List<NamedCsvRecord> rows) {
        List<FunnelPlot.Unit> units = rows.stream()
                .map(r -> new FunnelPlot.Unit(r.getField("group"), number(r, "numerator"), number(r, "denominator")))
                .toList();
        FunnelPlot plot = FunnelPlot.of(units, settingsOf(meta.get("args")));

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(plot.phi())
                .as("phi")
                .isCloseTo(meta.get("phi").asDouble(), tolerance(meta.get("phi").asDouble()));
        softly.assertThat(plot.tau2())
                .as("tau2")
                .isCloseTo(
                        meta.get("tau2").asDouble(), tolerance(meta.get("tau2").asDouble()));
        softly.assertThat(plot.adjusted())
                .as("adjusted")
                .isEqualTo(meta.get("draw_adjusted_effective").asBoolean());
        // FunnelPlotR flags no outliers when it draws no limits (draw_adjusted = FALSE without
        // draw_unadjusted = TRUE, as in test_b); Scrutiny always judges against the unadjusted limits then.
        boolean judged = meta.get("draw_adjusted_effective").asBoolean()
                || meta.get("draw_unadjusted_effective").asBoolean();
        TreeSet<String> outliers = new TreeSet<>();
        for (int i = 0; i < rows.size(); i++) {
            NamedCsvRecord r = rows.get(i);
            FunnelPoint p = plot.points().get(i);
            String g = p.group() + " ";
            close(softly, g + "rr", p.ratio(), number(r, "rr"));
            close(softly, g + "target_transformed", plot.targetTransformed(), number(r, "target_transformed"));
            close(softly, g + "Y", p.transformed(), number(r, "Y"));
            close(softly, g + "Uzscore", p.zScore(), number(r, "Uzscore"));
            close(softly, g + "Wuzscore", p.trimmedZScore(), number(r, "Wuzscore"));
            close(softly, g + "s", p.standardError(), number(r, "s"));
            close(softly, g + "LCL95", p.limits95().lower(), number(r, "LCL95"));
            close(softly, g + "UCL95", p.limits95().upper(), number(r, "UCL95"));
            close(softly, g + "LCL99", p.limits998().lower(), number(r, "LCL99"));
            close(softly, g + "UCL99", p.limits998().upper(), number(r, "UCL99"));
            close(softly, g + "OD95LCL", p.adjustedLimits95().lower(), number(r, "OD95LCL"));
            close(softly, g + "OD95UCL", p.adjustedLimits95().upper(), number(r, "OD95UCL"));
            close(softly, g + "OD99LCL", p.adjustedLimits998().lower(), number(r, "OD99LCL"));
            close(softly, g + "OD99UCL", p.adjustedLimits998().upper(), number(r, "OD99UCL"));
            if (judged) {
                softly.assertThat(p.outlier()).as(g + "outlier").isEqualTo(number(r, "outlier") == 1);
            }
            String trimFlag = r.getField("truncated").isEmpty() ? "winsorised" : "truncated";
            softly.assertThat(p.trimmed()).as(g + trimFlag).isEqualTo(number(r, trimFlag) == 1);
            if (p.outlier()) {
                outliers.add(p.group());
            }
        }
        JsonNode expected = meta.get("outlier_groups");
        TreeSet<String> expectedOutliers = new TreeSet<>();
        if (expected.isArray()) {
            expected.forEach(n -> expectedOutliers.add(n.asString()));
        } else {
            expectedOutliers.add(expected.asString());
        }
        if (judged) {
            softly.assertThat(outliers).as("outlier groups").isEqualTo(expectedOutliers);
        }
        softly.assertAll();
    }

    private static FunnelSettings settingsOf(JsonNode args) {
        FunnelSettings s = FunnelSettings.defaults();
        if (!args.isObject()) {
            return s;
        }
        if (args.has("data_type")) {
            s = s.withDataType(
                    switch (args.get("data_type").asString()) {
                        case "SR" -> FunnelDataType.STANDARDISED_RATIO;
                        case "PR" -> FunnelDataType.PROPORTION;
                        case "RC" -> FunnelDataType.RATIO_OF_COUNTS;
                        default -> throw new IllegalArgumentException(args.toString());
                    });
        }
        if (args.has("sr_method")) {
            s = s.withRatioMethod(
                    StandardisedRatioMethod.valueOf(args.get("sr_method").asString()));
        }
        if (args.has("trim_by")) {
            s = s.withTrimBy(args.get("trim_by").asDouble());
        }
        if (args.has("multiplier")) {
            s = s.withMultiplier(args.get("multiplier").asDouble());
        }
        if (args.has("limit") && args.get("limit").asInt() == 95) {
            s = s.withInnerLimit();
        }
        if (args.has("draw_adjusted")) {
            s = s.withAdjusted(args.get("draw_adjusted").asBoolean());
        }
        return s;
    }

    private static void close(SoftAssertions softly, String what, double actual, double expected) {
        if (Double.isNaN(expected)) {
            softly.assertThat(actual).as(what).isNaN();
        } else {
            softly.assertThat(actual).as(what).isCloseTo(expected, tolerance(expected));
        }
    }

    private static org.assertj.core.data.Offset<Double> tolerance(double expected) {
        return within(Math.max(ABSOLUTE, RELATIVE * Math.abs(expected)));
    }

    private static double number(NamedCsvRecord r, String column) {
        String v = r.getField(column);
        return v.isEmpty() || v.equals("NA") ? Double.NaN : Double.parseDouble(v);
    }

    private static JsonNode readMeta() {
        try (InputStream in = resource("funnel_cases_meta.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = FunnelPlotRVectorsTest.class.getResourceAsStream("/vectors/funnelplotr/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
