package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FunnelPlotR 0.6.0's per-unit results ({@code vectors/funnelplotr/funnel_cases.csv}) against Scrutiny's
 * funnel plots with {@link FunnelSettings#asFunnelPlotR()}, one case per call of {@code funnel_plot}
 * described in {@code funnel_cases_meta.json}: every column of all 185 rows, phi and tau², within 1e-9
 * relative (1e-12 absolute near zero).
 *
 * <p>Reproducing FunnelPlotR means repeating its two mistakes (CQC limits left on the square-root scale,
 * ratio-of-counts limits with an arcsine standard error); {@link FunnelPlotRDifferencesTest} holds Scrutiny's
 * own limits to the same cases. One difference stays even here: FunnelPlotR flags no outliers when it draws
 * no limits (test_b asks for no adjusted limits and no unadjusted ones), while Scrutiny always judges, then
 * against the unadjusted limits; for that case the outlier flags are checked against those limits' columns.
 */
class FunnelPlotRVectorsTest {

    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-12;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.scrutiny.analysis.FunnelPlotRCases#all")
    void agreesWithFunnelPlotR(String caseId, FunnelPlotRCases.Case c) {
        FunnelSettings settings = c.settings().asFunnelPlotR();
        FunnelPlot plot = FunnelPlot.of(c.units(), settings);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(plot.phi()).as("phi").isCloseTo(c.phi(), tolerance(c.phi()));
        softly.assertThat(plot.tau2()).as("tau2").isCloseTo(c.tau2(), tolerance(c.tau2()));
        softly.assertThat(plot.adjusted()).as("adjusted").isEqualTo(c.drawsAdjusted());
        TreeSet<String> outliers = new TreeSet<>();
        for (int i = 0; i < c.rows().size(); i++) {
            NamedCsvRecord r = c.rows().get(i);
            FunnelPoint p = plot.points().get(i);
            String g = p.group() + " ";
            for (String column : FunnelPlotRCases.COLUMNS) {
                close(softly, g + column, FunnelPlotRCases.column(plot, p, column), FunnelPlotRCases.number(r, column));
            }
            softly.assertThat(p.trimmed()).as(g + "trimmed").isEqualTo(FunnelPlotRCases.trimmed(r));
            boolean expectedOutlier =
                    c.drawsLimits() ? FunnelPlotRCases.number(r, "outlier") == 1 : outsideUnadjustedLimits(r, settings);
            softly.assertThat(p.outlier()).as(g + "outlier").isEqualTo(expectedOutlier);
            if (p.outlier()) {
                outliers.add(p.group());
            }
        }
        if (c.drawsLimits()) {
            softly.assertThat(outliers).as("outlier groups").isEqualTo(c.outlierGroups());
        }
        softly.assertAll();
    }

    /** Whether the unit lies outside FunnelPlotR's own unadjusted limits, the ones Scrutiny judges by then. */
    private static boolean outsideUnadjustedLimits(NamedCsvRecord r, FunnelSettings settings) {
        String limit = settings.outerLimit() ? "99" : "95";
        double value = settings.multiplier() * FunnelPlotRCases.number(r, "rr");
        return value < FunnelPlotRCases.number(r, "LCL" + limit) || value > FunnelPlotRCases.number(r, "UCL" + limit);
    }

    private static void close(SoftAssertions softly, String what, double actual, double expected) {
        if (Double.isNaN(expected)) {
            softly.assertThat(actual).as(what).isNaN();
        } else {
            softly.assertThat(actual).as(what).isCloseTo(expected, tolerance(expected));
        }
    }

    static Offset<Double> tolerance(double expected) {
        return within(Math.max(ABSOLUTE, RELATIVE * Math.abs(expected)));
    }
}
