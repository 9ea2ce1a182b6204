package org.scrutiny.ingest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scrutiny.input.Problem;
import org.scrutiny.series.Period;

/**
 * The counts of every police.uk file read in one import, as the values of Scrutiny's series: one per
 * measure, force, breakdown and month. Worker threads add a file at a time.
 *
 * <p>Kept as numbers, not strings: every force, month and breakdown gets a small number the first time it is
 * met, and each value is a count under a {@code long} packing the four. A file's few thousand counts then
 * add to the import's without making an object, so an import's memory does not grow with the rows it reads,
 * only with the values it makes. {@link #values} writes them out as {@link Cell}s once, at the end.
 */
final class PoliceUkTally {
    static final String CRIMES = "police-uk/crimes";
    static final String ANTI_SOCIAL = "police-uk/anti-social-behaviour";
    static final String WITHOUT_LOCATION = "police-uk/rows-without-location";
    static final String OUTCOMES = "police-uk/outcomes";
    static final String STOPS = "police-uk/stops-and-searches";

    /** The measures, numbered by their place here. */
    private static final List<String> MEASURES = List.of(CRIMES, ANTI_SOCIAL, WITHOUT_LOCATION, OUTCOMES, STOPS);

    private static final int CRIMES_NUMBER = 0;
    private static final int ANTI_SOCIAL_NUMBER = 1;
    private static final int WITHOUT_LOCATION_NUMBER = 2;
    private static final int OUTCOMES_NUMBER = 3;
    private static final int STOPS_NUMBER = 4;
    private static final int NO_DISTRICT = -1;

    /** One value to store. */
    record Cell(String measure, String force, String breakdown, Period.CalendarMonth month) {}

    private final Numbered forces = new Numbered();
    private final Numbered months = new Numbered();
    /** Breakdowns as stored ({@code crime-type=robbery;outcome=charged}); number 0 is the total, "". */
    private final Numbered breakdowns = new Numbered();

    /** Sized for a national archive of a few months, whose growing would otherwise come in the middle of the reading. */
    private final LongCounts counts = new LongCounts(1 << 16);

    private final Map<PoliceUkScanner, Translation> translations = new IdentityHashMap<>();
    private final Map<String, String> fileOfForceMonth = new HashMap<>();
    private final Map<String, Long> unmappedOutcomes = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<PoliceUkFile, Integer> files = new TreeMap<>();
    private Map<Cell, long[]> values;
    private long rows;
    private long crimes;
    private long antiSocial;
    private long withoutLocation;

    PoliceUkTally() {
        breakdowns.number("");
    }

