package org.scrutiny.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scrutiny.forces.Force;
import org.scrutiny.forces.Forces;
import org.scrutiny.forces.NameSource;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.input.Problem;
import org.scrutiny.input.Problems;
import org.scrutiny.series.Period;
import org.scrutiny.store.Database;

/**
 * Loads a Home Office police recorded crime table — the table by force area with rolling twelve-month
 * totals, or the open data table of counts by quarter — into per-force series, the whole file or nothing.
 *
 * <p>Each force's count of each published offence is stored under {@code home-office/crime/<offence>}
 * (rolling years) or {@code home-office/crime-quarterly/<offence subgroup>} (quarters), together with the
 * {@linkplain HomeOfficeSum sums} derived from them: {@code …/total}, all offences; {@code …/burglary}, every
 * offence whose name contains "burglary", which stays comparable across the reclassification of April 2017
 * (domestic and non-domestic became residential and non-residential burglary); and, for rolling years, the
 * offence groups of official statistics and domestic-or-residential burglary. The rolling years' total and
 * sums are also stored as rates per 1,000 people, {@code home-office/crime-per-1000/<sum>} (see
 * {@link #midYear}). Rows of national fraud bodies, which are not police force areas, are skipped and
 * counted. The rows pass through the same staging table and set-based merge as {@code data import}, so
 * loading a file again adds nothing and a changed figure adds a revision.
 */
public final class HomeOfficeImporter {
    /** Areas in the Home Office tables that are not police forces: fraud is recorded nationally by them. */
    static final Set<String> NOT_FORCE_AREAS = Set.of("action fraud", "cifas", "uk finance");

    /** The start of every rate's measure name; a sum's slug ends it: {@code home-office/crime-per-1000/total}. */
    static final String RATE_PREFIX = "home-office/crime-per-1000/";

