package org.scrutiny.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scrutiny.input.Problem;

/**
 * The counts of every police.uk file read in one import, as the values of Scrutiny's series: one per
 * measure, force, breakdown and month. Worker threads add a file at a time.
 */
final class PoliceUkTally {
    static final String CRIMES = "police-uk/crimes";
    static final String ANTI_SOCIAL = "police-uk/anti-social-behaviour";
    static final String WITHOUT_LOCATION = "police-uk/rows-without-location";
    static final String OUTCOMES = "police-uk/outcomes";
    static final String STOPS = "police-uk/stops-and-searches";

    /** One value to store. */
    record Cell(String measure, String force, String breakdown, String month) {}

    private final Map<Cell, long[]> values = new HashMap<>();
    private final Map<String, String> fileOfForceMonth = new HashMap<>();
    private final Map<String, Long> unmappedOutcomes = new TreeMap<>();
    private final Map<String, String> slugs = new HashMap<>();
    private final Map<String, OutcomeGroup> groups = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<PoliceUkFile, Integer> files = new TreeMap<>();
    private long rows;
    private long crimes;
    private long antiSocial;
    private long withoutLocation;

    synchronized void add(
            String file,
            PoliceUkFile kind,
            long fileRows,
            PoliceUkScanner.LongIntCounts counts,
            PoliceUkScanner scanner) {
        Set<Long> forceMonthKeys = new HashSet<>();
        for (int slot = 0; slot < counts.capacity(); slot++) {
            if (counts.used(slot)) {
                forceMonthKeys.add(counts.key(slot) >>> 46);
            }
        }
        for (long key : forceMonthKeys) {
            String forceMonth = scanner.forceCode((int) (key >>> 10)) + " " + scanner.month((int) key & 0x3FF);
            String other = fileOfForceMonth.putIfAbsent(kind + " " + forceMonth, file);
            if (other != null) {
                problems.add(Problem.ofFile(
                        file,
                        "holds " + PoliceUkFile.WHAT.get(kind) + " rows for " + forceMonth + ", as " + other
                                + " does: import each force's month once"));
                return;
            }
        }
        files.merge(kind, 1, Integer::sum);
        rows += fileRows;
        for (int slot = 0; slot < counts.capacity(); slot++) {
            if (counts.used(slot)) {
                long key = counts.key(slot);
                Fine fine = new Fine(
                        kind,
                        scanner.forceCode((int) (key >>> 56)),
                        scanner.month((int) (key >>> 46) & 0x3FF),
                        scanner.type((int) (key >>> 34) & 0xFFF),
                        scanner.outcome((int) (key >>> 22) & 0xFFF),
                        scanner.districtName((int) key & 0xFFFF));
                counted.computeIfAbsent(fine, f -> new long[1])[0] += counts.value(slot);
            }
        }
        if (counted.size() > FINE_LIMIT) {
            rollUp();
        }
    }

    /**
     * The counts at the finest grain the files give, kept until there are many: a file adds a few hundred of
     * them, where rolling each file up at once would make thousands of short-lived breakdown strings.
     */
    private record Fine(PoliceUkFile kind, String force, String month, String type, String outcome, String district) {}

    private final Map<Fine, long[]> counted = new HashMap<>();

    /**
     * Rolls the finest counts read so far into the values to store. Done whenever they grow past
     * {@link #FINE_LIMIT} and once more after every file is read, so that their number, which grows with the
     * months read, does not decide the memory an import needs.
     */
    private void rollUp() {
        counted.forEach((fine, count) -> {
            String force = fine.force();
            String month = fine.month();
            long n = count[0];
            switch (fine.kind()) {
                case STREET -> street(force, month, fine.type(), fine.outcome(), fine.district(), n);
                case OUTCOMES -> {
                    add(OUTCOMES, force, month, "", n);
                    add(OUTCOMES, force, month, "outcome=" + group(fine.outcome(), n), n);
                }
                case STOP_AND_SEARCH -> {
                    add(STOPS, force, month, "", n);
                    add(STOPS, force, month, "outcome=" + slugOf(fine.outcome()), n);
                    add(STOPS, force, month, "type=" + slugOf(fine.type()), n);
                }
            }
        });
        counted.clear();
    }

    private static final int FINE_LIMIT = 50_000;

    private void street(String force, String month, String type, String outcome, String district, long n) {
        if (district == null) {
            withoutLocation += n;
            add(WITHOUT_LOCATION, force, month, "", n);
        }
        if (PoliceUkScanner.isAntiSocial(type)) {
            antiSocial += n;
            add(ANTI_SOCIAL, force, month, "", n);
            if (district != null) {
                add(ANTI_SOCIAL, force, month, "district=" + slugOf(district), n);
            }
            return;
        }
        crimes += n;
        String typeSlug = slugOf(type);
        String group = group(outcome, n);
        add(CRIMES, force, month, "", n);
        add(CRIMES, force, month, "crime-type=" + typeSlug, n);
        add(CRIMES, force, month, "outcome=" + group, n);
        add(CRIMES, force, month, "crime-type=" + typeSlug + ";outcome=" + group, n);
        if (district != null) {
            add(CRIMES, force, month, "district=" + slugOf(district), n);
        }
    }

    private String group(String category, long n) {
        OutcomeGroup group = groups.computeIfAbsent(category, OutcomeGroup::of);
        if (group == OutcomeGroup.OTHER) {
            unmappedOutcomes.merge(category, n, Long::sum);
        }
        return group.slug();
    }

    private void add(String measure, String force, String month, String breakdown, long n) {
        values.computeIfAbsent(new Cell(measure, force, breakdown, month), c -> new long[1])[0] += n;
    }

    synchronized void problem(Problem problem) {
        problems.add(problem);
    }

    List<Problem> problems() {
        return problems;
    }

    Map<Cell, long[]> values() {
        rollUp();
        return values;
    }

    long rows() {
        return rows;
    }

    long crimes() {
        rollUp();
        return crimes;
    }

    long antiSocial() {
        rollUp();
        return antiSocial;
    }

    long withoutLocation() {
        rollUp();
        return withoutLocation;
    }

    Map<PoliceUkFile, Integer> files() {
        return files;
    }

    Map<String, Long> unmappedOutcomes() {
        rollUp();
        return unmappedOutcomes;
    }

    private String slugOf(String value) {
        return slugs.computeIfAbsent(value, PoliceUkTally::slug);
    }

    /** A value as a breakdown writes it ({@link Slugs#of}); {@code not-recorded} for an empty value. */
    static String slug(String value) {
        String slug = Slugs.of(value);
        return slug.isEmpty() ? "not-recorded" : slug;
    }
}
