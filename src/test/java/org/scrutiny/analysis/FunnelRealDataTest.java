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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scrutiny's funnel plots of real crime rates, against the same plots worked out from the method's published
 * description apart from Scrutiny by {@code bench/funnel_check.py} (src/test/resources/funnel-check/README.md):
 * residential burglary and robbery per 1,000 people in the 39 forces of England, 12 months to December 2018,
 * and total crime, 12 months to March 2016. Every column of every force, phi, tau² and the outliers agree
 * within 1e-9 relative (1e-12 absolute near zero).
 */
class FunnelRealDataTest {

    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-12;
    private static final FunnelSettings PER_THOUSAND =
            FunnelSettings.defaults().withDataType(FunnelDataType.PROPORTION).withMultiplier(1000);

    /** The script's per-force columns and what Scrutiny gives for each. */
    private static final Map<String, ToDoubleFunction<FunnelPoint>> COLUMNS = Map.ofEntries(
            Map.entry("value", p -> p.ratio() * 1000),
            Map.entry("transformed", FunnelPoint::transformed),
            Map.entry("z", FunnelPoint::zScore),
            Map.entry("winsorised_z", FunnelPoint::trimmedZScore),
            Map.entry("s", FunnelPoint::standardError),
            Map.entry("ll95", p -> p.limits95().lower()),
            Map.entry("ul95", p -> p.limits95().upper()),
            Map.entry("ll998", p -> p.limits998().lower()),
            Map.entry("ul998", p -> p.limits998().upper()),
            Map.entry("odll95", p -> p.adjustedLimits95().lower()),
            Map.entry("odul95", p -> p.adjustedLimits95().upper()),
            Map.entry("odll998", p -> p.adjustedLimits998().lower()),
            Map.entry("odul998", p -> p.adjustedLimits998().upper()));

    /** A row of funnel-check-cases.csv with the rows of funnel-check-points.csv of the same case. */
    record Case(NamedCsvRecord summary, List<NamedCsvRecord> forces) {
        @Override
        public String toString() {
            return summary.getField("case");
        }
    }

    static Stream<Case> cases() {
        List<NamedCsvRecord> points = rows("funnel-check-points.csv");
        return rows("funnel-check-cases.csv").stream()
                .map(c -> new Case(
                        c,
                        points.stream()
                                .filter(p -> p.getField("case").equals(c.getField("case")))
                                .toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithTheIndependentCalculation(Case c) {
        List<FunnelPlot.Unit> units = c.forces().stream()
                .map(r -> new FunnelPlot.Unit(r.getField("force"), number(r, "numerator"), number(r, "denominator")))
                .toList();
        FunnelPlot plot = FunnelPlot.of(units, PER_THOUSAND);
        Map<String, FunnelPoint> byForce =
                plot.points().stream().collect(Collectors.toMap(FunnelPoint::group, Function.identity()));
        NamedCsvRecord summary = c.summary();

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(plot.points()).hasSize(Integer.parseInt(summary.getField("forces")));
        softly.assertThat(plot.target())
                .as("target")
                .isCloseTo(number(summary, "target"), tolerance(summary, "target"));
        softly.assertThat(plot.targetTransformed())
                .as("target_transformed")
                .isCloseTo(number(summary, "target_transformed"), tolerance(summary, "target_transformed"));
        softly.assertThat(plot.phi()).as("phi").isCloseTo(number(summary, "phi"), tolerance(summary, "phi"));
        softly.assertThat(plot.tau2()).as("tau2").isCloseTo(number(summary, "tau2"), tolerance(summary, "tau2"));
        softly.assertThat(plot.adjusted()).as("adjusted").isEqualTo(Boolean.parseBoolean(summary.getField("adjusted")));
        TreeSet<String> outliers = new TreeSet<>();
        for (NamedCsvRecord row : c.forces()) {
            String force = row.getField("force");
            FunnelPoint p = byForce.get(force);
            COLUMNS.forEach((column, actual) -> softly.assertThat(actual.applyAsDouble(p))
                    .as(force + " " + column)
                    .isCloseTo(number(row, column), tolerance(row, column)));
            softly.assertThat(p.trimmed()).as(force + " winsorised").isEqualTo(flag(row, "winsorised"));
            softly.assertThat(p.outlier()).as(force + " outlier").isEqualTo(flag(row, "outlier"));
            if (p.outlier()) {
                outliers.add(force);
            }
        }
        softly.assertThat(outliers).as("outliers").isEqualTo(names(summary.getField("outliers")));
        softly.assertAll();
    }

    private static Offset<Double> tolerance(NamedCsvRecord row, String column) {
        return within(Math.max(ABSOLUTE, RELATIVE * Math.abs(number(row, column))));
    }

    private static double number(NamedCsvRecord row, String column) {
        return Double.parseDouble(row.getField(column));
    }

    private static boolean flag(NamedCsvRecord row, String column) {
        String v = row.getField(column);
        assertThat(v).as(column).isIn("true", "false");
        return v.equals("true");
    }

    private static TreeSet<String> names(String semicolonSeparated) {
        TreeSet<String> names = new TreeSet<>();
        if (!semicolonSeparated.isEmpty()) {
            names.addAll(Arrays.asList(semicolonSeparated.split(";")));
        }
        return names;
    }

    private static List<NamedCsvRecord> rows(String name) {
        try (InputStream in = FunnelRealDataTest.class.getResourceAsStream("/funnel-check/" + name)) {
            assertThat(in).as(name).isNotNull();
            List<NamedCsvRecord> rows = new ArrayList<>();
            try (CsvReader<NamedCsvRecord> csv =
                    CsvReader.builder().ofNamedCsvRecord(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                csv.forEach(rows::add);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
