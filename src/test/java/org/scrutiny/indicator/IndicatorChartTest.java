package org.scrutiny.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.analysis.Assurance;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.analysis.Variation;
import org.scrutiny.series.Frequency;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Period;

class IndicatorChartTest {

    private static Indicator indicator(Unit unit, Polarity polarity, Target target, ChartSettings chart) {
        return new Indicator(
                "I1",
                "Indicator",
                "",
                unit,
                polarity,
                Frequency.MONTHLY,
                "",
                List.of(),
                new Baseline.None(),
                target,
                null,
                false,
                true,
                null,
                null,
                chart,
                null,
                null);
    }

    private static Indicator count(Polarity polarity) {
        return indicator(Unit.COUNT, polarity, new Target.None(), ChartSettings.defaults());
    }

    private static Observation point(Period period, Double value, Double numerator, Double denominator) {
        return new Observation(
                period, value, numerator, denominator, Observation.Status.FINAL, null, 1, 1, Instant.EPOCH);
    }

    private static List<Observation> monthly(double... values) {
        List<Observation> series = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            YearMonth month = YearMonth.of(2018, 4).plusMonths(i);
            series.add(point(Period.month(month.getYear(), month.getMonthValue()), values[i], null, null));
        }
        return series;
    }

    private static List<Observation> proportions(double[] numerators, double[] denominators) {
        List<Observation> series = new ArrayList<>();
        for (int i = 0; i < numerators.length; i++) {
            YearMonth month = YearMonth.of(2018, 4).plusMonths(i);
            series.add(point(
                    Period.month(month.getYear(), month.getMonthValue()),
                    100 * numerators[i] / denominators[i],
                    numerators[i],
                    denominators[i]));
        }
        return series;
    }

    /** Fifteen steady points, then one far above them. */
    private static final double[] SPIKE = {10, 12, 11, 10, 12, 11, 10, 12, 11, 10, 12, 11, 10, 12, 11, 40};

    private static final double[] STEADY = {10, 12, 11, 10, 12, 11, 10, 12, 11, 10, 12, 11, 10, 12, 11, 11};

    @Test
    void givesACountAnXmrChart() {
        assertThat(ChartChoice.of(count(Polarity.LOWER_IS_BETTER), monthly(STEADY))
                        .type())
                .isEqualTo(ChartType.XMR);
    }

    @Test
    void givesAProportionWithSmallDenominatorsAPChart() {
        double[] num = {20, 22, 19, 25, 21, 23, 20, 24, 22, 21, 20, 23, 22};
        double[] den = new double[num.length];
        java.util.Arrays.fill(den, 100);
        Indicator percent =
                indicator(Unit.PERCENT, Polarity.HIGHER_IS_BETTER, new Target.None(), ChartSettings.defaults());

        assertThat(ChartChoice.of(percent, proportions(num, den)).type()).isEqualTo(ChartType.P);
    }

    @Test
    void switchesToLaneysPPrimeWhenLargeDenominatorsAreOverdispersed() {
        // Around 50% of 10,000 a month, moving by several points: far more than binomial chance allows.
        double[] num = {5000, 5300, 4800, 5200, 4700, 5100, 4900, 5400, 4850, 5150, 4950, 5250, 5050};
        double[] den = new double[num.length];
        java.util.Arrays.fill(den, 10_000);
        Indicator percent =
                indicator(Unit.PERCENT, Polarity.HIGHER_IS_BETTER, new Target.None(), ChartSettings.defaults());

        ChartChoice choice = ChartChoice.of(percent, proportions(num, den));

        assertThat(ChartChoice.laneySigmaZ(num, den, true)).isGreaterThan(ChartChoice.OVERDISPERSED);
        assertThat(choice.type()).isEqualTo(ChartType.P_PRIME);
        assertThat(choice.reason()).contains("Laney");
    }

    @Test
    void keepsAPChartForLargeDenominatorsThatVaryAsChanceWould() {
        // Binomial noise only: sigma Z near 1, so P's limits are right even with 10,000 a month.
        double[] num = {5000, 5040, 4970, 5010, 4960, 5050, 4990, 5020, 4980, 5030, 5000, 4950, 5010};
        double[] den = new double[num.length];
        java.util.Arrays.fill(den, 10_000);
        Indicator percent =
                indicator(Unit.PERCENT, Polarity.HIGHER_IS_BETTER, new Target.None(), ChartSettings.defaults());

        assertThat(ChartChoice.laneySigmaZ(num, den, true)).isLessThan(ChartChoice.OVERDISPERSED);
        assertThat(ChartChoice.of(percent, proportions(num, den)).type()).isEqualTo(ChartType.P);
    }

    @Test
    void givesARateWithADenominatorAUChart() {
        double[] num = {20, 22, 19, 25, 21, 23, 20, 24, 22, 21, 20, 23, 22};
        double[] den = new double[num.length];
        java.util.Arrays.fill(den, 50);
        Indicator rate =
                indicator(Unit.RATE_PER_1000, Polarity.LOWER_IS_BETTER, new Target.None(), ChartSettings.defaults());

        assertThat(ChartChoice.of(rate, proportions(num, den)).type()).isEqualTo(ChartType.U);
    }

    @Test
    void givesAPercentageWithoutDenominatorsAnXmrChart() {
        Indicator percent =
                indicator(Unit.PERCENT, Polarity.HIGHER_IS_BETTER, new Target.None(), ChartSettings.defaults());

        assertThat(ChartChoice.of(percent, monthly(STEADY)).type()).isEqualTo(ChartType.XMR);
    }

    @Test
    void followsThePlansChoice() {
        Indicator c = indicator(Unit.COUNT, Polarity.LOWER_IS_BETTER, new Target.None(), ChartSettings.of(ChartType.C));

        IndicatorChart chart = IndicatorChart.of(c, monthly(SPIKE));

        assertThat(chart.type()).isEqualTo(ChartType.C);
        assertThat(chart.qic()).isPresent();
        assertThat(chart.latest().orElseThrow().signal()).isEqualTo("Above the upper limit: a concern");
    }

    @Test
    void fallsBackToXmrWhenThePlanAsksForAPChartWithoutDenominators() {
        Indicator p =
                indicator(Unit.PERCENT, Polarity.HIGHER_IS_BETTER, new Target.None(), ChartSettings.of(ChartType.P));

        ChartChoice choice = ChartChoice.of(p, monthly(STEADY));

        assertThat(choice.type()).isEqualTo(ChartType.XMR);
        assertThat(choice.warnings()).singleElement().asString().contains("P chart");
    }

    @Test
    void drawsNoChartWhenThePlanSaysNone() {
        Indicator none =
                indicator(Unit.COUNT, Polarity.LOWER_IS_BETTER, new Target.None(), ChartSettings.of(ChartType.NONE));

        IndicatorChart chart = IndicatorChart.of(none, monthly(SPIKE));

        assertThat(chart.drawn()).isFalse();
        assertThat(chart.isException()).isFalse();
        assertThat(chart.variation()).isNull();
    }

    @Test
    void turnsPolarityIntoImprovementDirection() {
        assertThat(IndicatorChart.directionOf(Polarity.HIGHER_IS_BETTER)).isEqualTo(ImprovementDirection.INCREASE);
        assertThat(IndicatorChart.directionOf(Polarity.LOWER_IS_BETTER)).isEqualTo(ImprovementDirection.DECREASE);
        assertThat(IndicatorChart.directionOf(Polarity.NEITHER)).isEqualTo(ImprovementDirection.NEITHER);
    }

    @Test
    void flagsASpikeInCrimeAsAConcernAndAnException() {
        IndicatorChart chart = IndicatorChart.of(count(Polarity.LOWER_IS_BETTER), monthly(SPIKE));

        assertThat(chart.variation()).isEqualTo(Variation.CONCERN_HIGH);
        assertThat(chart.isException()).isTrue();
        assertThat(chart.exceptionInWords()).isEqualTo("Latest point (July 2019): above the upper limit: a concern.");
        assertThat(chart.points()).hasSize(16);
    }

    @Test
    void seesNoExceptionInASteadySeries() {
        IndicatorChart chart = IndicatorChart.of(count(Polarity.LOWER_IS_BETTER), monthly(STEADY));

        assertThat(chart.variation()).isEqualTo(Variation.COMMON_CAUSE);
        assertThat(chart.isException()).isFalse();
        assertThat(chart.exceptionInWords()).isEmpty();
        assertThat(chart.warnings()).isEmpty();
    }

    @Test
    void takesTheAssuranceTargetFromAnAtMostTarget() {
        Indicator capped = indicator(
                Unit.COUNT, Polarity.LOWER_IS_BETTER, new Target.AtMost(5, null, null), ChartSettings.defaults());

        IndicatorChart chart = IndicatorChart.of(capped, monthly(STEADY));

        assertThat(chart.assurance()).isEqualTo(Assurance.CONSISTENTLY_FAILS);
        assertThat(chart.isException()).isTrue();
        assertThat(chart.exceptionInWords()).contains("consistently be missed");
    }

    @Test
    void warnsOfFewerThanThirteenPoints() {
        IndicatorChart chart = IndicatorChart.of(count(Polarity.LOWER_IS_BETTER), monthly(10, 12, 11, 10, 12));

        assertThat(chart.warnings()).anySatisfy(w -> assertThat(w).startsWith("Fewer than 13 points"));
    }

    @Test
    void flagsOnlyPointsOutsideTheLimitsOfRollingTotals() {
        // A steady rise: a trend and a shift on any other chart, but rolling totals overlap.
        double[] rising = {100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114};
        List<Observation> series = new ArrayList<>();
        for (int i = 0; i < rising.length; i++) {
            series.add(point(new Period.RollingYear(YearMonth.of(2019, 3).plusMonths(i)), rising[i], null, null));
        }

        IndicatorChart chart = IndicatorChart.of(count(Polarity.LOWER_IS_BETTER), series);

        assertThat(chart.choice().rollingTotals()).isTrue();
        assertThat(chart.warnings()).anySatisfy(w -> assertThat(w).contains("rolling 12-month totals"));
        assertThat(chart.points()).allSatisfy(p -> assertThat(p.signal()).doesNotContain("trend", "run"));
        assertThat(chart.settingsInWords()).anySatisfy(s -> assertThat(s).contains("only a point outside the limits"));
    }

    @Test
    void mapsRebasePeriodsToTheFirstPointAtOrAfterThem() {
        List<Observation> series = monthly(STEADY);

        assertThat(IndicatorChart.rebaseIndices(
                        List.of(Period.month(2018, 10), Period.financialYear(2019), Period.month(2030, 1)), series))
                .containsExactly(6, 12);
    }

    @Test
    void restartsTheLimitsAtARebaseAndSaysWhere() {
        double[] step = {10, 12, 11, 10, 12, 11, 10, 12, 30, 32, 31, 30, 32, 31, 30, 32};
        ChartSettings rebased = new ChartSettings(
                ChartType.XMR,
                7,
                7,
                ChartSettings.TwoOfThree.BEYOND_LIMITS_COUNT,
                0,
                List.of(Period.month(2018, 12)),
                true,
                true);
        Indicator indicator = indicator(Unit.COUNT, Polarity.LOWER_IS_BETTER, new Target.None(), rebased);

        IndicatorChart chart = IndicatorChart.of(indicator, monthly(step));

        assertThat(chart.xmr().orElseThrow().limits()).hasSize(2);
        assertThat(chart.points().getLast().centre()).isEqualTo(31);
        assertThat(chart.settingsInWords())
                .anySatisfy(s -> assertThat(s).isEqualTo("The limits restart at December 2018."));
    }

    @Test
    void namesTheRuleLengthsFromTheSettings() {
        double[] run = {10, 12, 11, 10, 12, 11, 10, 12, 11, 13, 13.5, 13, 13.5, 13};
        ChartSettings shortRuns = new ChartSettings(
                ChartType.XMR, 5, 7, ChartSettings.TwoOfThree.WITHIN_LIMITS_ONLY, 0, List.of(), false, true);
        Indicator indicator = indicator(Unit.COUNT, Polarity.HIGHER_IS_BETTER, new Target.None(), shortRuns);

        IndicatorChart chart = IndicatorChart.of(indicator, monthly(run));

        assertThat(chart.settingsInWords())
                .anySatisfy(s -> assertThat(s).contains("a shift of 5 points", "only points within the limits count"));
        assertThat(chart.latest().orElseThrow().signal())
                .isEqualTo("Part of a run of 5 or more points above the mean: an improvement");
        assertThat(chart.variation()).isEqualTo(Variation.IMPROVEMENT_HIGH);
    }
}
