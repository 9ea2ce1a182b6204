package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked XmR charts for the settings and cases the reference vectors do not reach. */
class XmrChartTest {

    private static final double NAN = Double.NaN;

    /** Mean 15.5/13; nothing near the limits, no trend; points 7 to 12 (six of them) above the mean. */
    private static final double[] SIX_ABOVE = {0, 2, 0, 2, 0, 2, 0, 2, 1.5, 1.5, 1.5, 1.5, 1.5};

    /** Mean 2, AMR 19/12; points 8 to 12 (five of them) each higher than the last. */
    private static final double[] FIVE_RISING = {3, 1, 3, 1, 3, 1, 3, 1, 0, 1, 2, 3, 4};

    private static final double[] BASELINE = {20, 21, 19, 20, 21, 19, 20, 21, 19, 20, 21, 19, 20, 21, 19, 20, 21, 19};

    @Test
    void flagsAShiftOfTheConfiguredLength() {
        assertThat(causes(XmrChart.of(SIX_ABOVE, XmrSettings.defaults()))).containsOnly(SpecialCause.NONE);
        XmrChart five = XmrChart.of(SIX_ABOVE, XmrSettings.defaults().withShiftLength(5));
        assertThat(five.point(0).mean()).isCloseTo(15.5 / 13, within(1e-12));
        assertThat(causes(five).subList(0, 7)).containsOnly(SpecialCause.NONE);
        assertThat(causes(five).subList(7, 13)).containsOnly(SpecialCause.SHIFT_ABOVE);
        assertThat(causes(XmrChart.of(SIX_ABOVE, XmrSettings.defaults().withShiftLength(6)))
                        .subList(7, 13))
                .containsOnly(SpecialCause.SHIFT_ABOVE);
    }

    @Test
    void flagsATrendOfTheConfiguredLength() {
        assertThat(causes(XmrChart.of(FIVE_RISING, XmrSettings.defaults().withTrendLength(6))))
                .containsOnly(SpecialCause.NONE);
        XmrChart chart = XmrChart.of(FIVE_RISING, XmrSettings.defaults().withTrendLength(5));
        assertThat(chart.limits().getFirst().averageMovingRange()).isCloseTo(19.0 / 12, within(1e-12));
        assertThat(causes(chart).subList(0, 8)).containsOnly(SpecialCause.NONE);
        assertThat(causes(chart).subList(8, 13)).containsOnly(SpecialCause.TREND_INCREASING);
        // Point 10 (value 2) sits on the mean: no side, yet part of the trend.
        assertThat(chart.point(10).relativeToMean()).isZero();
    }

    @Test
    void theTurningPointBetweenTwoTrendsBelongsToTheLaterOne() {
        XmrChart chart = XmrChart.of(
                new double[] {3, 4, 5, 6, 5, 4, 3}, XmrSettings.defaults().withTrendLength(4));
        assertThat(causes(chart))
                .containsExactly(
                        SpecialCause.TREND_INCREASING,
                        SpecialCause.TREND_INCREASING,
                        SpecialCause.TREND_INCREASING,
                        SpecialCause.TREND_DECREASING,
                        SpecialCause.TREND_DECREASING,
                        SpecialCause.TREND_DECREASING,
                        SpecialCause.TREND_DECREASING);
    }

    @Test
    void equalValuesBreakATrend() {
        double[] values = {3, 1, 3, 1, 3, 1, 3, 1, 0, 1, 2, 2, 3, 4};
        assertThat(causes(XmrChart.of(values, XmrSettings.defaults().withTrendLength(4))))
                .containsOnly(SpecialCause.NONE);
    }

    @Test
    void countsPointsBeyondTheLimitsTowardsTwoOfThreeOnlyInTheNewVariant() {
        double[] values = concat(BASELINE, 27, 21, 24, 20, 21, 20);
        XmrChart reference = XmrChart.of(values, XmrSettings.defaults());
        assertThat(reference.point(18).specialCause()).isEqualTo(SpecialCause.ABOVE_UPPER_LIMIT);
        assertThat(reference.point(20).closeToLimits()).isTrue();
        assertThat(reference.point(20).specialCause()).isEqualTo(SpecialCause.NONE);

        XmrChart since2023 = XmrChart.of(values, XmrSettings.defaults().withTwoOfThree(true, true));
        assertThat(since2023.point(18).specialCause()).isEqualTo(SpecialCause.ABOVE_UPPER_LIMIT);
        assertThat(since2023.point(18).firedBy(SpecialCauseRule.TWO_OF_THREE)).isTrue();
        assertThat(since2023.point(19).specialCause()).isEqualTo(SpecialCause.NONE);
        assertThat(since2023.point(20).specialCause()).isEqualTo(SpecialCause.TWO_OF_THREE_ABOVE);
        assertThat(since2023.point(20).pointType()).isEqualTo(XmrPointType.SPECIAL_CAUSE_NEUTRAL_HIGH);
    }