    private static final Pattern DATE = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("Q?([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

    private final Database database;
    private final Clock clock;

    private HomeOfficeImporter(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public static HomeOfficeImporter on(Database database, Clock clock) {
        return new HomeOfficeImporter(database, clock);
    }

    /**
     * Loads a Home Office table, recognised by its header.
     *
     * @throws InvalidInputException listing every problem of a rejected file; nothing is stored
     */
    public HomeOfficeImported importFile(Path file, String loadedBy) {
        String name = file.getFileName().toString();
        String sha256 = ObservationImporter.sha256(file, name);
        return importData(name, () -> DataFile.open(file), () -> sha256, loadedBy);
    }

    /**
     * Loads a Home Office table from a stream of CSV, such as a compressed copy bundled with Scrutiny, as
     * {@link #importFile} loads a file: {@code name} stands for the file in messages
     * ({@code name:line:column}) and in the record of the load, whose SHA-256 is that of the CSV read.
     * The stream is read to its end and closed.
     *
     * @throws InvalidInputException listing every problem of a rejected table; nothing is stored
     */
    public HomeOfficeImported importCsv(String name, InputStream csv, String loadedBy) {
        DigestInputStream digesting = new DigestInputStream(csv, sha256Digest());
        return importData(
                name,
                () -> new CsvDataFile(digesting),
                () -> {
                    try {
                        // Whatever the reader left unread (nothing, after the last row) is part of the table.
                        digesting.transferTo(OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        throw new UnreadableFileException(0, "cannot read the file: " + e.getMessage(), e);
                    }
                    return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
                },
                loadedBy);
    }

    private HomeOfficeImported importData(
            String name, Supplier<DataFile> opener, Supplier<String> sha256, String loadedBy) {
        Forces forces = Forces.on(database);
        Map<String, Force> names = forces.namesUsedBy(NameSource.HOME_OFFICE);
        return database.transactions().execute(status -> {
            try (DataFile data = opener.get()) {
                return load(data, name, sha256, names, forces, loadedBy);
            } catch (UnreadableFileException e) {
                throw new InvalidInputException(List.of(ObservationImporter.unreadable(name, e)));
            }
        });
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Reads the whole table, then stores it; {@code sha256} is asked for once every row has been read. */
    private HomeOfficeImported load(
            DataFile data,
            String name,
            Supplier<String> sha256,
            Map<String, Force> forces,
            Forces reference,
            String loadedBy) {
        Problems problems = new Problems(name);
        DataRow header = data.next();
        while (header != null && header.isBlank()) {
            header = data.next();
        }
        if (header == null) {
            throw new InvalidInputException(List.of(Problem.ofFile(
                    name,
                    "the file is empty: expected the header "
                            + String.join(",", HomeOfficeLayout.ROLLING_YEAR.columns()))));
        }
        HomeOfficeLayout layout = HomeOfficeLayout.of(header);
        if (layout == null) {
            HomeOfficeLayout closest = HomeOfficeLayout.closestTo(header);
            int column = HomeOfficeLayout.firstDifference(header, closest);
            String expected =
                    column < closest.columns().size() ? closest.columns().get(column) : "nothing";
            problems.add(
                    header.line(),
                    column + 1,
                    "unexpected heading '" + header.cell(column) + "' (expected '" + expected
                            + "'): this is not a Home Office recorded crime table Scrutiny reads; their headers are "
                            + String.join(",", HomeOfficeLayout.ROLLING_YEAR.columns()) + " and "
                            + String.join(",", HomeOfficeLayout.QUARTERLY.columns()));
            problems.throwIfAny();
        }
        Counts counts = new Counts(layout);
        long rows = 0;
        long skipped = 0;
        Set<String> skippedAreas = new TreeSet<>();
        try {
            for (DataRow row = data.next(); row != null; row = data.next()) {
                if (row.isBlank()) {
                    continue;
                }
                rows++;
                Row parsed = layout == HomeOfficeLayout.ROLLING_YEAR
                        ? rollingYearRow(row, forces, problems)
                        : quarterlyRow(row, forces, problems);
                if (parsed == SKIPPED) {
                    skipped++;
                    skippedAreas.add(row.cell(layout == HomeOfficeLayout.ROLLING_YEAR ? 1 : 2)
                            .strip());
                } else if (parsed != null) {
                    counts.add(parsed, row.line(), problems);
                }
            }
        } catch (UnreadableFileException e) {
            problems.add(ObservationImporter.unreadable(name, e));
        }
        if (rows == 0 && problems.isEmpty()) {
            problems.add(header.line(), 1, "no data: the file has a header but no rows");
        }
        problems.throwIfAny();
        try (JdbcObservationLoad load = JdbcObservationLoad.begin(
                database, null, null, layout.kind(), name, sha256.get(), loadedBy, clock.instant())) {
            RatePopulations rates = RatePopulations.of(reference);
            long values = counts.stageInto(load, rates);
            long added = load.merge(rows, clock.instant());
            return new HomeOfficeImported(
                    load.id(),
                    name,
                    layout.title(),
                    rows,
                    values,
                    added,
                    skipped,
                    skippedAreas,
                    counts.ungrouped,
                    rates.summary());
        }
    }

    /** A row that was read without problems, or {@link #SKIPPED}. */
    private record Row(String force, Period period, String offence, String code, double count) {}

    private static final Row SKIPPED = new Row("", null, "", "", 0);

    private static Row rollingYearRow(DataRow row, Map<String, Force> forces, Problems problems) {
        if (!hasFields(row, HomeOfficeLayout.ROLLING_YEAR, problems)) {
            return null;
        }
        String area = row.cell(1);
        if (NOT_FORCE_AREAS.contains(normal(area))) {
            return SKIPPED;
        }
        Force force = force(row, 1, forces, problems);
        Period period = rollingYear(row, 0, problems);
        String offence = offence(row, 3, problems);
        Double count = count(row, 4, problems);
        return force == null || period == null || offence == null || count == null
                ? null
                : new Row(force.code(), period, offence, offence, count);
    }

    private static Row quarterlyRow(DataRow row, Map<String, Force> forces, Problems problems) {
        if (!hasFields(row, HomeOfficeLayout.QUARTERLY, problems)) {
            return null;
        }
        if (NOT_FORCE_AREAS.contains(normal(row.cell(2)))) {
            return SKIPPED;
        }
        Period period = quarter(row, problems);
        Force force = force(row, 2, forces, problems);
        String subgroup = offence(row, 5, problems);
        String code = offence(row, 6, problems);
        Double count = count(row, 7, problems);
        return force == null || period == null || subgroup == null || code == null || count == null
                ? null
                : new Row(force.code(), period, subgroup, code, count);
    }

    private static boolean hasFields(DataRow row, HomeOfficeLayout layout, Problems problems) {
        int expected = layout.columns().size();
        if (row.width() < expected) {
            problems.add(
                    row.line(),
                    row.width() + 1,
                    "the row has " + row.width() + " field" + (row.width() == 1 ? "" : "s") + " but the table has "
                            + expected + ": '" + layout.columns().get(row.width()) + "' is missing");
            return false;
        }
        return true;
    }

    private static Force force(DataRow row, int column, Map<String, Force> forces, Problems problems) {
        String name = row.cell(column);
        Force force = forces.get(normal(name));
        if (force == null) {
            problems.add(
                    row.line(),
                    column + 1,
                    "unknown force '" + name + "': not a police force area name the Home Office uses"
                            + " (such as 'Devon and Cornwall'), nor one of the national fraud bodies"
                            + " (Action Fraud, CIFAS, UK Finance), which are skipped");
        }
        return force;
    }

    private static Period rollingYear(DataRow row, int column, Problems problems) {
        String text = row.cell(column).strip();
        Matcher m = DATE.matcher(text);
        if (m.matches()) {
            try {
                LocalDate date = LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                // The table ends one period on 30-12-2017; the period is the twelve months to the date's month.
                return new Period.RollingYear(YearMonth.from(date));
            } catch (DateTimeException e) {
                // reported below
            }
        }
        problems.add(row.line(), column + 1, "'" + text + "' is not a date written DD-MM-YYYY, such as 31-12-2018");
        return null;
    }

    /**
     * The year whose population a rolling year's rates are per 1,000 of: the year whose 30 June it spans (the
     * twelve months to March 2018 take mid-2017), the year it ends in or the one before if it ends before July.
     * Where no population is held for that year, {@link RatePopulations} takes the latest earlier one, as for
     * police.uk's rates; docs/data-sources.md says why.
     */
    static int midYear(Period rollingYear) {
        LocalDate end = rollingYear.end();
        return LocalDate.of(end.getYear(), 6, 30).isAfter(end) ? end.getYear() - 1 : end.getYear();
    }

    private static Period quarter(DataRow row, Problems problems) {
        String year = row.cell(0).strip();
        Matcher y = FINANCIAL_YEAR.matcher(year);
        Integer start = null;
        if (y.matches() && (Integer.parseInt(y.group(1)) + 1) % 100 == Integer.parseInt(y.group(2))) {
            start = Integer.parseInt(y.group(1));
        } else {
            problems.add(row.line(), 1, "'" + year + "' is not a financial year written like 2019/20");
        }
        String quarter = row.cell(1).strip();
        Matcher q = QUARTER.matcher(quarter);
        if (!q.matches()) {
            problems.add(row.line(), 2, "'" + quarter + "' is not a financial quarter: write 1 to 4 (Q1 = April–June)");
            return null;
        }
        return start == null ? null : Period.quarter(start, Integer.parseInt(q.group(1)));
    }

    private static String offence(DataRow row, int column, Problems problems) {
        String offence = row.cell(column).strip();
        if (Slugs.of(offence).isEmpty()) {
            problems.add(row.line(), column + 1, "the offence is missing");
            return null;
        }
        return offence;
    }

    private static Double count(DataRow row, int column, Problems problems) {
        String text = row.cell(column);
        try {
            double count = Numbers.parse(text);
            // Negative counts are published: a rolling total goes below zero where more records were cancelled
            // in the year than made (fraud in 2013, as Action Fraud took it over), so they are kept as published.
            if (count != Math.rint(count)) {
                problems.add(row.line(), column + 1, "the count '" + text + "' is not a whole number of offences");
                return null;
            }
            return count;
        } catch (NumberFormatException e) {
            problems.add(row.line(), column + 1, "the count " + e.getMessage());
            return null;
        }
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The values of a file by force, measure and period, with the sums derived from them. They are summed in
     * memory rather than in the staging table because the quarterly table gives an offence subgroup in several
     * rows (one per offence code); their number is that of the values stored, not of the rows read. They are
     * kept in the order the file first gives them, not sorted: the merge does not depend on the order, and
     * sorting the 51,000 values of the whole table took a third of the time it takes to read it, which
     * the server spends at start-up when it loads the bundled copy.
     */
    private static final class Counts {
        private final HomeOfficeLayout layout;
        private final List<HomeOfficeSum> madeFor;
        private final Map<String, Integer> published = new HashMap<>();
        private final Map<Key, Sum> sums = new LinkedHashMap<>();
        /** Each offence name's slug and the sums that count it, worked out once per name. */
        private final Map<String, Offence> offences = new HashMap<>();

        final Set<String> ungrouped = new TreeSet<>();

        Counts(HomeOfficeLayout layout) {
            this.layout = layout;
            this.madeFor = HomeOfficeSum.madeFor(layout);
        }

        private record Offence(String measure, List<HomeOfficeSum> sums) {}

        void add(Row row, int line, Problems problems) {
            String published = row.force() + "\u0000" + row.period() + "\u0000" + row.code();
            Integer first = this.published.putIfAbsent(published, line);
            if (first != null) {
                problems.add(
                        line,
                        1,
                        "the same force, period (" + row.period() + ") and offence ('" + row.code() + "') as line "
                                + first + ": a table gives each count once");
                return;
            }
            Offence offence = offences.computeIfAbsent(row.offence(), this::offence);
            add(new Key(row.force(), offence.measure(), row.period()), null, line, row.count());
            for (HomeOfficeSum sum : offence.sums()) {
                add(new Key(row.force(), layout.measurePrefix() + sum.slug(), row.period()), sum, line, row.count());
            }
        }

        private Offence offence(String name) {
            String slug = Slugs.of(name);
            if (layout == HomeOfficeLayout.ROLLING_YEAR && !HomeOfficeSum.isGrouped(slug)) {
                ungrouped.add(name);
            }
            return new Offence(
                    layout.measurePrefix() + slug,
                    madeFor.stream().filter(sum -> sum.counts(slug)).toList());
        }

        private void add(Key key, HomeOfficeSum derived, int line, double count) {
            sums.computeIfAbsent(key, k -> new Sum(derived, line)).value += count;
        }

        /**
         * Stages every value, and for rolling years each sum's rate per 1,000 people where a population is
         * held; returns how many values were staged.
         */
        long stageInto(JdbcObservationLoad load, RatePopulations rates) {
            long staged = 0;
            for (Map.Entry<Key, Sum> entry : sums.entrySet()) {
                Key key = entry.getKey();
                Sum sum = entry.getValue();
                String note = sum.derived == null ? null : sum.derived.note(key.period());
                load.stage(
                        key.force(),
                        new StagedRow(sum.line, key.measure(), "", key.period(), sum.value, null, null, "final", note));
                staged++;
                Long population = sum.derived == null || layout != HomeOfficeLayout.ROLLING_YEAR
                        ? null
                        : rates.populationFor(key.force(), midYear(key.period()));
                if (population != null) {
                    load.stage(
                            key.force(),
                            new StagedRow(
                                    sum.line,
                                    RATE_PREFIX + sum.derived.slug(),
                                    "",
                                    key.period(),
                                    sum.value * 1000 / population,
                                    sum.value,
                                    (double) population,
                                    "final",
                                    note));
                    rates.rateStored();
                    staged++;
                }
            }
            return staged;
        }
    }

    private record Key(String force, String measure, Period period) {}

    /** A running sum; {@code derived} is the sum it is of several offences, or null for a published offence. */
    private static final class Sum {
        final HomeOfficeSum derived;
        final int line;
        double value;

        Sum(HomeOfficeSum derived, int line) {
            this.derived = derived;
            this.line = line;
        }
    }
}
