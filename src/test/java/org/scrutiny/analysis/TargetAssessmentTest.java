package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Target arithmetic worked by hand: Norfolk's 2013-17 targets (at most 320 collisions in 2015/16, 18%
 * fewer priority crimes), Nottinghamshire's "40% reduction by 2020 from the 2005-09 average", and the
 * edges of financial years and quarters.
 */
class TargetAssessmentTest {

    static MonthSpan financialYear(int startYear) {
        return new MonthSpan(YearMonth.of(startYear, 4), YearMonth.of(startYear + 1, 3));
    }

    static MonthSpan calendarYear(int year) {
        return new MonthSpan(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    static MonthSpan quarter(int financialYearStart, int quarter) {
        YearMonth first = YearMonth.of(financialYearStart, 4).plusMonths(3L * (quarter - 1));
        return new MonthSpan(first, first.plusMonths(2));
    }

    static TargetSetting setting(Aim aim, StartingPoint baseline, ImprovementDirection direction) {
        return new TargetSetting(aim, baseline, direction, Combining.SUM);
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Nested
    class NorfolkCollisions {
        // "no more than 320 in the year 2015/16": no baseline, so no trajectory.
        final TargetSetting atMost320 = setting(
                new Aim.Level(Bound.AT_MOST, 320, financialYear(2015)),
                new StartingPoint.Unstated(),
                ImprovementDirection.DECREASE);

        final List<Reading> years = List.of(Reading.of(financialYear(2013), 362), Reading.of(financialYear(2014), 350));

        @Test
        void isOffTrackTheDayBeforeTheYearEndsWhenTheLatestYearIsAboveTheTarget() {
            List<Reading> readings = new ArrayList<>(years);
            readings.add(Reading.of(financialYear(2015), 298));

            TargetAssessment assessment = TargetAssessment.assess(atMost320, readings, day("2016-03-30"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.OFF_TRACK);
            assertThat(assessment.judged().span()).isEqualTo(financialYear(2014));
            assertThat(assessment.reason())
                    .isEqualTo("Off track: 350 in 12 months to Mar 2015 is short of the target of at most 320 in"
                            + " 12 months to Mar 2016; with no baseline to draw a line from, it is judged against"
                            + " the target itself.");
        }

        @Test
        void isMetOnTheLastDayOfTheYearWhenTheYearIsAtMost320() {
            List<Reading> readings = new ArrayList<>(years);
            readings.add(Reading.of(financialYear(2015), 320));

            TargetAssessment assessment = TargetAssessment.assess(atMost320, readings, day("2016-03-31"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.MET);
            assertThat(assessment.judged().value()).isEqualTo(320);
        }

        @Test
        void isMissedWhenTheYearEndsAbove320() {
            List<Reading> readings = new ArrayList<>(years);
            readings.add(Reading.of(financialYear(2015), 321));

            TargetAssessment assessment = TargetAssessment.assess(atMost320, readings, day("2016-04-01"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.OFF_TRACK);
            assertThat(assessment.reason())
                    .isEqualTo(
                            "Missed: 321 in 12 months to Mar 2016; the target was at most 320 in 12 months to Mar 2016.");
        }

        @Test
        void needsTheYearsValueOnceTheYearHasEnded() {
            TargetAssessment assessment = TargetAssessment.assess(atMost320, years, day("2016-05-01"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.NOT_ENOUGH_DATA);
            assertThat(assessment.reason()).startsWith("There is no value for 12 months to Mar 2016 as at 1 May 2016");
        }

        @Test
        void addsUpMonthsToMakeTheYear() {
            List<Reading> months = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                // 26 a month, 27 in two months: 314.
                months.add(Reading.of(MonthSpan.of(YearMonth.of(2015, 4).plusMonths(i)), i < 2 ? 27 : 26));
            }

            TargetAssessment assessment = TargetAssessment.assess(atMost320, months, day("2016-03-31"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.MET);
            assertThat(assessment.judged().value()).isEqualTo(314);
            assertThat(assessment.judged().span()).isEqualTo(financialYear(2015));
        }

        @Test
        void leavesOutAMonthThatHasNotEndedByTheDate() {
            List<Reading> months = new ArrayList<>();
            for (int i = 0; i < 13; i++) {
                months.add(Reading.of(MonthSpan.of(YearMonth.of(2015, 3).plusMonths(i)), i == 0 ? 100 : 25));
            }

            // On 30 March 2016 the latest full twelve months are March 2015 to February 2016.
            TargetAssessment assessment = TargetAssessment.assess(atMost320, months, day("2016-03-30"));

            assertThat(assessment.judged().span()).isEqualTo(MonthSpan.ending(YearMonth.of(2016, 2), 12));
            assertThat(assessment.judged().value()).isEqualTo(100 + 11 * 25);
            assertThat(assessment.status()).isEqualTo(TargetStatus.OFF_TRACK);
        }

        @Test
        void readsARollingYearEndingInMarchAsTheFinancialYear() {
            List<Reading> rolling = List.of(
                    Reading.of(MonthSpan.ending(YearMonth.of(2015, 12), 12), 330),
                    Reading.of(MonthSpan.ending(YearMonth.of(2016, 3), 12), 318));

            TargetAssessment assessment = TargetAssessment.assess(atMost320, rolling, day("2016-06-30"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.MET);
            assertThat(assessment.judged().value()).isEqualTo(318);
        }
    }

    @Nested
    class NorfolkPriorityCrimes {
        // "Reduce the number of priority crimes … by 18%", from 2010/11 (10,000) to 2015/16: at most 8,200.
        final TargetSetting down18 = setting(
                new Aim.Change(-18, financialYear(2015)),
                new StartingPoint.Spans(List.of(financialYear(2010))),
                ImprovementDirection.DECREASE);

        List<Reading> readings(double latest) {
            return List.of(
                    Reading.of(financialYear(2010), 10_000),
                    Reading.of(financialYear(2011), 9_700),
                    Reading.of(financialYear(2012), latest));
        }

        @Test
        void drawsTheLineFromTheEndOfTheBaselineYearToTheEndOfTheTargetYear() {
            TargetAssessment assessment = TargetAssessment.assess(down18, readings(9_300), day("2013-04-01"));

            // 731 of the 1,827 days from 31 March 2011 to 31 March 2016: 10,000 − 1,800 × 731 / 1,827.
            double expected = 10_000 - 1_800.0 * 731 / 1_827;
            assertThat(assessment.targetLevel()).isCloseTo(8_200, within(1e-9));
            assertThat(assessment.baseline()).isEqualTo(10_000);
            assertThat(assessment.expected()).isCloseTo(expected, within(1e-9));
            assertThat(assessment.trajectory().from()).isEqualTo(day("2011-03-31"));
            assertThat(assessment.trajectory().to()).isEqualTo(day("2016-03-31"));
            assertThat(assessment.status()).isEqualTo(TargetStatus.OFF_TRACK);
            assertThat(assessment.progress()).isCloseTo(700.0 / 1_800, within(1e-12));
            assertThat(assessment.reason())
                    .isEqualTo("Off track: 9,300 in 12 months to Mar 2013, where the straight line to the target of at"
                            + " most 8,200 in 12 months to Mar 2016, 18% below the baseline of 10,000 (12 months to Mar"
                            + " 2011), expects at most 9,279.8.");
        }

        @Test
        void isOnTrackBelowTheLine() {
            TargetAssessment assessment = TargetAssessment.assess(down18, readings(9_279), day("2013-04-01"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.ON_TRACK);
        }

        @Test
        void isMetAtExactly18PercentDown() {
            List<Reading> readings = new ArrayList<>(readings(9_000));
            readings.add(Reading.of(financialYear(2015), 8_200));

            TargetAssessment assessment = TargetAssessment.assess(down18, readings, day("2016-03-31"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.MET);
            assertThat(assessment.progress()).isCloseTo(1, within(1e-12));
        }

        @Test
        void cannotJudgeAChangeWithoutABaseline() {
            TargetSetting noBaseline = setting(
                    new Aim.Change(-18, financialYear(2015)),
                    new StartingPoint.Unstated(),
                    ImprovementDirection.DECREASE);

            TargetAssessment assessment = TargetAssessment.assess(noBaseline, readings(9_000), day("2014-01-01"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.NOT_ENOUGH_DATA);
            assertThat(assessment.reason()).contains("no baseline");
        }
    }

    @Nested
    class MonthlyBaselines {
        @Test
        void setsTheAverageMonthAgainstAYearAsTwelveTimesIt() {
            // A baseline of the twelve months of 2014/15, 8 a month on average; 5% more by 2015/16: 100.8.
            List<MonthSpan> months = new ArrayList<>();
            List<Reading> readings = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                MonthSpan month = MonthSpan.of(YearMonth.of(2014, 4).plusMonths(i));
                if (i < 12) {
                    months.add(month);
                }
                readings.add(Reading.of(month, i < 12 ? (i % 2 == 0 ? 7 : 9) : 8.5));
            }
            TargetSetting up5 = setting(
                    new Aim.Change(5, financialYear(2015)),
                    new StartingPoint.Spans(months),
                    ImprovementDirection.INCREASE);

            TargetAssessment assessment = TargetAssessment.assess(up5, readings, day("2016-03-31"));

            assertThat(assessment.baseline()).isEqualTo(96);
            assertThat(assessment.targetLevel()).isCloseTo(100.8, within(1e-9));
            assertThat(assessment.judged().value()).isEqualTo(102);
            assertThat(assessment.status()).isEqualTo(TargetStatus.MET);
            assertThat(assessment.reason())
                    .isEqualTo("Met: 102 in 12 months to Mar 2016; the target was at least 100.8 in 12 months to Mar"
                            + " 2016, 5% above the baseline of 96 (the average of Apr 2014 to Mar 2015, as a total over"
                            + " 12 months).");
        }

        @Test
        void leavesAnAverageRateAsItIs() {
            List<MonthSpan> months = new ArrayList<>();
            List<Reading> readings = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                MonthSpan month = MonthSpan.of(YearMonth.of(2014, 4).plusMonths(i));
                if (i < 12) {
                    months.add(month);
                }
                readings.add(Reading.of(month, 40));
            }
            TargetSetting up5 = new TargetSetting(
                    new Aim.Change(5, financialYear(2015)),
                    new StartingPoint.Spans(months),
                    ImprovementDirection.INCREASE,
                    Combining.MEAN);

            assertThat(TargetAssessment.assess(up5, readings, day("2016-03-31")).baseline())
                    .isEqualTo(40);
        }
    }

    @Nested
    class NottinghamshireCollisions {
        // "40% reduction in all KSI RTCs by 2020 (from 2005-09 average)": 2005 to 2009 average 460, target 276.
        final TargetSetting down40 = setting(
                new Aim.Change(-40, calendarYear(2020)),
                new StartingPoint.Spans(List.of(
                        calendarYear(2005),
                        calendarYear(2006),
                        calendarYear(2007),
                        calendarYear(2008),
                        calendarYear(2009))),
                ImprovementDirection.DECREASE);

        List<Reading> years(int toYear, double... later) {
            List<Reading> readings = new ArrayList<>();
            double[] baseline = {500, 480, 460, 440, 420};
            for (int year = 2005; year <= toYear; year++) {
                double value = year <= 2009 ? baseline[year - 2005] : later[year - 2010];
                readings.add(Reading.of(calendarYear(year), value));
            }
            return readings;
        }

        final double[] later = {410, 390, 370, 350, 340, 330, 320, 310, 300, 290, 270};

        @Test
        void averagesTheFiveBaselineYearsAndTakes40PercentOff() {
            TargetAssessment assessment = TargetAssessment.assess(down40, years(2018, later), day("2019-01-15"));

            assertThat(assessment.baseline()).isEqualTo(460);
            assertThat(assessment.targetLevel()).isCloseTo(276, within(1e-9));
            // 3,287 of the 4,018 days from 31 December 2009 to 31 December 2020.
            assertThat(assessment.expected()).isCloseTo(460 - 184.0 * 3_287 / 4_018, within(1e-9));
            assertThat(assessment.judged().value()).isEqualTo(300);
            assertThat(assessment.status()).isEqualTo(TargetStatus.ON_TRACK);
            assertThat(assessment.progress()).isCloseTo(160.0 / 184, within(1e-12));
        }

        @Test
        void isJudgedOn2020FromTheLastDayOf2020() {
            assertThat(TargetAssessment.assess(down40, years(2020, later), day("2020-12-31"))
                            .status())
                    .isEqualTo(TargetStatus.MET);
            TargetAssessment dayBefore = TargetAssessment.assess(down40, years(2020, later), day("2020-12-30"));
            // 290 in 2019, under the line's 460 − 184 × 3,652 / 4,018 = 292.7 at the end of 2019.
            assertThat(dayBefore.judged().span()).isEqualTo(calendarYear(2019));
            assertThat(dayBefore.expected()).isCloseTo(460 - 184.0 * 3_652 / 4_018, within(1e-9));
            assertThat(dayBefore.status()).isEqualTo(TargetStatus.ON_TRACK);
        }

        @Test
        void isMissedAt277() {
            double[] missed = later.clone();
            missed[10] = 277;

            assertThat(TargetAssessment.assess(down40, years(2020, missed), day("2021-06-30"))
                            .status())
                    .isEqualTo(TargetStatus.OFF_TRACK);
        }

        @Test
        void needsEveryBaselineYear() {
            TargetAssessment assessment = TargetAssessment.assess(down40, years(2009, later), day("2009-12-30"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.NOT_ENOUGH_DATA);
            assertThat(assessment.reason())
                    .isEqualTo(
                            "There is no value for 12 months to Dec 2009 as at 30 Dec 2009, which the baseline needs.");
        }
    }

    @Nested
    class Quarters {
        // "at least 35%" by 2015/16, quarterly proportions that add up as numerators and denominators.
        final TargetSetting atLeast35 = new TargetSetting(
                new Aim.Level(Bound.AT_LEAST, 35, financialYear(2015)),
                new StartingPoint.Unstated(),
                ImprovementDirection.INCREASE,
                Combining.RATIO);

        final List<Reading> quarters = List.of(
                new Reading(quarter(2014, 3), 35, 35, 100),
                new Reading(quarter(2014, 4), 30, 30, 100),
                new Reading(quarter(2015, 1), 40, 40, 100),
                new Reading(quarter(2015, 2), 25, 50, 200),
                new Reading(quarter(2015, 3), 50, 50, 100),
                new Reading(quarter(2015, 4), 40, 20, 50));

        @Test
        void addsNumeratorsAndDenominatorsAtTheYearEnd() {
            TargetAssessment assessment = TargetAssessment.assess(atLeast35, quarters, day("2016-03-31"));

            // (40 + 50 + 50 + 20) / (100 + 200 + 100 + 50) = 160 / 450.
            assertThat(assessment.judged().value()).isCloseTo(160.0 / 450 * 100, within(1e-12));
            assertThat(assessment.status()).isEqualTo(TargetStatus.MET);
        }

        @Test
        void takesTheFourQuartersToTheLatestQuarterEndBeforeTheYearEnds() {
            TargetAssessment assessment = TargetAssessment.assess(atLeast35, quarters, day("2015-12-31"));

            assertThat(assessment.judged().span()).isEqualTo(MonthSpan.ending(YearMonth.of(2015, 12), 12));
            assertThat(assessment.judged().value()).isCloseTo(170.0 / 500 * 100, within(1e-12));
            assertThat(assessment.status()).isEqualTo(TargetStatus.OFF_TRACK);
        }

        @Test
        void waitsForAQuarterToEnd() {
            TargetAssessment assessment = TargetAssessment.assess(atLeast35, quarters, day("2015-12-30"));

            // October 2014 to September 2015: (35 + 30 + 40 + 50) / (100 + 100 + 100 + 200).
            assertThat(assessment.judged().span()).isEqualTo(MonthSpan.ending(YearMonth.of(2015, 9), 12));
            assertThat(assessment.judged().value()).isCloseTo(155.0 / 500 * 100, within(1e-12));
        }

        @Test
        void needsFourQuarters() {
            TargetAssessment assessment = TargetAssessment.assess(atLeast35, quarters.subList(0, 3), day("2015-10-01"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.NOT_ENOUGH_DATA);
            assertThat(assessment.reason()).startsWith("There is not yet a value over 12 months as at 1 Oct 2015");
        }
    }

    @Nested
    class WithoutADate {
        final TargetSetting above3000 = setting(
                new Aim.Level(Bound.ABOVE, 3000, null), new StartingPoint.Unstated(), ImprovementDirection.INCREASE);

        TargetStatus statusAt(double officers) {
            return TargetAssessment.assess(
                            above3000,
                            List.of(Reading.of(MonthSpan.of(YearMonth.of(2017, 3)), officers)),
                            day("2017-04-01"))
                    .status();
        }

        @Test
        void countsTheLevelItselfAsAMissForAbove() {
            assertThat(statusAt(3001)).isEqualTo(TargetStatus.MET);
            assertThat(statusAt(3000)).isEqualTo(TargetStatus.OFF_TRACK);
        }

        @Test
        void judgesAReductionAgainstTheBaselineYearOverTwelveMonths() {
            TargetSetting reduce = setting(
                    new Aim.Direction(ImprovementDirection.DECREASE),
                    new StartingPoint.Spans(List.of(financialYear(2017))),
                    ImprovementDirection.DECREASE);
            List<Reading> rolling = List.of(
                    Reading.of(MonthSpan.ending(YearMonth.of(2018, 3), 12), 1_000),
                    Reading.of(MonthSpan.ending(YearMonth.of(2019, 9), 12), 950),
                    Reading.of(MonthSpan.ending(YearMonth.of(2019, 12), 12), 1_000));

            TargetAssessment before = TargetAssessment.assess(reduce, rolling, day("2019-12-30"));
            TargetAssessment after = TargetAssessment.assess(reduce, rolling, day("2019-12-31"));

            assertThat(before.status()).isEqualTo(TargetStatus.MET);
            assertThat(before.reason())
                    .isEqualTo("Met: 950 in 12 months to Sept 2019; the target is below the baseline of 1,000 (12"
                            + " months to Mar 2018).");
            assertThat(after.status()).isEqualTo(TargetStatus.OFF_TRACK);
        }

        @Test
        void maintainsTheBetterWay() {
            TargetSetting maintain =
                    setting(new Aim.Maintain(), new StartingPoint.Stated(80), ImprovementDirection.INCREASE);
            List<Reading> readings = List.of(Reading.of(MonthSpan.of(YearMonth.of(2017, 3)), 81));

            assertThat(TargetAssessment.assess(maintain, readings, day("2017-04-01"))
                            .status())
                    .isEqualTo(TargetStatus.MET);
        }
    }

    @Nested
    class NothingToJudge {
        final List<Reading> readings = List.of(Reading.of(financialYear(2017), 5));

        @Test
        void saysATargetIsYetToBeSet() {
            TargetAssessment assessment = TargetAssessment.assess(
                    setting(
                            new Aim.ToBeSet("Target to be set"),
                            new StartingPoint.Unstated(),
                            ImprovementDirection.DECREASE),
                    readings,
                    day("2019-01-01"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.NO_TARGET_YET);
            assertThat(assessment.reason())
                    .isEqualTo("The target is yet to be set (the plan says: “Target to be set”).");
        }

        @Test
        void saysABaselineIsYetToBeDecided() {
            TargetAssessment assessment = TargetAssessment.assess(
                    setting(
                            new Aim.Direction(ImprovementDirection.DECREASE),
                            new StartingPoint.Undecided("baseline to be decided"),
                            ImprovementDirection.DECREASE),
                    readings,
                    day("2019-01-01"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.NO_TARGET_YET);
        }

        @Test
        void saysThereIsNoTarget() {
            assertThat(TargetAssessment.assess(
                                    setting(
                                            new Aim.Untargeted(),
                                            new StartingPoint.Unstated(),
                                            ImprovementDirection.NEITHER),
                                    readings,
                                    day("2019-01-01"))
                            .status())
                    .isEqualTo(TargetStatus.NO_TARGET);
        }

        @Test
        void measuresTheChangeFromABaselineWithoutATarget() {
            TargetAssessment assessment = TargetAssessment.assess(
                    setting(
                            new Aim.Untargeted(),
                            new StartingPoint.Spans(List.of(financialYear(2016))),
                            ImprovementDirection.DECREASE),
                    List.of(Reading.of(financialYear(2016), 4), Reading.of(financialYear(2017), 5)),
                    day("2019-01-01"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.NO_TARGET);
            assertThat(assessment.baseline()).isEqualTo(4);
            assertThat(assessment.judged().value()).isEqualTo(5);
            assertThat(assessment.changeFromBaseline()).isEqualTo(1);
            assertThat(assessment.percentChangeFromBaseline()).isEqualTo(25);
        }

        @Test
        void cannotMaintainWithoutABetterWay() {
            TargetAssessment assessment = TargetAssessment.assess(
                    setting(new Aim.Maintain(), new StartingPoint.Stated(5), ImprovementDirection.NEITHER),
                    readings,
                    day("2019-01-01"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.NOT_ENOUGH_DATA);
        }

        @Test
        void saysThereIsNoDataBeforeTheFirstPeriodEnds() {
            TargetAssessment assessment = TargetAssessment.assess(
                    setting(
                            new Aim.Level(Bound.AT_LEAST, 3, null),
                            new StartingPoint.Unstated(),
                            ImprovementDirection.INCREASE),
                    readings,
                    day("2018-03-30"));

            assertThat(assessment.status()).isEqualTo(TargetStatus.NOT_ENOUGH_DATA);
            assertThat(assessment.reason()).isEqualTo("There is no data as at 30 Mar 2018.");
        }
    }
}