    @Test
    void aWindowWithItsThirdPointAcrossTheMeanSignalsOnlyWhenTheWholeWindowNeedNotBeOnOneSide() {
        double[] values = concat(BASELINE, 24, 19, 24.2, 20, 21, 20);
        XmrChart reference = XmrChart.of(values, XmrSettings.defaults());
        assertThat(reference.point(18).closeToLimits()).isTrue();
        assertThat(reference.point(19).relativeToMean()).isEqualTo(-1);
        assertThat(reference.point(20).closeToLimits()).isTrue();
        assertThat(causes(reference)).containsOnly(SpecialCause.NONE);

        XmrChart loose = XmrChart.of(values, XmrSettings.defaults().withTwoOfThree(false, false));
        assertThat(loose.point(18).specialCause()).isEqualTo(SpecialCause.TWO_OF_THREE_ABOVE);
        assertThat(loose.point(19).specialCause()).isEqualTo(SpecialCause.NONE);
        assertThat(loose.point(20).specialCause()).isEqualTo(SpecialCause.TWO_OF_THREE_ABOVE);
    }

    @Test
    void noMovingRangeSpansAGap() {
        XmrChart chart = XmrChart.of(new double[] {1, 3, NAN, 10, 12}, XmrSettings.defaults());
        XmrLimits limits = chart.limits().getFirst();
        assertThat(limits.mean()).isEqualTo(6.5);
        assertThat(limits.averageMovingRange()).isEqualTo(2.0);
        assertThat(limits.points()).isEqualTo(4);
        assertThat(chart.point(2).pointType()).isEqualTo(XmrPointType.MISSING);
        assertThat(chart.point(2).isMissing()).isTrue();
        assertThat(chart.point(2).upperLimit()).isEqualTo(limits.upperLimit());
    }

    @Test
    void aGapNeitherBreaksNorExtendsARun() {
        double[] values = {0, 4, 4, NAN, 4, 0, 0};
        XmrChart chart = XmrChart.of(values, XmrSettings.defaults().withShiftLength(3));
        assertThat(chart.point(1).mean()).isEqualTo(2.0);
        assertThat(causes(chart))
                .containsExactly(
                        SpecialCause.NONE,
                        SpecialCause.SHIFT_ABOVE,
                        SpecialCause.SHIFT_ABOVE,
                        SpecialCause.NONE,
                        SpecialCause.SHIFT_ABOVE,
                        SpecialCause.NONE,
                        SpecialCause.NONE);
        assertThat(causes(XmrChart.of(values, XmrSettings.defaults().withShiftLength(4))))
                .containsOnly(SpecialCause.NONE);
    }

    @Test
    void theLatestValueDecidesTheVariationIconEvenAfterATrailingGap() {
        double[] values = {10, 12, 9, 11, 10, 12, 9, 11, 10, 12, 13, 14, 12, 13, 14, 13, 12, 13, NAN};
        XmrSettings decrease = XmrSettings.defaults().withImprovementDirection(ImprovementDirection.DECREASE);
        assertThat(XmrChart.of(values, decrease).variation()).contains(Variation.CONCERN_HIGH);
        assertThat(XmrChart.of(values, decrease.withImprovementDirection(ImprovementDirection.INCREASE))
                        .variation())
                .contains(Variation.IMPROVEMENT_HIGH);
        assertThat(XmrChart.of(values, XmrSettings.defaults()).variation()).contains(Variation.NEITHER_HIGH);
        assertThat(XmrChart.of(values, XmrSettings.defaults())
                        .latest()
                        .orElseThrow()
                        .index())
                .isEqualTo(17);
    }

    @Test
    void aFlatSeriesHasLimitsOnItsMeanRatherThanNone() {
        double[] values = new double[15];
        Arrays.fill(values, 5);
        XmrChart chart = XmrChart.of(values, XmrSettings.defaults());
        assertThat(chart.point(0).lowerLimit()).isEqualTo(5);
        assertThat(chart.point(0).upperLimit()).isEqualTo(5);
        assertThat(causes(chart)).containsOnly(SpecialCause.NONE);
        assertThat(chart.warnings()).isEmpty();
    }

    @Test
    void screeningLeavesOutOnlyTheLargeMovingRanges() {
        double[] values = {1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1};
        XmrLimits screened =
                XmrChart.of(values, XmrSettings.defaults()).limits().getFirst();
        XmrLimits unscreened = XmrChart.of(values, XmrSettings.defaults().withScreenMovingRanges(false))
                .limits()
                .getFirst();
        assertThat(screened.screenedMovingRanges()).isEqualTo(2);
        assertThat(screened.averageMovingRange()).isEqualTo(1.0);
        assertThat(unscreened.screenedMovingRanges()).isZero();
        assertThat(unscreened.averageMovingRange()).isCloseTo(32.0 / 17, within(1e-12));
        assertThat(screened.upperLimit()).isCloseTo(35.0 / 18 + 2.66, within(1e-12));
    }

