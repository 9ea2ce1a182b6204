package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases of {@code vectors/funnelplotr/funnel_cases.csv}: one call of FunnelPlotR's {@code funnel_plot}
 * each, its arguments and results from {@code funnel_cases_meta.json} and its units' rows.
 */
final class FunnelPlotRCases {

    /** The per-unit columns, in the order FunnelPlotR writes them, that Scrutiny computes. */
    static final List<String> COLUMNS = List.of(
            "rr",
            "target_transformed",
            "Y",
            "Uzscore",
            "Wuzscore",
            "s",
            "LCL95",
            "UCL95",
            "LCL99",
            "UCL99",
            "OD95LCL",
            "OD95UCL",
            "OD99LCL",
            "OD99UCL");

    private FunnelPlotRCases() {}

    record Case(String id, JsonNode meta, List<NamedCsvRecord> rows) {

        List<FunnelPlot.Unit> units() {
            return rows.stream()
                    .map(r ->
                            new FunnelPlot.Unit(r.getField("group"), number(r, "numerator"), number(r, "denominator")))
                    .toList();
        }

        /** The settings that match the case's arguments; FunnelPlotR's own mistakes left out. */
        FunnelSettings settings() {
            FunnelSettings s = FunnelSettings.defaults();
            JsonNode args = meta.get("args");
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

        double phi() {
            return meta.get("phi").asDouble();
        }

        double tau2() {
            return meta.get("tau2").asDouble();
        }

        boolean drawsAdjusted() {
            return meta.get("draw_adjusted_effective").asBoolean();
        }

        /**
         * Whether FunnelPlotR draws any limits, and so flags any outliers: not when asked for no adjusted limits
         * without being asked for unadjusted ones.
         */
        boolean drawsLimits() {
            return drawsAdjusted() || meta.get("draw_unadjusted_effective").asBoolean();
        }

        TreeSet<String> outlierGroups() {
            JsonNode expected = meta.get("outlier_groups");
            TreeSet<String> groups = new TreeSet<>();
            if (expected.isArray()) {
                expected.forEach(n -> groups.add(n.asString()));
            } else {
                groups.add(expected.asString());
            }
            return groups;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Arguments> all() {
        return cases().stream().map(c -> Arguments.of(c.id(), c));
    }

    static Case named(String id) {
        return cases().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id));
    }

    static List<Case> cases() {
        Map<String, List<NamedCsvRecord>> rows = new LinkedHashMap<>();
        try (InputStream in = resource("funnel_cases.csv");
                CsvReader<NamedCsvRecord> csv =
                        CsvReader.builder().ofNamedCsvRecord(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            csv.forEach(r -> rows.computeIfAbsent(r.getField("case_id"), k -> new ArrayList<>())
                    .add(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        for (JsonNode meta : readMeta()) {
            String id = meta.get("case_id").asString();
            cases.add(new Case(id, meta, rows.get(id)));
        }
        return cases;
    }

    /** The value Scrutiny gives for one of FunnelPlotR's per-unit columns. */
    static double column(FunnelPlot plot, FunnelPoint p, String column) {
        return switch (column) {
            case "rr" -> p.ratio();
            case "target_transformed" -> plot.targetTransformed();
            case "Y" -> p.transformed();
            case "Uzscore" -> p.zScore();
            case "Wuzscore" -> p.trimmedZScore();
            case "s" -> p.standardError();
            case "LCL95" -> p.limits95().lower();
            case "UCL95" -> p.limits95().upper();
            case "LCL99" -> p.limits998().lower();
            case "UCL99" -> p.limits998().upper();
            case "OD95LCL" -> p.adjustedLimits95().lower();
            case "OD95UCL" -> p.adjustedLimits95().upper();
            case "OD99LCL" -> p.adjustedLimits998().lower();
            case "OD99UCL" -> p.adjustedLimits998().upper();
            default -> throw new IllegalArgumentException(column);
        };
    }

    /** The trim flag FunnelPlotR gives: truncated for SHMI, winsorised otherwise. */
    static boolean trimmed(NamedCsvRecord r) {
        String column = r.getField("truncated").isEmpty() ? "winsorised" : "truncated";
        return number(r, column) == 1;
    }

    static double number(NamedCsvRecord r, String column) {
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

    static InputStream resource(String name) {
        InputStream in = FunnelPlotRCases.class.getResourceAsStream("/vectors/funnelplotr/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