    synchronized void add(
            String file, PoliceUkFile kind, long fileRows, LongCounts fileCounts, PoliceUkScanner scanner) {
        Set<Long> forceMonthKeys = new HashSet<>();
        for (int slot = 0; slot < fileCounts.capacity(); slot++) {
            if (fileCounts.used(slot)) {
                forceMonthKeys.add(fileCounts.key(slot) >>> 46);
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
        values = null;
        Translation ids = translations.computeIfAbsent(scanner, Translation::new);
        for (int slot = 0; slot < fileCounts.capacity(); slot++) {
            if (fileCounts.used(slot)) {
                long n = fileCounts.value(slot);
                // Every value a count adds to goes through the one call below, which keeps this loop small for
                // the compiler: it is the hottest code of an import after the scanner's.
                int made = valuesOf(kind, ids, fileCounts.key(slot), n);
                for (int i = 0; i < made; i++) {
                    counts.add(keys[i], n);
                }
            }
        }
    }

    /** The keys of the values one of a file's counts adds to: at most six, for a crime without a location. */
    private final long[] keys = new long[6];

    /** Puts the keys of the values a file's count adds to in {@link #keys}; returns how many. */
    private int valuesOf(PoliceUkFile kind, Translation ids, long key, long n) {
        int force = ids.force((int) (key >>> 56));
        int month = ids.month((int) (key >>> 46) & 0x3FF);
        int a = (int) (key >>> 34) & 0xFFF;
        int b = (int) (key >>> 22) & 0xFFF;
        return switch (kind) {
            case STREET -> street(ids, force, month, a, b, ids.district((int) key & 0xFFFF), n);
            case OUTCOMES -> {
                keys[0] = key(OUTCOMES_NUMBER, force, month, 0);
                keys[1] = key(OUTCOMES_NUMBER, force, month, ids.outcomeGroup(b, n));
                yield 2;
            }
            case STOP_AND_SEARCH -> {
                keys[0] = key(STOPS_NUMBER, force, month, 0);
                keys[1] = key(STOPS_NUMBER, force, month, ids.stopOutcome(b));
                keys[2] = key(STOPS_NUMBER, force, month, ids.stopType(a));
                yield 3;
            }
        };
    }

    private int street(Translation ids, int force, int month, int type, int outcome, int district, long n) {
        int made = 0;
        if (district == NO_DISTRICT) {
            withoutLocation += n;
            keys[made++] = key(WITHOUT_LOCATION_NUMBER, force, month, 0);
        }
        if (ids.isAntiSocial(type)) {
            antiSocial += n;
            keys[made++] = key(ANTI_SOCIAL_NUMBER, force, month, 0);
            if (district != NO_DISTRICT) {
                keys[made++] = key(ANTI_SOCIAL_NUMBER, force, month, district);
            }
            return made;
        }
        crimes += n;
        keys[made++] = key(CRIMES_NUMBER, force, month, 0);
        keys[made++] = key(CRIMES_NUMBER, force, month, ids.crimeType(type));
        keys[made++] = key(CRIMES_NUMBER, force, month, ids.outcomeGroup(outcome, n));
        keys[made++] = key(CRIMES_NUMBER, force, month, ids.crimeTypeAndOutcome(type, outcome));
        if (district != NO_DISTRICT) {
            keys[made++] = key(CRIMES_NUMBER, force, month, district);
        }
        return made;
    }

    /** Packs a value's measure (its place in {@link #MEASURES}), force, month and breakdown numbers. */
    private static long key(int measure, int force, int month, int breakdown) {
        return ((long) measure << 60) | ((long) force << 52) | ((long) month << 32) | breakdown;
    }

    /**
     * What the numbers one scanner gives its values stand for in this tally, worked out the first time each is
     * met: a scanner numbers the values it reads itself, in the order it meets them.
     */
    private final class Translation {
        private final PoliceUkScanner scanner;
        private int[] force = new int[0];
        private int[] month = new int[0];
        private int[] district = new int[0];
        private int[] crimeType = new int[0];
        private int[] outcome = new int[0];
        private int[] crimeTypeAndOutcome = new int[0];
        private int[] stopType = new int[0];
        private int[] stopOutcome = new int[0];
        private OutcomeGroup[] groups = new OutcomeGroup[0];

        Translation(PoliceUkScanner scanner) {
            this.scanner = scanner;
        }

        // Each lookup is an array read once the value has been met; working out a new one is a method of its own,
        // so that the compiler leaves that rare work out of the hot loop.

        int force(int id) {
            return id < force.length && force[id] != 0 ? force[id] - 1 : newForce(id);
        }

        int month(int id) {
            return id < month.length && month[id] != 0 ? month[id] - 1 : newMonth(id);
        }

        /** The breakdown of the district a scanner packs as {@code packed}, {@link #NO_DISTRICT} for none. */
        int district(int packed) {
            if (packed == 0) {
                return NO_DISTRICT;
            }
            return packed < district.length && district[packed] != 0 ? district[packed] - 1 : newDistrict(packed);
        }

        boolean isAntiSocial(int type) {
            return PoliceUkScanner.isAntiSocial(scanner.type(type));
        }

        int crimeType(int type) {
            return type < crimeType.length && crimeType[type] != 0 ? crimeType[type] - 1 : newCrimeType(type);
        }

        /** The breakdown of an outcome category's group; counts the rows of a category the mapping lacks. */
        int outcomeGroup(int category, long n) {
            if (group(category) == OutcomeGroup.OTHER) {
                unmappedOutcomes.merge(scanner.outcome(category), n, Long::sum);
            }
            return category < outcome.length && outcome[category] != 0
                    ? outcome[category] - 1
                    : newOutcomeGroup(category);
        }

        int crimeTypeAndOutcome(int type, int category) {
            int pair = type * 4096 + category;
            return pair < crimeTypeAndOutcome.length && crimeTypeAndOutcome[pair] != 0
                    ? crimeTypeAndOutcome[pair] - 1
                    : newCrimeTypeAndOutcome(pair, type, category);
        }

        int stopType(int type) {
            return type < stopType.length && stopType[type] != 0 ? stopType[type] - 1 : newStopType(type);
        }

        int stopOutcome(int category) {
            return category < stopOutcome.length && stopOutcome[category] != 0
                    ? stopOutcome[category] - 1
                    : newStopOutcome(category);
        }

        private int newForce(int id) {
            force = room(force, id);
            force[id] = forces.number(scanner.forceCode(id)) + 1;
            return force[id] - 1;
        }

        private int newMonth(int id) {
            month = room(month, id);
            month[id] = months.number(scanner.month(id)) + 1;
            return month[id] - 1;
        }

        private int newDistrict(int packed) {
            district = room(district, packed);
            district[packed] = breakdowns.number("district=" + slug(scanner.districtName(packed))) + 1;
            return district[packed] - 1;
        }

        private int newCrimeType(int type) {
            crimeType = room(crimeType, type);
            crimeType[type] = breakdowns.number("crime-type=" + slug(scanner.type(type))) + 1;
            return crimeType[type] - 1;
        }

        private int newOutcomeGroup(int category) {
            outcome = room(outcome, category);
            outcome[category] = breakdowns.number("outcome=" + group(category).slug()) + 1;
            return outcome[category] - 1;
        }

        private int newCrimeTypeAndOutcome(int pair, int type, int category) {
            crimeTypeAndOutcome = room(crimeTypeAndOutcome, pair);
            crimeTypeAndOutcome[pair] = breakdowns.number("crime-type=" + slug(scanner.type(type)) + ";outcome="
                            + group(category).slug())
                    + 1;
            return crimeTypeAndOutcome[pair] - 1;
        }

        private int newStopType(int type) {
            stopType = room(stopType, type);
            stopType[type] = breakdowns.number("type=" + slug(scanner.type(type))) + 1;
            return stopType[type] - 1;
        }

        private int newStopOutcome(int category) {
            stopOutcome = room(stopOutcome, category);
            stopOutcome[category] = breakdowns.number("outcome=" + slug(scanner.outcome(category))) + 1;
            return stopOutcome[category] - 1;
        }

        private OutcomeGroup group(int category) {
            return category < groups.length && groups[category] != null ? groups[category] : newGroup(category);
        }

        private OutcomeGroup newGroup(int category) {
            if (category >= groups.length) {
                groups = Arrays.copyOf(groups, Math.max(category + 1, groups.length * 2));
            }
            groups[category] = OutcomeGroup.of(scanner.outcome(category));
            return groups[category];
        }

        /** The array, made longer if need be to hold {@code index}; new places hold 0, "not yet worked out". */
        private static int[] room(int[] array, int index) {
            return index < array.length ? array : Arrays.copyOf(array, Math.max(index + 1, array.length * 2));
        }
    }

    /** Strings numbered 0, 1, 2… in the order they are first met. */
    private static final class Numbered {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> strings = new ArrayList<>();

        int number(String string) {
            Integer number = numbers.get(string);
            if (number == null) {
                number = strings.size();
                numbers.put(string, number);
                strings.add(string);
            }
            return number;
        }

        String string(int number) {
            return strings.get(number);
        }
    }

    synchronized void problem(Problem problem) {
        problems.add(problem);
    }

    List<Problem> problems() {
        return problems;
    }

    /** Every value, by measure, force, breakdown and month; written out once after the last file is added. */
    synchronized Map<Cell, long[]> values() {
        if (values == null) {
            values = new HashMap<>(counts.size() * 2);
            // Each month read once as a period: the scanner has checked every one is YYYY-MM.
            List<Period.CalendarMonth> periods = months.strings.stream()
                    .map(m -> new Period.CalendarMonth(YearMonth.parse(m)))
                    .toList();
            for (int slot = 0; slot < counts.capacity(); slot++) {
                if (counts.used(slot)) {
                    long key = counts.key(slot);
                    values.put(
                            new Cell(
                                    MEASURES.get((int) (key >>> 60)),
                                    forces.string((int) (key >>> 52) & 0xFF),
                                    breakdowns.string((int) key),
                                    periods.get((int) (key >>> 32) & 0xFFFFF)),
                            new long[] {counts.value(slot)});
                }
            }
        }
        return values;
    }

    long rows() {
        return rows;
    }

    long crimes() {
        return crimes;
    }

    long antiSocial() {
        return antiSocial;
    }

    long withoutLocation() {
        return withoutLocation;
    }

    Map<PoliceUkFile, Integer> files() {
        return files;
    }

    Map<String, Long> unmappedOutcomes() {
        return unmappedOutcomes;
    }

    /** A value as a breakdown writes it ({@link Slugs#of}); {@code not-recorded} for an empty value. */
    static String slug(String value) {
        String slug = Slugs.of(value);
        return slug.isEmpty() ? "not-recorded" : slug;
    }
}
