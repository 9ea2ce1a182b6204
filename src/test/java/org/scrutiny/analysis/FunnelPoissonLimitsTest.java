package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** FunnelPlotR's own exact Poisson limits ({@code vectors/funnelplotr/poisson_limits_test.csv}). */
class FunnelPoissonLimitsTest {

    @ParameterizedTest(name = "expected = {0}")
    @CsvFileSource(resources = "/vectors/funnelplotr/poisson_limits_test.csv", numLinesToSkip = 1)
    void agreesWithFunnelPlotRPoissonLimits(double expected, double ll95, double ul95, double ll998, double ul998) {
        FunnelLimits limits95 = FunnelPlot.poissonLimits(expected, 0.025, 0.975, 1);
        FunnelLimits limits998 = FunnelPlot.poissonLimits(expected, 0.001, 0.999, 1);
        assertThat(limits95.lower()).isCloseTo(ll95, within(1e-12));
        assertThat(limits95.upper()).isCloseTo(ul95, within(1e-12));
        assertThat(limits998.lower()).isCloseTo(ll998, within(1e-12));
        assertThat(limits998.upper()).isCloseTo(ul998, within(1e-12));
    }
}
