package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.analysis.FunnelPlotRVectorsTest.tolerance;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where Scrutiny's funnel plots deliberately differ from FunnelPlotR 0.6.0's, on its own vector cases
 * ({@code vectors/funnelplotr/funnel_cases.csv}); docs/funnel-plots.md gives the reasons and formulas.
 *
 * <ul>
 *   <li>CQC standardised ratios: FunnelPlotR leaves the overdispersion-adjusted limits on the square-root
 *       scale; Scrutiny squares them back to the ratio scale the points are plotted on.
 *   <li>Ratios of counts: FunnelPlotR draws the limits with 1/(2√D), the arcsine standard error of a
 *       proportion; Scrutiny draws them, and takes the z-scores, with the standard error of the log ratio
 *       under the null hypothesis O = θD, √(θD/(θD + ½)² + D/(D + ½)²), so phi changes too.
 *   <li>test_b: FunnelPlotR flags no outliers because it draws no limits; Scrutiny judges by the
 *       unadjusted ones.
 * </ul>
 *
 * <p>The expected corrected values were worked out apart from Scrutiny's code (in Python, from the
 * formulas above and the vectors' inputs).
 */
class FunnelPlotRDifferencesTest {

    private static final Set<String> ADJUSTED_LIMITS = Set.of("OD95LCL", "OD95UCL", "OD99LCL", "OD99UCL");
    private static final Set<String> ALL_LIMITS =
            Set.of("LCL95", "UCL95", "LCL99", "UCL99", "OD95LCL", "OD95UCL", "OD99LCL", "OD99UCL");