    @Test
    void fixedLimitsComeFromTheBaselineAndAShortOneIsWarnedOf() {
        XmrChart chart = XmrChart.of(FIVE_RISING, XmrSettings.defaults().withFixAfterPoints(8));
        assertThat(chart.point(12).mean()).isEqualTo(2.0);
        assertThat(chart.limits().getFirst().averageMovingRange()).isEqualTo(2.0);
        assertThat(chart.point(7).inBaseline()).isTrue();
        assertThat(chart.point(8).inBaseline()).isFalse();
        assertThat(chart.warnings()).containsExactly(XmrWarning.SHORT_BASELINE);
    }

    @Test
    void rebasesSplitTheLimitsAndTheRules() {
        double[] values = concat(SIX_ABOVE, SIX_ABOVE);
        XmrChart chart =
                XmrChart.of(values, XmrSettings.defaults().withShiftLength(5).withRebaseAt(13));
        assertThat(chart.limits()).hasSize(2);
        assertThat(chart.limits().get(1).from()).isEqualTo(13);
        assertThat(chart.point(13).rebaseGroup()).isEqualTo(1);
        assertThat(chart.point(20).specialCause()).isEqualTo(SpecialCause.SHIFT_ABOVE);
        assertThat(chart.point(13).specialCause()).isEqualTo(SpecialCause.NONE);
        assertThat(chart.warnings()).isEmpty();
    }

    @Test
    void aRebaseAtTheFirstPointRenumbersButDoesNotSplit() {
        XmrChart chart = XmrChart.of(SIX_ABOVE, XmrSettings.defaults().withRebaseAt(0));
        assertThat(chart.limits()).hasSize(1);
        assertThat(chart.point(0).rebaseGroup()).isEqualTo(1);
    }

    @Test
    void fewerThanThirteenPointsGiveTrialLimits() {
        XmrChart chart = XmrChart.of(Arrays.copyOf(SIX_ABOVE, 12), XmrSettings.defaults());
        assertThat(chart.warnings()).containsExactly(XmrWarning.TRIAL_LIMITS);
        assertThat(chart.point(0).shortGroup()).isTrue();
    }

    @Test
    void anEmptySeriesHasNoIconsAndSaysSo() {
        XmrChart chart = XmrChart.of(new double[0], XmrSettings.defaults().withTarget(3));
        assertThat(chart.size()).isZero();
        assertThat(chart.variation()).isEmpty();
        assertThat(chart.assurance()).isEqualTo(Assurance.NONE);
        assertThat(chart.warnings()).contains(XmrWarning.NO_DATA);
    }

    @Test
    void aSinglePointHasNoLimits() {
        XmrChart chart = XmrChart.of(
                new double[] {4},
                XmrSettings.defaults().withTarget(3).withImprovementDirection(ImprovementDirection.INCREASE));
        assertThat(chart.point(0).upperLimit()).isNaN();
        assertThat(chart.assurance()).isEqualTo(Assurance.NONE);
        assertThat(chart.warnings()).contains(XmrWarning.NO_LIMITS, XmrWarning.TRIAL_LIMITS);
    }

    @Test
    void assuranceNeedsADirection() {
        XmrChart chart = XmrChart.of(SIX_ABOVE, XmrSettings.defaults().withTarget(100));
        assertThat(chart.assurance()).isEqualTo(Assurance.NONE);
        assertThat(XmrChart.of(SIX_ABOVE, chart.settings().withImprovementDirection(ImprovementDirection.DECREASE))
                        .assurance())
                .isEqualTo(Assurance.CONSISTENTLY_PASSES);
    }

    @Test
    void rejectsRulesTooShortToMeanAnything() {
        assertThatThrownBy(() -> XmrSettings.defaults().withShiftLength(1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmrSettings.defaults().withFixAfterPoints(1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void flagsOnlyPointsOutsideTheLimitsWhenTheRunsRulesAreOff() {
        // Eight points above the mean after eight below: a shift, but nothing outside the limits.
        double[] values = {10, 11, 10, 12, 11, 10, 11, 12, 14, 15, 14, 15, 16, 14, 15, 16};
        XmrSettings settings = XmrSettings.defaults();

        assertThat(causes(XmrChart.of(values, settings))).contains(SpecialCause.SHIFT_ABOVE);
        XmrChart limitsOnly = XmrChart.of(values, settings.withRunsRules(false));
        assertThat(limitsOnly.points()).noneMatch(XmrPoint::outsideLimits);
        assertThat(causes(limitsOnly)).containsOnly(SpecialCause.NONE);
    }

    private static List<SpecialCause> causes(XmrChart chart) {
        return chart.points().stream().map(XmrPoint::specialCause).toList();
    }

    private static double[] concat(double[] head, double... tail) {
        double[] out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
