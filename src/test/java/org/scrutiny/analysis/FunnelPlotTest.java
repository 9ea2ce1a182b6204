package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FunnelPlotTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.scrutiny.analysis.FunnelPlotRCases#all")
    void aLimitCurveAtAUnitsDenominatorPassesThroughThatUnitsLimits(String caseId, FunnelPlotRCases.Case c) {
        for (FunnelSettings settings : List.of(c.settings(), c.settings().asFunnelPlotR())) {
            FunnelPlot plot = FunnelPlot.of(c.units(), settings);
            for (FunnelPoint p : plot.points()) {
                FunnelBand band = plot.limitsAt(p.denominator());
                assertThat(band.limits95())
                        .as(p.group())
                        .isEqualTo(plot.adjusted() ? p.adjustedLimits95() : p.limits95());
                assertThat(band.limits998())
                        .as(p.group())
                        .isEqualTo(plot.adjusted() ? p.adjustedLimits998() : p.limits998());
                FunnelLimits judged = settings.outerLimit() ? band.limits998() : band.limits95();
                assertThat(judged).isEqualTo(plot.judgedLimits(p));
                assertThat(p.outlier()).isEqualTo(!judged.contains(settings.multiplier() * p.ratio()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.scrutiny.analysis.FunnelPlotRCases#all")
    void anOutlierOnTheZScoreIsOutsideTheDrawnLimitsAndNoOtherUnitIs(String caseId, FunnelPlotRCases.Case c) {
        FunnelPlot plot = FunnelPlot.of(c.units(), c.settings());
        // Exact Poisson limits are not a normal approximation, so a z-score cannot match them exactly.
        boolean poisson = c.settings().dataType() == FunnelDataType.STANDARDISED_RATIO && !plot.adjusted();
        if (poisson) {
            return;
        }
        double z = c.settings().outerLimit() ? FunnelPlot.Z_998 : FunnelPlot.Z_95;
        for (FunnelPoint p : plot.points()) {
            double s = p.standardError();
            double adjustedZ = p.zScore() * s / Math.sqrt(s * s + plot.tau2());
            assertThat(p.outlier()).as(p.group() + " z " + adjustedZ).isEqualTo(Math.abs(adjustedZ) > z);
        }
    }

    @Test
    void spacesACurvesDenominatorsEvenlyOnALogScaleFromTheSmallestUnitToTheLargest() {
        FunnelPlot plot = FunnelPlot.of(
                List.of(unit("a", 10, 100), unit("b", 150, 10_000), unit("c", 12, 1_000)),
                FunnelSettings.defaults().withDataType(FunnelDataType.PROPORTION));
        List<FunnelBand> curve = plot.limitCurve(5);
        double[] expected = {100, 316.22776601683796, 1000, 3162.2776601683795, 10_000};
        assertThat(curve).hasSize(5);
        for (int k = 0; k < 5; k++) {
            assertThat(curve.get(k).denominator()).isCloseTo(expected[k], within(1e-9 * expected[k]));
        }
        assertThat(curve.getFirst()).isEqualTo(plot.limitsAt(100));
        assertThat(curve.getLast()).isEqualTo(plot.limitsAt(10_000));
        for (int k = 1; k < curve.size(); k++) {
            assertThat(curve.get(k).limits998().upper()
                            - curve.get(k).limits998().lower())
                    .as("the funnel narrows")
                    .isLessThan(curve.get(k - 1).limits998().upper()
                            - curve.get(k - 1).limits998().lower());
        }
    }

    @Test
    void proportionLimitsStopAtZeroAndOneWhereTheArcsineScaleRunsOut() {
        List<FunnelPlot.Unit> units =
                List.of(unit("tiny", 0, 1), unit("a", 5, 1000), unit("b", 8, 1200), unit("c", 3, 900));
        FunnelSettings settings = FunnelSettings.defaults()
                .withDataType(FunnelDataType.PROPORTION)
                .withAdjusted(false);
        FunnelLimits scrutiny =
                FunnelPlot.of(units, settings).points().getFirst().limits998();
        assertThat(scrutiny.lower()).isZero();
        // asin √p ± 3.09/(2√1) is below 0 and past π/2.
        assertThat(scrutiny.upper()).isEqualTo(1);
        FunnelLimits funnelPlotR = FunnelPlot.of(units, settings.asFunnelPlotR())
                .points()
                .getFirst()
                .limits998();
        assertThat(funnelPlotR.lower()).as("sin² turned back up").isGreaterThan(0.1);
        assertThat(funnelPlotR.upper()).as("sin² turned back down").isLessThan(1);
    }

    @Test
    void ratioOfCountsLimitsStopAtZero() {
        FunnelPlot plot = FunnelPlot.of(
                List.of(unit("a", 1, 3), unit("b", 40, 400), unit("c", 55, 500)),
                FunnelSettings.defaults().withDataType(FunnelDataType.RATIO_OF_COUNTS));
        assertThat(plot.points().getFirst().limits998().lower()).isZero();
        assertThat(plot.limitsAt(1).limits95().lower()).isZero();
    }

    @Test
    void cqcLimitsStopAtZeroRatherThanTurnBackUp() {
        FunnelPlot plot = FunnelPlot.of(
                List.of(unit("a", 1, 0.4), unit("b", 45, 40), unit("c", 30, 36), unit("d", 80, 70)),
                FunnelSettings.defaults().withRatioMethod(StandardisedRatioMethod.CQC));
        // 1 − 3.09·√(1/(4·0.4) + τ²) is below 0; squared, it would come back up above 0.
        FunnelLimits limits = plot.points().getFirst().adjustedLimits998();
        assertThat(limits.lower()).isZero();
        double half = FunnelPlot.Z_998 * Math.sqrt(1 / 1.6 + plot.tau2());
        assertThat(limits.upper()).isCloseTo((1 + half) * (1 + half), within(1e-12));
    }

    @Test
    void aPlotOfNoUnitsHasNoPointsNoTargetAndNoCurve() {
        FunnelPlot plot = FunnelPlot.of(List.of(), FunnelSettings.defaults());
        assertThat(plot.points()).isEmpty();
        assertThat(plot.target()).isNaN();
        assertThat(plot.adjusted()).isFalse();
        assertThat(plot.limitCurve(10)).isEmpty();
    }

    @Test
    void rejectsAGroupNamedTwiceRatherThanAddItUp() {
        assertThatThrownBy(() -> FunnelPlot.of(List.of(unit("a", 1, 10), unit("a", 2, 10)), FunnelSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("group named twice: a");
    }

    @Test
    void rejectsADenominatorOfZero() {
        assertThatThrownBy(() -> FunnelPlot.of(List.of(unit("a", 1, 0), unit("b", 2, 10)), FunnelSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("denominator must be above 0");
    }

    @Test
    void rejectsACurveOfOnePoint() {
        FunnelPlot plot = FunnelPlot.of(List.of(unit("a", 1, 10), unit("b", 2, 10)), FunnelSettings.defaults());
        assertThatThrownBy(() -> plot.limitCurve(1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static FunnelPlot.Unit unit(String group, double numerator, double denominator) {
        return new FunnelPlot.Unit(group, numerator, denominator);
    }
}
