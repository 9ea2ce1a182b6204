package org.scrutiny.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.analysis.TargetAssessment;
import org.scrutiny.analysis.TargetStatus;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.IndicatorTargets;
import org.scrutiny.series.Observation;
import org.scrutiny.series.Period;

/**
 * The example plans' targets as the plans state them, assessed on monthly data worked by hand: the
 * plan's periods turn into the spans the analysis judges, and the reasons name the plan's periods.
 */
class ExampleTargetsTest {

    private static Indicator indicator(String plan, String ref) {
        return ExamplePlans.read(plan).indicator(ref).orElseThrow();
    }

    /** Monthly counts: each calendar year's total spread evenly over its months, from January of the first year. */
    private static List<Observation> monthly(int firstYear, double... yearTotals) {
        List<Observation> series = new ArrayList<>();
        for (int y = 0; y < yearTotals.length; y++) {
            for (int m = 1; m <= 12; m++) {
                series.add(observation(Period.month(firstYear + y, m), yearTotals[y] / 12));
            }
        }
        return series;
    }

    private static Observation observation(Period period, double value) {
        return new Observation(period, value, null, null, Observation.Status.FINAL, null, 1, 1, null);
    }

    @Test
    void nottinghamshireCollisionsAreJudgedAgainst40PercentOffThe2005To2009Average() {
        Indicator ksi = indicator("nottinghamshire-2018-2021", "T3A.3");
        // 2005 to 2009 average 468, so at most 280.8 in 2020; then 2010 to 2018.
        List<Observation> series = monthly(2005, 492, 480, 468, 456, 444, 430, 410, 390, 370, 350, 340, 330, 310, 300);

        TargetAssessment assessment = IndicatorTargets.assess(ksi, series, LocalDate.of(2019, 1, 15));

        assertThat(assessment.baseline()).isCloseTo(468, within(1e-9));
        assertThat(assessment.targetLevel()).isCloseTo(280.8, within(1e-9));
        assertThat(assessment.judged().span().first()).isEqualTo(YearMonth.of(2018, 1));
        assertThat(assessment.judged().value()).isCloseTo(300, within(1e-9));
        // 3,287 of the 4,018 days from the end of 2009 to the end of 2020: 468 − 187.2 × 3,287 / 4,018 = 314.86.
        assertThat(assessment.expected()).isCloseTo(468 - 187.2 * 3_287 / 4_018, within(1e-9));
        assertThat(assessment.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(assessment.reason())
                .isEqualTo("On track: 300 in 2018, where the straight line to the target of at most 280.8 in 2020,"
                        + " 40% below the baseline of 468 (the average of 2005 to 2009), expects at most 314.86.");
    }

    @Test
    void norfolkCollisionsAreMetOnTheYear2015To16AddedUpFromMonths() {
        Indicator ksi = indicator("norfolk-2013-2017", "ksi-collisions");
        List<Observation> series = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // 2015/16: 26 a month, 28 in April and May: 316.
            series.add(observation(shift(Period.month(2015, 4), i), i < 2 ? 28 : 26));
        }

        TargetAssessment assessment = IndicatorTargets.assess(ksi, series, LocalDate.of(2016, 3, 31));

        assertThat(assessment.status()).isEqualTo(TargetStatus.MET);
        assertThat(assessment.reason()).isEqualTo("Met: 316 in 2015/16; the target was at most 320 in 2015/16.");
    }

    @Test
    void norfolkPriorityCrimesNeedABaselineThePlanDoesNotGive() {
        Indicator priority = indicator("norfolk-2013-2017", "priority-crimes");

        TargetAssessment assessment =
                IndicatorTargets.assess(priority, monthly(2013, 12_000, 11_000), LocalDate.of(2015, 1, 31));

        assertThat(assessment.status()).isEqualTo(TargetStatus.NOT_ENOUGH_DATA);
        assertThat(assessment.reason())
                .isEqualTo("The plan gives no baseline to measure the target from: add one to the plan.");
    }

    @Test
    void nottinghamshireVictimBasedCrimeWaitsForItsBaseline() {
        Indicator victimBased = indicator("nottinghamshire-2018-2021", "T3A.1");

        TargetAssessment assessment =
                IndicatorTargets.assess(victimBased, monthly(2017, 100_000), LocalDate.of(2018, 6, 30));

        assertThat(assessment.status()).isEqualTo(TargetStatus.NO_TARGET_YET);
        assertThat(assessment.reason())
                .isEqualTo("The baseline to measure from is yet to be decided (the plan says: “baseline to be"
                        + " decided”).");
    }

    private static Period shift(Period period, int offset) {
        Period shifted = period;
        for (int i = 0; i < offset; i++) {
            shifted = shifted.next();
        }
        return shifted;
    }
}
