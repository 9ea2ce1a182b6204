package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * FunnelPlotR's own test of how it chooses the limits to judge outliers by
 * ({@code vectors/funnelplotr/outliers_func_test.csv}, from {@code test-outliers_func.R}): the 95% or 99.8%
 * limits, adjusted for overdispersion or not, and a unit on a limit is within it. Each row is a unit with
 * its ratio, the same made-up limits, and FunnelPlotR's verdict for the four choices; and for the ratio
 * multiplied by 100 against the same limits, which are taken to be on the plotted scale already (as Scrutiny's
 * are, the multiplier applied), so that every unit is then outside them.
 */
class FunnelPlotROutliersTest {

    @ParameterizedTest(name = "{8}")
    @CsvFileSource(resources = "/vectors/funnelplotr/outliers_func_test.csv", numLinesToSkip = 1)
    void judgesOutliersByTheLimitsTheSettingsChoose(
            double ucl95,
            double lcl95,
            double od95ucl,
            double od95lcl,
            double ucl99,
            double lcl99,
            double od99ucl,
            double od99lcl,
            String org,
            double rr,
            int unadjusted95,
            int adjusted95,
            int unadjusted99,
            int adjusted99,
            int unadjusted95Times100) {
        FunnelLimits limits95 = new FunnelLimits(lcl95, ucl95);
        FunnelLimits limits998 = new FunnelLimits(lcl99, ucl99);
        FunnelLimits adjusted95Limits = new FunnelLimits(od95lcl, od95ucl);
        FunnelLimits adjusted998Limits = new FunnelLimits(od99lcl, od99ucl);
        assertThat(outlier(
                        rr, FunnelPlot.judged(limits95, limits998, adjusted95Limits, adjusted998Limits, false, false)))
                .isEqualTo(unadjusted95 == 1);
        assertThat(outlier(
                        rr, FunnelPlot.judged(limits95, limits998, adjusted95Limits, adjusted998Limits, true, false)))
                .isEqualTo(adjusted95 == 1);
        assertThat(outlier(
                        rr, FunnelPlot.judged(limits95, limits998, adjusted95Limits, adjusted998Limits, false, true)))
                .isEqualTo(unadjusted99 == 1);
        assertThat(outlier(rr, FunnelPlot.judged(limits95, limits998, adjusted95Limits, adjusted998Limits, true, true)))
                .isEqualTo(adjusted99 == 1);
        assertThat(outlier(
                        100 * rr,
                        FunnelPlot.judged(limits95, limits998, adjusted95Limits, adjusted998Limits, false, false)))
                .isEqualTo(unadjusted95Times100 == 1);
    }

    private static boolean outlier(double value, FunnelLimits judged) {
        return !judged.contains(value);
    }
}