    /** The columns in which Scrutiny's own arithmetic is documented to differ from FunnelPlotR's for a case. */
    private static Set<String> documentedDifferences(FunnelPlotRCases.Case c) {
        FunnelSettings s = c.settings();
        Set<String> columns = new TreeSet<>();
        if (s.dataType() == FunnelDataType.STANDARDISED_RATIO && s.ratioMethod() == StandardisedRatioMethod.CQC) {
            columns.addAll(ADJUSTED_LIMITS);
            columns.add("outlier");
        }
        if (s.dataType() == FunnelDataType.RATIO_OF_COUNTS) {
            columns.addAll(ALL_LIMITS);
            columns.addAll(List.of("s", "Uzscore", "Wuzscore", "phi", "outlier"));
        }
        if (!c.drawsLimits()) {
            columns.add("outlier");
        }
        return columns;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.scrutiny.analysis.FunnelPlotRCases#all")
    void differsFromFunnelPlotRInTheDocumentedColumnsOnly(String caseId, FunnelPlotRCases.Case c) {
        FunnelPlot plot = FunnelPlot.of(c.units(), c.settings());
        Set<String> differing = new TreeSet<>();
        for (int i = 0; i < c.rows().size(); i++) {
            NamedCsvRecord r = c.rows().get(i);
            FunnelPoint p = plot.points().get(i);
            for (String column : FunnelPlotRCases.COLUMNS) {
                if (!close(FunnelPlotRCases.column(plot, p, column), FunnelPlotRCases.number(r, column))) {
                    differing.add(column);
                }
            }
            if (p.trimmed() != FunnelPlotRCases.trimmed(r)) {
                differing.add("trimmed");
            }
            if (p.outlier() != (FunnelPlotRCases.number(r, "outlier") == 1)) {
                differing.add("outlier");
            }
        }
        if (!close(plot.phi(), c.phi())) {
            differing.add("phi");
        }
        if (!close(plot.tau2(), c.tau2())) {
            differing.add("tau2");
        }
        assertThat(differing).isEqualTo(documentedDifferences(c));
    }

    @Test
    void squaresCqcAdjustedLimitsBackSoTestCUnitsBAndEAreNoLongerOutliers() {
        // 95% limits (1 ± 1.959964·√(1/(4E) + τ²))², τ² = 0.00440597597932009, ×100. FunnelPlotR's
        // unsquared 84.03–115.96 (b) and 83.71–116.28 (e) put both outside.
        FunnelPlot plot = plot("test_c_SR_CQC_trim05_x100_l95");
        FunnelPoint b = point(plot, "b");
        assertLimits(b.adjustedLimits95(), 70.61252928683739, 134.48748282504837);
        assertThat(b.ratio() * 100).isBetween(70.6, 134.4);
        FunnelPoint e = point(plot, "e");
        assertLimits(e.adjustedLimits95(), 70.07743742294686, 135.22836712900832);
        assertLimits(e.adjustedLimits998(), 55.23386832732228, 157.95590189907242);
        assertThat(outliers(plot)).isEmpty();
    }

    @Test
    void squaresCqcAdjustedLimitsBackSoOfSyntheticUnitsOnlyU04IsAnOutlier() {
        // FunnelPlotR flags U04, U07 and U18. U07 (0.7214) and U18 (1.1667) lie inside the squared 99.8% limits;
        // U04 (0.5625) does not.
        FunnelPlot plot = plot("syn_SR20_CQC_adjusted");
        assertLimits(point(plot, "U04").adjustedLimits998(), 0.6279597469588207, 1.4582032971126926);
        assertLimits(point(plot, "U07").adjustedLimits998(), 0.6822002108324375, 1.37838372480919);
        assertLimits(point(plot, "U18").adjustedLimits998(), 0.737942847616485, 1.3017988515267167);
        assertThat(outliers(plot)).containsExactly("U04");
    }

    @Test
    void drawsRatioOfCountsLimitsWithTheLogRatiosNullStandardErrorSoNoSyntheticUnitIsAnOutlier() {
        // θ = ΣO/ΣD = 1568/13340; s = √(θD/(θD + ½)² + D/(D + ½)²); limits solve
        // log((rD + ½)/(D + ½)) = log θ ± z·s for r. FunnelPlotR's s = 1/(2√D) (0.0707 for U01, against 0.405)
        // put 16 of the 20 units outside its 99.8% limits, though phi says they vary less than chance would.
        FunnelPlot plot = plot("syn_RC20_adjusted");
        assertThat(plot.target()).isCloseTo(0.11754122938530735, tolerance(0.11754122938530735));
        assertThat(plot.phi()).isCloseTo(0.8189702384377094, tolerance(0.8189702384377094));
        assertThat(plot.tau2()).isZero();
        FunnelPoint u01 = point(plot, "U01");
        assertThat(u01.standardError()).isCloseTo(0.40512090866443545, tolerance(0.40512090866443545));
        assertThat(u01.zScore()).isCloseTo(0.22411817617328975, tolerance(0.22411817617328975));
        assertLimits(u01.limits95(), 0.043662642801242456, 0.25263412079383946);
        assertLimits(u01.limits998(), 0.02394772683324483, 0.4051571349919177);
        FunnelPoint u20 = point(plot, "U20");
        assertThat(u20.zScore()).isCloseTo(-1.95800012976016, tolerance(-1.95800012976016));
        assertLimits(u20.limits998(), 0.09479819035745449, 0.14517990652661414);
        assertThat(outliers(plot)).isEmpty();
    }

    @Test
    void judgesTestBAgainstTheUnadjusted95LimitsWhereFunnelPlotRDrawsNoneAndFlagsNone() {
        // draw_adjusted = FALSE, limit 95, ×100: b (133.93) lies above its exact Poisson upper limit 120.33;
        // e (120.00) lies just inside its 121.63.
        FunnelPlot plot = plot("test_b_SR_unadjusted_x100_l95");
        assertThat(plot.adjusted()).isFalse();
        assertThat(point(plot, "b").limits95().upper()).isCloseTo(120.325985082264, tolerance(120.325985082264));
        assertThat(point(plot, "e").limits95().upper()).isCloseTo(121.626793792426, tolerance(121.626793792426));
        assertThat(outliers(plot)).containsExactly("b");
    }

    private static FunnelPlot plot(String caseId) {
        FunnelPlotRCases.Case c = FunnelPlotRCases.named(caseId);
        return FunnelPlot.of(c.units(), c.settings());
    }

    private static FunnelPoint point(FunnelPlot plot, String group) {
        return plot.points().stream()
                .filter(p -> p.group().equals(group))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> outliers(FunnelPlot plot) {
        List<String> groups = new ArrayList<>();
        plot.points().stream().filter(FunnelPoint::outlier).forEach(p -> groups.add(p.group()));
        return groups;
    }

    private static void assertLimits(FunnelLimits limits, double lower, double upper) {
        assertThat(limits.lower()).as("lower").isCloseTo(lower, tolerance(lower));
        assertThat(limits.upper()).as("upper").isCloseTo(upper, tolerance(upper));
    }

    private static boolean close(double actual, double expected) {
        if (Double.isNaN(expected)) {
            return Double.isNaN(actual);
        }
        return Math.abs(actual - expected) <= tolerance(expected).value;
    }
}
