package org.scrutiny.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"2019-01", "2019/20 Q1", "2019/20 H2", "2019/20", "2019", "12 months to 2019-03", "1999/00"})
    void readsBackItsCanonicalSpellingOfEveryKind(String canonical) {
        assertThat(Period.parse(canonical)).hasToString(canonical);
        assertThat(Period.parse(Period.parse(canonical).toString())).isEqualTo(Period.parse(canonical));
    }

    @ParameterizedTest
    @CsvSource({
        "2019-01, CalendarMonth",
        "2019/20 Q1, FinancialQuarter",
        "2019/20 H1, FinancialHalf",
        "2019/20, FinancialYear",
        "2019, CalendarYear",
        "12 months to 2019-03, RollingYear"
    })
    void tellsTheKindsApart(String text, String kind) {
        assertThat(Period.parse(text).getClass().getSimpleName()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({
        "FY 2019/20 Q3, 2019/20 Q3",
        "Q3 2019/20, 2019/20 Q3",
        "2019-20 q3, 2019/20 Q3",
        "2019/2020, 2019/20",
        "Mar 2019, 2019-03",
        "March 2019, 2019-03",
        "R12 2019-03, 12 months to 2019-03",
        "12 months ending 31/03/2019, 12 months to 2019-03",
        "'  2019/20  ', 2019/20"
    })
    void readsOtherSpellingsFoundInPublishedTables(String text, String canonical) {
        assertThat(Period.parse(text)).hasToString(canonical);
    }

    @Test
    void financialYearRunsFromAprilToMarch() {
        Period year = Period.financialYear(2019);

        assertThat(year.start()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(year.contains(LocalDate.of(2020, 3, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2020, 4, 1))).isFalse();
        assertThat(Period.financialYearOf(LocalDate.of(2020, 3, 31))).isEqualTo(year);
        assertThat(Period.financialYearOf(LocalDate.of(2020, 4, 1))).isEqualTo(year.next());
    }

    @ParameterizedTest
    @CsvSource({
        "1, 2019-04-01, 2019-06-30",
        "2, 2019-07-01, 2019-09-30",
        "3, 2019-10-01, 2019-12-31",
        "4, 2020-01-01, 2020-03-31"
    })
    void quartersStartWithAprilToJune(int quarter, LocalDate start, LocalDate end) {
        Period period = Period.quarter(2019, quarter);

        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
    }

    @Test
    void stepsAcrossYearBoundaries() {
        assertThat(Period.quarter(2019, 4).next()).isEqualTo(Period.quarter(2020, 1));
        assertThat(Period.quarter(2020, 1).previous()).isEqualTo(Period.quarter(2019, 4));
        assertThat(Period.parse("2019/20 H2").next()).hasToString("2020/21 H1");
        assertThat(Period.month(2019, 12).next()).isEqualTo(Period.month(2020, 1));
        assertThat(Period.parse("12 months to 2019-12").next()).hasToString("12 months to 2020-01");
    }

    @Test
    void aRollingYearCoversTheTwelveMonthsEndingWithItsMonth() {
        Period rolling = Period.parse("12 months to 2019-03");

        assertThat(rolling.start()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(rolling.end()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(rolling).isEqualTo(new Period.RollingYear(YearMonth.of(2019, 3)));
    }

    @Test
    void aRollingYearFitsTheCadenceItIsPublishedAt() {
        Period toDecember = Period.parse("12 months to 2018-12");
        Period toFebruary = Period.parse("12 months to 2019-02");

        assertThat(toDecember.fits(Frequency.QUARTERLY)).isTrue();
        assertThat(toFebruary.fits(Frequency.QUARTERLY)).isFalse();
        assertThat(toFebruary.fits(Frequency.MONTHLY)).isTrue();
        assertThat(Period.parse("12 months to 2019-03").fits(Frequency.SIX_MONTHLY))
                .isTrue();
        assertThat(toDecember.fits(Frequency.SIX_MONTHLY)).isFalse();
        assertThat(Period.parse("2019-02").fits(Frequency.QUARTERLY)).isFalse();
        assertThat(Period.parse("2019/20 Q1").fits(Frequency.QUARTERLY)).isTrue();
    }

    @Test
    void ordersByLastDayThenFirstDay() {
        List<Period> periods = new ArrayList<>(List.of(
                Period.parse("2020-03"),
                Period.parse("2019/20"),
                Period.parse("2019/20 Q4"),
                Period.parse("2019"),
                Period.parse("2019-12"),
                Period.parse("2019/20 Q1")));
        Collections.sort(periods);

        assertThat(periods)
                .extracting(Period::toString)
                .containsExactly("2019/20 Q1", "2019", "2019-12", "2019/20", "2019/20 Q4", "2020-03");
    }

    @Test
    void readsAnAmbiguousSpellingAsAMonthUnlessAYearIsExpected() {
        assertThat(Period.parse("2011-12")).isEqualTo(Period.month(2011, 12));
        assertThat(Period.parse("2011-12", Frequency.MONTHLY)).isEqualTo(Period.month(2011, 12));
        assertThat(Period.parse("2011-12", Frequency.ANNUAL)).isEqualTo(Period.financialYear(2011));
        assertThat(Period.parse("2011-12", Frequency.QUARTERLY)).isEqualTo(Period.financialYear(2011));
    }

    @Test
    void readsAYearPairThatCannotBeAMonthAsAFinancialYear() {
        assertThat(Period.parse("2019-20")).isEqualTo(Period.financialYear(2019));
    }

    @Test
    void rejectsAFinancialYearWhoseYearsDoNotFollow() {
        assertThatThrownBy(() -> Period.parse("2019/21"))
                .isInstanceOf(PeriodFormatException.class)
                .hasMessage("'2019/21' is not a financial year: 21 does not follow 2019 (write 2019/20)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sometime", "2019/20 Q5", "2019/20 H3", "Smarch 2019", "20190", "12 months to soon"})
    void rejectsTextThatIsNoPeriodSayingWhatIsExpected(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(PeriodFormatException.class)
                .hasMessageStartingWith("'" + text + "' is not a period (expected a month such as 2019-01,");
    }

    @Test
    void rejectsBlankText() {
        assertThatThrownBy(() -> Period.parse("  "))
                .isInstanceOf(PeriodFormatException.class)
                .hasMessage("a period is required");
    }

    @Test
    void labelsPeriodsForCharts() {
        assertThat(Period.month(2019, 1).label()).isEqualTo("Jan 2019");
        assertThat(Period.quarter(2019, 1).label()).isEqualTo("2019/20 Q1");
        assertThat(Period.parse("12 months to 2019-03").label()).isEqualTo("12m to Mar 2019");
    }

    @ParameterizedTest(name = "{0} to {1} is {2}")
    @CsvSource({
        "2016-03, 2016-03, 2016-03",
        "2015-04, 2016-03, 2015/16",
        "2015-01, 2015-12, 2015",
        "2015-03, 2016-02, 12 months to 2016-02",
        "2016-01, 2016-03, 2015/16 Q4",
        "2015-04, 2015-06, 2015/16 Q1",
        "2015-10, 2016-03, 2015/16 H2",
    })
    void namesARunOfMonthsByThePeriodThatSpansIt(String first, String last, String period) {
        assertThat(Period.spanning(YearMonth.parse(first), YearMonth.parse(last)))
                .contains(Period.parse(period));
    }

    @Test
    void hasNoPeriodForARunOfMonthsNoPeriodSpans() {
        assertThat(Period.spanning(YearMonth.of(2015, 5), YearMonth.of(2015, 7)))
                .isEmpty();
        assertThat(Period.spanning(YearMonth.of(2015, 1), YearMonth.of(2016, 12)))
                .isEmpty();
    }
}
