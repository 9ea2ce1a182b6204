package org.scrutiny.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.scrutiny.indicator.Breakdown;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.Unit;
import org.scrutiny.input.Problems;
import org.scrutiny.plan.Plan;
import org.scrutiny.series.Frequency;
import org.scrutiny.series.Period;
import org.scrutiny.series.PeriodFormatException;
import org.scrutiny.series.SeriesKey;

/**
 * Checks the rows of a data file against the plan, one at a time: every problem of a row is reported,
 * not just the first, and a row with none becomes a {@link StagedRow}.
 */
final class RowChecker {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2})-\\d{2}");
    // Files repeat a handful of period spellings thousands of times; parsing each once is enough, and
    // the bound keeps a file of ever-new spellings from growing the cache.
    private static final int PERIOD_CACHE_SIZE = 10_000;

    private final Header header;
    private final DataFile file;
    private final Problems problems;
    private final Map<String, Rules> byRef = new HashMap<>();
    private final Map<String, String> refsByLowerCase = new HashMap<>();
    private final Map<String, Object> periods = new HashMap<>();

    /** What a row of one indicator must satisfy. */
    private record Rules(
            Indicator indicator,
            String measure,
            Frequency frequency,
            double multiplier,
            Map<String, Map<String, String>> breakdownValues) {}

    RowChecker(Plan plan, Header header, DataFile file, Problems problems) {
        this.header = header;
        this.file = file;
        this.problems = problems;
        plan.allIndicators().forEach(i -> {
            byRef.put(i.ref(), rulesOf(plan, i));
            refsByLowerCase.put(i.ref().toLowerCase(Locale.ROOT), i.ref());
        });
    }

    private static Rules rulesOf(Plan plan, Indicator indicator) {
        Map<String, Map<String, String>> values = new HashMap<>();
        for (Breakdown b : indicator.breakdowns()) {
            Map<String, String> byName = new HashMap<>();
            for (Breakdown.Value v : b.values()) {
                if (v.label() != null) {
                    byName.put(v.label().strip().toLowerCase(Locale.ROOT), v.key());
                }
            }
            for (Breakdown.Value v : b.values()) {
                byName.put(v.key().toLowerCase(Locale.ROOT), v.key());
            }
            values.put(b.key(), byName);
        }
        return new Rules(
                indicator, plan.measureOf(indicator), indicator.frequencyOrDefault(), multiplierOf(indicator), values);
    }

    /** What numerator ÷ denominator is multiplied by to give the value, as the indicator's unit says. */
    private static double multiplierOf(Indicator indicator) {
        if (indicator.derivation() != null) {
            return indicator.derivation().multiplier();
        }
        return indicator.unit() == Unit.PERCENT ? 100 : indicator.unit() == Unit.RATE_PER_1000 ? 1000 : 1;
    }

    /** The row made ready for staging, or null where it has problems (each added to the collector). */
    StagedRow check(DataRow row) {
        int before = problems.count();
        checkUnheadedCells(row);

        Rules rules = indicatorOf(row);
        Period period = periodOf(row, rules);
        String breakdown = breakdownOf(row, rules);

        Double numerator = number(row, header.numerator(), "numerator");
        Double denominator = number(row, header.denominator(), "denominator");
        if (denominator != null && denominator == 0) {
            report(row, header.denominator(), "the denominator is 0: a proportion or rate of nothing has no value");
            denominator = null;
        }
        Double value = number(row, header.value(), "value");
        if (blank(row, header.value())) {
            if (numerator != null && denominator != null) {
                value = numerator / denominator * (rules == null ? 1 : rules.multiplier());
            } else if (blank(row, header.numerator()) || blank(row, header.denominator())) {
                report(
                        row,
                        header.value() >= 0 ? header.value() : header.numerator(),
                        "no value: give a value, or both a numerator and a denominator");
            }
        }
        String status = statusOf(row);
        String note = row.cell(header.note()).strip();

        if (problems.count() > before || rules == null) {
            return null;
        }
        return new StagedRow(
                row.line(),
                rules.measure(),
                breakdown,
                period,
                value,
                numerator,
                denominator,
                status,
                note.isEmpty() ? null : note);
    }

    private void checkUnheadedCells(DataRow row) {
        for (int column : header.unnamed()) {
            if (!blank(row, column)) {
                report(row, column, "a value in a column with no heading: name the column or leave it empty");
            }
        }
        for (int column = header.width(); column < row.width(); column++) {
            if (!blank(row, column)) {
                report(
                        row,
                        column,
                        "a value beyond the last column of the header (the header has " + header.width() + " columns)");
                break;
            }
        }
    }

    private Rules indicatorOf(DataRow row) {
        String ref = row.cell(header.indicator()).strip();
        if (ref.isEmpty()) {
            report(row, header.indicator(), "no indicator: every row needs the reference of an indicator of the plan");
            return null;
        }
        Rules rules = byRef.get(ref);
        if (rules == null) {
            String other = refsByLowerCase.get(ref.toLowerCase(Locale.ROOT));
            report(
                    row,
                    header.indicator(),
                    "unknown indicator '" + ref + "': the plan has no indicator with this" + " reference"
                            + (other == null ? "" : " (did you mean '" + other + "'?)"));
        } else if (rules.indicator().unit() == Unit.ASSESSMENT) {
            report(
                    row,
                    header.indicator(),
                    ref + " is an assessment in words: it has no values to load, so leave it out of data files");
            return null;
        }
        return rules;
    }

    private Period periodOf(DataRow row, Rules rules) {
        String text = row.cell(header.period()).strip();
        var date = ISO_DATE.matcher(text);
        if (date.matches()) {
            // A date, as spreadsheets turn "Apr 2019" into, stands for the month that holds it.
            text = date.group(1);
        }
        Frequency expected = rules == null ? null : rules.frequency();
        Period period;
        try {
            period = parsePeriod(text, expected);
        } catch (PeriodFormatException e) {
            report(row, header.period(), e.getMessage());
            return null;
        }
        if (rules != null && !period.fits(expected)) {
            report(
                    row,
                    header.period(),
                    "'" + text + "' is " + kindOf(period) + ", but "
                            + rules.indicator().ref() + " is " + expected.code() + ": give " + exampleOf(expected));
            return null;
        }
        return period;
    }

    private Period parsePeriod(String text, Frequency expected) {
        String key = (expected == null ? "" : expected.code()) + "|" + text;
        Object cached = periods.get(key);
        if (cached == null) {
            if (periods.size() >= PERIOD_CACHE_SIZE) {
                periods.clear();
            }
            try {
                cached = Period.parse(text, expected);
            } catch (PeriodFormatException e) {
                cached = e;
            }
            periods.put(key, cached);
        }
        if (cached instanceof PeriodFormatException e) {
            throw new PeriodFormatException(e.getMessage());
        }
        return (Period) cached;
    }

    private static String kindOf(Period period) {
        return switch (period) {
            case Period.CalendarMonth m -> "a month";
            case Period.FinancialQuarter q -> "a quarter";
            case Period.FinancialHalf h -> "a half year";
            case Period.FinancialYear y -> "a financial year";
            case Period.CalendarYear y -> "a calendar year";
            case Period.RollingYear r -> "a rolling 12 months";
        };
    }

    private static String exampleOf(Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> "a month such as 2019-04";
            case QUARTERLY -> "a quarter such as 2019/20 Q1, or 12 months to a quarter's end such as 2019-06";
            case SIX_MONTHLY -> "a half year such as 2019/20 H1";
            case ANNUAL -> "a year such as 2019/20, 2019 or 12 months to 2019-03";
        };
    }

    private String breakdownOf(DataRow row, Rules rules) {
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<Integer, String> column : header.dimensions().entrySet()) {
            String text = row.cell(column.getKey()).strip();
            if (text.isEmpty() || rules == null) {
                continue;
            }
            String dimension = column.getValue();
            Map<String, String> allowed = rules.breakdownValues().get(dimension);
            if (allowed == null) {
                report(
                        row,
                        column.getKey(),
                        rules.indicator().ref() + " has no breakdown by " + dimension + ": leave this cell empty");
                continue;
            }
            String key = allowed.get(text.toLowerCase(Locale.ROOT));
            if (key == null) {
                report(
                        row,
                        column.getKey(),
                        "unknown " + dimension + " '" + text + "' for "
                                + rules.indicator().ref()
                                + ": expected " + String.join(", ", new java.util.TreeSet<>(allowed.values()))
                                + " or empty for the total");
                continue;
            }
            values.put(dimension, key);
        }
        return SeriesKey.breakdownOf(values);
    }

    private Double number(DataRow row, int column, String what) {
        if (blank(row, column)) {
            return null;
        }
        try {
            return Numbers.parse(row.cell(column));
        } catch (NumberFormatException e) {
            report(row, column, "the " + what + " " + e.getMessage());
            return null;
        }
    }

    private String statusOf(DataRow row) {
        String text = row.cell(header.status()).strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("final")) {
            return "final";
        }
        if (text.equals("provisional")) {
            return "provisional";
        }
        report(
                row,
                header.status(),
                "unknown status '" + row.cell(header.status()).strip()
                        + "': expected provisional, final or empty (final)");
        return null;
    }

    private static boolean blank(DataRow row, int column) {
        return column < 0 || row.cell(column).isBlank();
    }

    private void report(DataRow row, int column, String message) {
        problems.add(row.line(), column + 1, message + file.cellName(row.line(), column + 1));
    }
}
