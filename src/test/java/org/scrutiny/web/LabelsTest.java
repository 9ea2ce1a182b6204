package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.scrutiny.series.Period;

/** Periods, numbers and dates as people read them. */
class LabelsTest {

    @Test
    void spellsOutMonthsAndRollingYears() {
        assertThat(Labels.periodOf(new Period.CalendarMonth(YearMonth.of(2019, 9))))
                .isEqualTo("September 2019");
        assertThat(Labels.periodOf(new Period.RollingYear(YearMonth.of(2007, 9))))
                .isEqualTo("12 months to September 2007");
    }

    @Test
    void keepsTheShortNameOfAFinancialPeriodAfterItsMonths() {
        assertThat(Labels.periodOf(new Period.FinancialQuarter(2019, 1))).isEqualTo("April to June 2019 (2019/20 Q1)");
        assertThat(Labels.periodOf(new Period.FinancialQuarter(2019, 4)))
                .isEqualTo("January to March 2020 (2019/20 Q4)");
        assertThat(Labels.periodOf(new Period.FinancialYear(2019))).isEqualTo("April 2019 to March 2020 (2019/20)");
    }

    @Test
    void separatesThousandsAndRoundsToTwoDecimals() {
        assertThat(Labels.numberOf(48633.0)).isEqualTo("48,633");
        assertThat(Labels.numberOf(91.256)).isEqualTo("91.26");
        assertThat(Labels.numberOf(null)).isEmpty();
    }
}
