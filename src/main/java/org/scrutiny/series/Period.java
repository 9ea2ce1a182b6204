package org.scrutiny.series;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of time that an observation covers: a month, a financial year (1 April – 31 March) or one of
 * its quarters or halves, a calendar year, or the rolling twelve months ending with a month.
 *
 * <p>Every period has a canonical spelling ({@link #toString()}) that {@link #parse(String)} reads
 * back. Financial years are written {@code 2019/20} because {@code 2011-12} is also an ISO month;
 * {@code 2019-20} is accepted where it cannot be a month, and {@link #parse(String, Frequency)}
 * settles the ambiguous cases from what the indicator is expected to hold.
 */
public sealed interface Period extends Comparable<Period>
        permits Period.CalendarMonth,
                Period.FinancialQuarter,
                Period.FinancialHalf,
                Period.FinancialYear,
                Period.CalendarYear,
                Period.RollingYear {

    /** The first day of the period. */
    LocalDate start();

    /** The last day of the period, inclusive. */
    LocalDate end();

    Frequency frequency();

    /** The period of the same kind that follows this one. */
    Period next();

    /** The period of the same kind that precedes this one. */
    Period previous();

    /** A short label for charts and tables, such as {@code Jan 2019} or {@code 2019/20 Q1}. */
    String label();

    /**
     * Whether an indicator of this frequency can hold this period. Rolling years are published at a
     * cadence: a quarterly series of them ends at quarter ends (March, June, September, December), a
     * six-monthly one in September and March, and a monthly or annual one in any month.
     */
    default boolean fits(Frequency frequency) {
        if (this instanceof RollingYear rolling) {
            int month = rolling.lastMonth().getMonthValue();
            return switch (frequency) {
                case MONTHLY, ANNUAL -> true;
                case QUARTERLY -> month % 3 == 0;
                case SIX_MONTHLY -> month == 3 || month == 9;
            };
        }
        return frequency() == frequency;
    }

    default boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** Periods order by their last day, then by their first day, then by kind. */
    Comparator<Period> ORDER = Comparator.comparing(Period::end)
            .thenComparing(Period::start)
            .thenComparing(p -> p.getClass().getSimpleName());

    @Override
    default int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    static Period parse(String text) {
        return parse(text, null);
    }

    /**
     * Reads a period, using the expected frequency to settle spellings that could mean two things:
     * {@code 2011-12} is December 2011 for a monthly indicator and the financial year 2011/12 for an
     * annual one.
     *
     * @throws PeriodFormatException if the text is not a period
     */
    static Period parse(String text, Frequency expected) {
        return PeriodParser.parse(text, expected);
    }

    static Period month(int year, int month) {
        return new CalendarMonth(YearMonth.of(year, month));
    }

    static Period financialYear(int startYear) {
        return new FinancialYear(startYear);
    }

    static Period quarter(int financialYearStart, int quarter) {
        return new FinancialQuarter(financialYearStart, quarter);
    }

    /** The financial year (April to March) that contains a date. */
    static FinancialYear financialYearOf(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /**
     * The period that runs over exactly the months from one to another, of the kind a plan would name it
     * by: a month, a financial quarter or half, a financial or calendar year, or else a rolling year.
     * Empty for any other run of months.
     */
    static Optional<Period> spanning(YearMonth first, YearMonth last) {
        long months = first.until(last, ChronoUnit.MONTHS) + 1;
        int startMonth = first.getMonthValue();
        int financialYear = startMonth >= 4 ? first.getYear() : first.getYear() - 1;
        // Financial quarters start in April, July, October and January; halves in April and October.
        int monthOfFinancialYear = (startMonth + 8) % 12;
        Period period = switch ((int) months) {
            case 1 -> new CalendarMonth(first);
            case 3 ->
                monthOfFinancialYear % 3 == 0
                        ? new FinancialQuarter(financialYear, monthOfFinancialYear / 3 + 1)
                        : null;
            case 6 ->
                monthOfFinancialYear % 6 == 0 ? new FinancialHalf(financialYear, monthOfFinancialYear / 6 + 1) : null;
            case 12 ->
                startMonth == 4
                        ? new FinancialYear(first.getYear())
                        : startMonth == 1 ? new CalendarYear(first.getYear()) : new RollingYear(last);
            default -> null;
        };
        return Optional.ofNullable(period);
    }

    /** A calendar month, written {@code 2019-01}. */
    record CalendarMonth(YearMonth month) implements Period {
        public LocalDate start() {
            return month.atDay(1);
        }

        public LocalDate end() {
            return month.atEndOfMonth();
        }

        public Frequency frequency() {
            return Frequency.MONTHLY;
        }

        public Period next() {
            return new CalendarMonth(month.plusMonths(1));
        }

        public Period previous() {
            return new CalendarMonth(month.minusMonths(1));
        }

        public String label() {
            return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + month.getYear();
        }

        @Override
        public String toString() {
            return month.toString();
        }
    }

    /** A quarter of a financial year, Q1 being April to June; written {@code 2019/20 Q1}. */
    record FinancialQuarter(int financialYearStart, int quarter) implements Period {
        public FinancialQuarter {
            if (quarter < 1 || quarter > 4) {
                throw new PeriodFormatException("quarter must be 1 to 4, not " + quarter);
            }
        }

        public LocalDate start() {
            return LocalDate.of(financialYearStart, Month.APRIL, 1).plusMonths(3L * (quarter - 1));
        }

        public LocalDate end() {
            return start().plusMonths(3).minusDays(1);
        }

        public Frequency frequency() {
            return Frequency.QUARTERLY;
        }

        public FinancialYear year() {
            return new FinancialYear(financialYearStart);
        }

        public Period next() {
            return quarter == 4
                    ? new FinancialQuarter(financialYearStart + 1, 1)
                    : new FinancialQuarter(financialYearStart, quarter + 1);
        }

        public Period previous() {
            return quarter == 1
                    ? new FinancialQuarter(financialYearStart - 1, 4)
                    : new FinancialQuarter(financialYearStart, quarter - 1);
        }

        public String label() {
            return toString();
        }

        @Override
        public String toString() {
            return year() + " Q" + quarter;
        }
    }

    /** Half of a financial year, H1 being April to September; written {@code 2019/20 H1}. */
    record FinancialHalf(int financialYearStart, int half) implements Period {
        public FinancialHalf {
            if (half < 1 || half > 2) {
                throw new PeriodFormatException("half must be 1 or 2, not " + half);
            }
        }

        public LocalDate start() {
            return LocalDate.of(financialYearStart, Month.APRIL, 1).plusMonths(6L * (half - 1));
        }

        public LocalDate end() {
            return start().plusMonths(6).minusDays(1);
        }

        public Frequency frequency() {
            return Frequency.SIX_MONTHLY;
        }

        public Period next() {
            return half == 2 ? new FinancialHalf(financialYearStart + 1, 1) : new FinancialHalf(financialYearStart, 2);
        }

        public Period previous() {
            return half == 1 ? new FinancialHalf(financialYearStart - 1, 2) : new FinancialHalf(financialYearStart, 1);
        }

        public String label() {
            return toString();
        }

        @Override
        public String toString() {
            return new FinancialYear(financialYearStart) + " H" + half;
        }
    }

    /** A financial year, 1 April to 31 March; written {@code 2019/20}. */
    record FinancialYear(int startYear) implements Period {
        public LocalDate start() {
            return LocalDate.of(startYear, Month.APRIL, 1);
        }

        public LocalDate end() {
            return LocalDate.of(startYear + 1, Month.MARCH, 31);
        }

        public Frequency frequency() {
            return Frequency.ANNUAL;
        }

        public Period next() {
            return new FinancialYear(startYear + 1);
        }

        public Period previous() {
            return new FinancialYear(startYear - 1);
        }

        public String label() {
            return toString();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d/%02d", startYear, (startYear + 1) % 100);
        }
    }

    /** A calendar year, written {@code 2019}. */
    record CalendarYear(int year) implements Period {
        public LocalDate start() {
            return LocalDate.of(year, Month.JANUARY, 1);
        }

        public LocalDate end() {
            return LocalDate.of(year, Month.DECEMBER, 31);
        }

        public Frequency frequency() {
            return Frequency.ANNUAL;
        }

        public Period next() {
            return new CalendarYear(year + 1);
        }

        public Period previous() {
            return new CalendarYear(year - 1);
        }

        public String label() {
            return Integer.toString(year);
        }

        @Override
        public String toString() {
            return Integer.toString(year);
        }
    }

    /**
     * The twelve months ending with a month, written {@code 12 months to 2019-03}. Consecutive
     * rolling years overlap by eleven months, so their points are not independent.
     */
    record RollingYear(YearMonth lastMonth) implements Period {
        public LocalDate start() {
            return lastMonth.minusMonths(11).atDay(1);
        }

        public LocalDate end() {
            return lastMonth.atEndOfMonth();
        }

        /** Rolling years are published monthly or quarterly, but each covers a year. */
        public Frequency frequency() {
            return Frequency.ANNUAL;
        }

        public Period next() {
            return new RollingYear(lastMonth.plusMonths(1));
        }

        public Period previous() {
            return new RollingYear(lastMonth.minusMonths(1));
        }

        public String label() {
            return "12m to " + new CalendarMonth(lastMonth).label();
        }

        @Override
        public String toString() {
            return "12 months to " + lastMonth;
        }
    }
}

/** Reads the spellings of periods found in plan files, data files and published tables. */
final class PeriodParser {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern NAMED_MONTH = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{4})");
    private static final Pattern FINANCIAL_YEAR =
            Pattern.compile("(?:FY ?)?(\\d{4})[/-](\\d{2}|\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile(
            "(?:FY ?)?(\\d{4})[/-](\\d{2}|\\d{4}) ?([QH])([1-4])|([QH])([1-4]) (?:FY ?)?(\\d{4})[/-](\\d{2}|\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ROLLING =
            Pattern.compile("(?:12 months (?:to|ending)|R12) (.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})");

    private PeriodParser() {}

    static Period parse(String raw, Frequency expected) {
        if (raw == null || raw.isBlank()) {
            throw new PeriodFormatException("a period is required");
        }
        String text = SPACES.matcher(raw.strip()).replaceAll(" ");
        Matcher m;
        if ((m = ROLLING.matcher(text)).matches()) {
            return new Period.RollingYear(monthOf(m.group(1), raw));
        }
        if ((m = PART.matcher(text)).matches()) {
            boolean yearFirst = m.group(1) != null;
            int start = financialStart(yearFirst ? m.group(1) : m.group(7), yearFirst ? m.group(2) : m.group(8), raw);
            String kind = (yearFirst ? m.group(3) : m.group(5)).toUpperCase(Locale.ROOT);
            int n = Integer.parseInt(yearFirst ? m.group(4) : m.group(6));
            if (kind.equals("H") && n > 2) {
                throw PeriodFormatException.notAPeriod(raw);
            }
            return kind.equals("Q") ? new Period.FinancialQuarter(start, n) : new Period.FinancialHalf(start, n);
        }
        if ((m = MONTH.matcher(text)).matches()
                && !(expected != null && expected != Frequency.MONTHLY && isFollowingYear(m.group(1), m.group(2)))) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return new Period.CalendarMonth(YearMonth.of(Integer.parseInt(m.group(1)), month));
            }
        }
        if ((m = FINANCIAL_YEAR.matcher(text)).matches()) {
            return new Period.FinancialYear(financialStart(m.group(1), m.group(2), raw));
        }
        if (YEAR.matcher(text).matches()) {
            return new Period.CalendarYear(Integer.parseInt(text));
        }
        if (NAMED_MONTH.matcher(text).matches()) {
            return new Period.CalendarMonth(monthOf(text, raw));
        }
        throw PeriodFormatException.notAPeriod(raw);
    }

    private static boolean isFollowingYear(String first, String second) {
        return second.length() == 2 && (Integer.parseInt(first) + 1) % 100 == Integer.parseInt(second);
    }

    private static int financialStart(String first, String second, String raw) {
        int start = Integer.parseInt(first);
        int end = Integer.parseInt(second);
        boolean follows = second.length() == 2 ? (start + 1) % 100 == end : start + 1 == end;
        if (!follows) {
            throw new PeriodFormatException("'" + raw + "' is not a financial year: " + second + " does not follow "
                    + first + " (write 2019/20)");
        }
        return start;
    }

    /** A month written {@code 2019-03}, {@code Mar 2019}, {@code March 2019} or {@code 31-03-2019}. */
    private static YearMonth monthOf(String text, String raw) {
        Matcher m;
        if ((m = MONTH.matcher(text)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return YearMonth.of(Integer.parseInt(m.group(1)), month);
            }
        } else if ((m = DAY_MONTH_YEAR.matcher(text)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return YearMonth.of(Integer.parseInt(m.group(3)), month);
            }
        } else if ((m = NAMED_MONTH.matcher(text)).matches()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            for (Month month : Month.values()) {
                String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
                if (full.equals(name) || (name.length() == 3 && full.startsWith(name))) {
                    return YearMonth.of(Integer.parseInt(m.group(2)), month);
                }
            }
        }
        throw PeriodFormatException.notAPeriod(raw);
    }
}
