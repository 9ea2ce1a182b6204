package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-computed cases for what qicharts2's own vectors do not reach. */
class QicChartTest {

    private static final QicSettings DEFAULTS = QicSettings.defaults();

    @Test
    void screensMovingRangesOfMoreThanD4TimesTheirMeanBeforeEstimatingSigma() {
        double[] values = {1, 2, 1, 2, 1, 2, 1, 2, 1, 20};
        // Moving ranges: eight of 1 and one of 19; mean 3, so 19 ≥ 3.267 × 3 is screened, leaving 1.
        QicChart screened = QicChart.of(ChartKind.I, values, null, DEFAULTS);
        assertThat(screened.centre(0)).isCloseTo(3.3, within(1e-12));
        assertThat(screened.upperLimit(0)).isCloseTo(3.3 + 3 / 1.128, within(1e-12));
        assertThat(screened.outsideLimits(9)).isTrue();

        QicChart unscreened = QicChart.of(ChartKind.I, values, null, DEFAULTS.withScreenMovingRanges(false));
        assertThat(unscreened.upperLimit(0)).isCloseTo(3.3 + 9 / 1.128, within(1e-12));
    }

    @Test
    void aMissingValueIsAGapNotAPointAndItsMovingRangesAreNotBridged() {
        QicChart chart = QicChart.of(ChartKind.I, new double[] {1, 3, Double.NaN, 2, 4}, null, DEFAULTS);
        assertThat(chart.centre(0)).isCloseTo(2.5, within(1e-12));
        // |3 − 1| and |4 − 2| only: the ranges either side of the gap are missing, not |2 − 3|.
        assertThat(chart.upperLimit(0)).isCloseTo(2.5 + 3 * 2 / 1.128, within(1e-12));
        assertThat(chart.value(2)).isNaN();
        assertThat(chart.outsideLimits(2)).isFalse();
        assertThat(chart.runs(0).observations()).isEqualTo(5);
        assertThat(chart.runs(0).useful()).isEqualTo(4);
    }

    @Test
    void laneyPrimeChartsScaleTheLimitsBySigmaZFromTheMovingRangesOfZScores() {
        double[] counts = {10, 20, 30};
        double[] denominators = {100, 100, 100};
        // Centre 0.2. For both charts, sigma_i × sigma_Z = 0.1 / 1.128 here, since the z-scores step by
        // 0.1 / sigma_i.
        for (ChartKind kind : new ChartKind[] {ChartKind.P_PRIME, ChartKind.U_PRIME}) {
            QicChart chart = QicChart.of(kind, counts, denominators, DEFAULTS);
            assertThat(chart.centre(1)).isCloseTo(0.2, within(1e-12));
            assertThat(chart.upperLimit(1)).isCloseTo(0.2 + 0.3 / 1.128, within(1e-12));
            assertThat(chart.lowerLimit(1)).isZero();
        }
        // Hospitals or forces side by side have no order, so sigma Z is the SD of the z-scores: 2.5 × 0.04.
        QicChart categories =
                QicChart.of(ChartKind.P_PRIME, counts, denominators, DEFAULTS.withCategoricalSubgroups(true));
        assertThat(categories.upperLimit(1)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void proportionLimitsStayBetweenZeroAndOne() {
        QicChart chart = QicChart.of(ChartKind.P, new double[] {1, 2, 1}, new double[] {2, 3, 2}, DEFAULTS);
        for (int i = 0; i < chart.size(); i++) {
            assertThat(chart.upperLimit(i)).isLessThanOrEqualTo(1);
            assertThat(chart.lowerLimit(i)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void gChartTakesLimitsFromTheMeanButDrawsTheMedian() {
        QicChart chart = QicChart.of(ChartKind.G, new double[] {1, 2, 3, 4, 10}, null, DEFAULTS);
        assertThat(chart.centre(0)).isEqualTo(3);
        assertThat(chart.upperLimit(0)).isCloseTo(4 + 3 * Math.sqrt(20), within(1e-12));
        assertThat(chart.lowerLimit(0)).isZero();
    }

    @Test
    void runChartDrawsTheMedianWithoutLimits() {
        QicChart chart = QicChart.of(ChartKind.RUN, new double[] {5, 1, 4, 2}, null, DEFAULTS);
        assertThat(chart.centre(0)).isEqualTo(3);
        assertThat(chart.upperLimit(0)).isNaN();
        assertThat(chart.lowerLimit(0)).isNaN();
        assertThat(chart.outsideLimits(0)).isFalse();
    }

    @Test
    void aPartAfterTheFrozenBaselineIsRebasedOnItsOwnPoints() {
        // qicharts2 would leave the second part without a centre line; a new part is a rebase.
        QicChart chart = QicChart.of(
                ChartKind.C,
                new double[] {10, 12, 11, 30, 32, 31},
                null,
                DEFAULTS.withBaselinePoints(3).withPartStarts(3));
        assertThat(chart.parts()).isEqualTo(2);
        assertThat(chart.centre(0)).isEqualTo(11);
        assertThat(chart.centre(5)).isEqualTo(31);
    }

    @Test
    void lowerLimitsStopAtZeroWhenNegativeLimitsAreNotAllowed() {
        double[] values = {1, 9, 1, 9, 1, 9};
        assertThat(QicChart.of(ChartKind.I, values, null, DEFAULTS).lowerLimit(0))
                .isNegative();
        assertThat(QicChart.of(ChartKind.I, values, null, DEFAULTS.withNegativeLimits(false))
                        .lowerLimit(0))
                .isZero();
    }

    @Test
    void rejectsARatioChartWithoutDenominators() {
        assertThatThrownBy(() -> QicChart.of(ChartKind.U, new double[] {1}, null, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void c4MatchesTheTabulatedConstants() {
        assertThat(QicChart.c4(2)).isCloseTo(0.7979, within(5e-5));
        assertThat(QicChart.c4(5)).isCloseTo(0.9400, within(5e-5));
        assertThat(QicChart.c4(25)).isCloseTo(0.9896, within(5e-5));
        assertThat(QicChart.c4(1)).isNaN();
    }
}
