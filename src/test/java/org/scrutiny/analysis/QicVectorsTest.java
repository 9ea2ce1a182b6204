package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * qicharts2's own reference results (its {@code tests/testthat/*.rds}, exported to CSV) against Scrutiny's
 * charts. Each case names the qicharts2 call that made it; indices in the settings are 0-based, so
 * qicharts2's {@code exclude = c(15, 23)} is {@code withExcluded(14, 22)}.
 *
 * <p>Numbers agree within 1e-9 relative (absolute 1e-15 near zero): the constants are qicharts2's own (d2 =
 * 1.128, D4 = 3.267, exact c4), so only the order of floating-point sums differs. Signals, runs counts and
 * limits agree exactly.
 */
class QicVectorsTest {

    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-15;

    record Case(String file, Function<QicSettings, QicChart> chart, QicSettings settings) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Arguments> pointCases() {
        QicSettings defaults = QicSettings.defaults();
        return Stream.of(
                        // qic(sample, obs, data = tbl_06.03, chart = 'xbar'): equal subgroups of 5.
                        new Case("ex_6.3_1", s -> subgroups(ChartKind.XBAR, "tbl_06.03", s), defaults),
                        // qic(sample, obs, data = tbl_06.03, chart = 's')
                        new Case("ex_6.3_2", s -> subgroups(ChartKind.S, "tbl_06.03", s), defaults),
                        // qic(sample, obs, data = tbl_06.04, chart = 'xbar'): subgroups of 3 to 5.
                        new Case("ex_6.4_1", s -> subgroups(ChartKind.XBAR, "tbl_06.04", s), defaults),
                        // qic(sample, obs, data = tbl_06.04, chart = 's')
                        new Case("ex_6.4_2", s -> subgroups(ChartKind.S, "tbl_06.04", s), defaults),
                        // qic(weeks, cost, data = tbl_06.07, chart = 'i', freeze = 20)
                        new Case(
                                "ex_6.5_3",
                                s -> single(ChartKind.I, "tbl_06.07", "cost", null, s),
                                defaults.withBaselinePoints(20)),
                        // qic(weeks, cost, data = tbl_06.07, chart = 'mr', freeze = 20)
                        new Case(
                                "ex_6.5_4",
                                s -> single(ChartKind.MR, "tbl_06.07", "cost", null, s),
                                defaults.withBaselinePoints(20)),
                        // qic(sample, count, size, data = tbl_07.03, chart = 'p', exclude = c(15, 23), part = 30)
                        new Case(
                                "ex_7.1_5",
                                s -> single(ChartKind.P, "tbl_07.03", "count", "size", s),
                                defaults.withExcluded(14, 22).withPartStarts(30)),
                        // qic(sample, count, size, data = tbl_07.04, chart = 'p'): varying sample sizes.
                        new Case("tbl_7.4_1", s -> single(ChartKind.P, "tbl_07.04", "count", "size", s), defaults),
                        // qic(sample, count, data = tbl_07.08, chart = 'c', exclude = c(6, 20), freeze = 26)
                        new Case(
                                "ex_7.3_3",
                                s -> single(ChartKind.C, "tbl_07.08", "count", null, s),
                                defaults.withExcluded(5, 19).withBaselinePoints(26)),
                        // qic(sample, count, size, data = tbl_07.10, chart = 'u')
                        new Case("ex_7.4_1", s -> single(ChartKind.U, "tbl_07.10", "count", "size", s), defaults),
                        // qic(roll, count, meters, data = tbl_07.11, chart = 'u', multiply = 50)
                        new Case(
                                "ex_7.5_1",
                                s -> single(ChartKind.U, "tbl_07.11", "count", "meters", s),
                                defaults.withMultiplier(50)),
                        // qic(failure, hours, data = tbl_07.14, chart = 't')
                        new Case("ex_7.6_1", s -> single(ChartKind.T, "tbl_07.14", "hours", null, s), defaults),
                        // qic(sample, obs, data = NA_test, chart = 'xbar'): a subgroup of nothing but NA (a gap),
                        // subgroups of one (no limits), and rows without a sample (dropped).
                        new Case("NA_test", s -> subgroups(ChartKind.XBAR, "NA_test", s), defaults))
                .map(c -> Arguments.of(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pointCases")
    void agreesWithQicharts2PointByPoint(Case c) {
        QicChart chart = c.chart().apply(c.settings());
        List<NamedCsvRecord> expected = read("expected_" + c.file() + ".csv");
        assertThat(chart.size()).isEqualTo(expected.size());
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < expected.size(); i++) {
            NamedCsvRecord row = expected.get(i);
            String at = c.file() + " x=" + row.getField("x") + " ";
            close(soft, at + "y", chart.value(i), number(row, "y"));
            if (!row.getField("n").isEmpty()) {
                close(soft, at + "n", chart.denominator(i), number(row, "n"));
            }
            close(soft, at + "cl", chart.centre(i), number(row, "cl"));
            close(soft, at + "lcl", chart.lowerLimit(i), number(row, "lcl"));
            close(soft, at + "ucl", chart.upperLimit(i), number(row, "ucl"));
            soft.assertThat(chart.outsideLimits(i)).as(at + "sigma.signal").isEqualTo(flag(row, "sigma.signal"));
            soft.assertThat(chart.included(i)).as(at + "include").isEqualTo(flag(row, "include"));
            soft.assertThat(chart.inBaseline(i)).as(at + "baseline").isEqualTo(flag(row, "baseline"));
            soft.assertThat(chart.part(i) + 1).as(at + "part").isEqualTo(integer(row, "part"));
            QicRuns runs = chart.runs(chart.part(i));
            soft.assertThat(runs.observations()).as(at + "n.obs").isEqualTo(integer(row, "n.obs"));
            soft.assertThat(runs.useful()).as(at + "n.useful").isEqualTo(integer(row, "n.useful"));
            soft.assertThat(runs.longestRun()).as(at + "longest.run").isEqualTo(integer(row, "longest.run"));
            soft.assertThat(runs.longestRunLimit())
                    .as(at + "longest.run.max")
                    .isEqualTo(integer(row, "longest.run.max"));
            soft.assertThat(runs.crossings()).as(at + "n.crossings").isEqualTo(integer(row, "n.crossings"));
            soft.assertThat(runs.crossingsLimit())
                    .as(at + "n.crossings.min")
                    .isEqualTo(integer(row, "n.crossings.min"));
            soft.assertThat(chart.runsSignal(i)).as(at + "runs.signal").isEqualTo(flag(row, "runs.signal"));
        }
        soft.assertAll();
    }

    record Summary(String file, String facet1, String facet2, QicChart chart) {
        @Override
        public String toString() {
            return file + " " + facet1 + "/" + facet2;
        }
    }

    static Stream<Arguments> summaryCases() {
        List<NamedCsvRecord> infections = read("input_hospital_infections.csv");
        QicSettings defaults = QicSettings.defaults();
        List<Summary> cases = new ArrayList<>();
        // qic(month, n, days, data = hospital_infections, chart = 'u'): all hospitals and infections summed
        // per month.
        cases.add(new Summary("hai_1", "1", "1", rates(infections, r -> true, r -> r.getField("month"), defaults)));
        // qic(month, n, days, data = hospital_infections, facets = ~ infection, chart = 'u')
        for (String infection : distinct(infections, "infection")) {
            cases.add(new Summary(
                    "hai_2",
                    infection,
                    "1",
                    rates(
                            infections,
                            r -> r.getField("infection").equals(infection),
                            r -> r.getField("month"),
                            defaults)));
        }
        // qic(month, n, days, data = hospital_infections, facets = hospital ~ infection, chart = 'u')
        for (String hospital : distinct(infections, "hospital")) {
            for (String infection : distinct(infections, "infection")) {
                cases.add(new Summary(
                        "hai_3",
                        hospital,
                        infection,
                        rates(
                                infections,
                                r -> r.getField("hospital").equals(hospital)
                                        && r.getField("infection").equals(infection),
                                r -> r.getField("month"),
                                defaults)));
            }
        }
        // qic(reorder(hospital, days), n, days, data = subset(hospital_infections, month >= '2016-07-01'),
        //     chart = 'u', facets = ~ infection, multiply = 10000): hospitals as categories, in the order
        // of their mean risk days.
        List<NamedCsvRecord> recent = infections.stream()
                .filter(r -> r.getField("month").compareTo("2016-07-01") >= 0)
                .toList();
        Map<String, double[]> days = new TreeMap<>();
        for (NamedCsvRecord r : recent) {
            double[] sum = days.computeIfAbsent(r.getField("hospital"), h -> new double[2]);
            sum[0] += number(r, "days");
            sum[1]++;
        }
        Map<String, String> order = new TreeMap<>();
        days.entrySet().stream()
                .sorted(Comparator.comparingDouble(e -> e.getValue()[0] / e.getValue()[1]))
                .forEach(e -> order.put(e.getKey(), String.format("%03d", order.size())));
        for (String infection : distinct(infections, "infection")) {
            cases.add(new Summary(
                    "hai_4",
                    infection,
                    "1",
                    rates(
                            recent,
                            r -> r.getField("infection").equals(infection),
                            r -> order.get(r.getField("hospital")),
                            defaults.withMultiplier(10000).withCategoricalSubgroups(true))));
        }
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("summaryCases")
    void agreesWithQicharts2Summaries(Summary c) {
        NamedCsvRecord row = read("expected_" + c.file() + ".csv").stream()
                .filter(r -> r.getField("facet1").equals(c.facet1())
                        && r.getField("facet2").equals(c.facet2()))
                .findFirst()
                .orElseThrow();
        QicChart chart = c.chart();
        QicRuns runs = chart.runs(0);
        double lower = 0;
        double centre = 0;
        double upper = 0;
        int outside = 0;
        for (int i = 0; i < chart.size(); i++) {
            lower += chart.lowerLimit(i);
            centre += chart.centre(i);
            upper += chart.upperLimit(i);
            outside += chart.outsideLimits(i) ? 1 : 0;
        }
        SoftAssertions soft = new SoftAssertions();
        close(soft, "aLCL", lower / chart.size(), number(row, "aLCL"));
        close(soft, "CL", centre / chart.size(), number(row, "CL"));
        close(soft, "aUCL", upper / chart.size(), number(row, "aUCL"));
        soft.assertThat(outside).as("sigma.signal").isEqualTo(integer(row, "sigma.signal"));
        soft.assertThat(runs.observations()).as("n.obs").isEqualTo(integer(row, "n.obs"));
        soft.assertThat(runs.useful()).as("n.useful").isEqualTo(integer(row, "n.useful"));
        soft.assertThat(runs.longestRun()).as("longest.run").isEqualTo(integer(row, "longest.run"));
        soft.assertThat(runs.longestRunLimit()).as("longest.run.max").isEqualTo(integer(row, "longest.run.max"));
        soft.assertThat(runs.crossings()).as("n.crossings").isEqualTo(integer(row, "n.crossings"));
        soft.assertThat(runs.crossingsLimit()).as("n.crossings.min").isEqualTo(integer(row, "n.crossings.min"));
        soft.assertThat(runs.signal() ? 1 : 0).as("runs.signal").isEqualTo(integer(row, "runs.signal"));
        soft.assertAll();
    }

    /** A U chart of the infections per risk day, summed over the rows sharing a subgroup key. */
    private static QicChart rates(
            List<NamedCsvRecord> rows,
            java.util.function.Predicate<NamedCsvRecord> facet,
            Function<NamedCsvRecord, String> subgroup,
            QicSettings settings) {
        Map<String, double[]> sums = new TreeMap<>();
        for (NamedCsvRecord r : rows) {
            if (facet.test(r)) {
                double[] sum = sums.computeIfAbsent(subgroup.apply(r), k -> new double[2]);
                sum[0] += number(r, "n");
                sum[1] += number(r, "days");
            }
        }
        double[] counts = sums.values().stream().mapToDouble(s -> s[0]).toArray();
        double[] exposure = sums.values().stream().mapToDouble(s -> s[1]).toArray();
        return QicChart.of(ChartKind.U, counts, exposure, settings);
    }

    private static QicChart single(
            ChartKind kind, String input, String valueColumn, String denominatorColumn, QicSettings settings) {
        List<NamedCsvRecord> rows = read("input_" + input + ".csv");
        double[] values = rows.stream().mapToDouble(r -> number(r, valueColumn)).toArray();
        double[] denominators = denominatorColumn == null
                ? null
                : rows.stream().mapToDouble(r -> number(r, denominatorColumn)).toArray();
        return QicChart.of(kind, values, denominators, settings);
    }

    /** Measurements grouped by sample number, in sample order; rows without a sample are dropped, as R does. */
    private static QicChart subgroups(ChartKind kind, String input, QicSettings settings) {
        Map<Integer, List<Double>> samples = new TreeMap<>();
        for (NamedCsvRecord r : read("input_" + input + ".csv")) {
            if (!r.getField("sample").isEmpty()) {
                samples.computeIfAbsent(Integer.valueOf(r.getField("sample")), k -> new ArrayList<>())
                        .add(number(r, "obs"));
            }
        }
        double[][] measurements = samples.values().stream()
                .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        return QicChart.ofMeasurements(kind, measurements, settings);
    }

    private static List<String> distinct(List<NamedCsvRecord> rows, String column) {
        return rows.stream().map(r -> r.getField(column)).distinct().sorted().toList();
    }

    private static void close(SoftAssertions soft, String what, double actual, double expected) {
        if (Double.isNaN(expected)) {
            soft.assertThat(actual).as(what).isNaN();
        } else {
            soft.assertThat(Math.abs(actual - expected))
                    .as(what + " = " + actual + ", expected " + expected)
                    .isLessThanOrEqualTo(RELATIVE * Math.abs(expected) + ABSOLUTE);
        }
    }

    private static double number(NamedCsvRecord row, String column) {
        String cell = row.getField(column);
        return cell.isEmpty() || cell.equals("NA") ? Double.NaN : Double.parseDouble(cell);
    }

    private static int integer(NamedCsvRecord row, String column) {
        return Integer.parseInt(row.getField(column));
    }

    private static boolean flag(NamedCsvRecord row, String column) {
        return Boolean.parseBoolean(row.getField(column));
    }

    private static List<NamedCsvRecord> read(String file) {
        try {
            Path path = Path.of(QicVectorsTest.class
                    .getResource("/vectors/qicharts2/" + file)
                    .toURI());
            try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(path)) {
                return reader.stream().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
