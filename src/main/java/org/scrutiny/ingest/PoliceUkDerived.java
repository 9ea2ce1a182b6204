package org.scrutiny.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scrutiny.forces.District;
import org.scrutiny.forces.Forces;
import org.scrutiny.series.Period;

/**
 * The values a police.uk import derives from its counts with the bundled reference data: street rows in a
 * district of another force's area, street rows in a district the reference data does not know, and rates
 * per 1,000 people. docs/data-sources.md defines each.
 */
final class PoliceUkDerived {
    static final String OUTSIDE_AREA = "police-uk/rows-outside-area";
    static final String UNKNOWN_DISTRICT = "police-uk/rows-in-unknown-district";
    static final String CRIMES_PER_1000 = "police-uk/crimes-per-1000";
    static final String ANTI_SOCIAL_PER_1000 = "police-uk/anti-social-behaviour-per-1000";

    private static final String DISTRICT = "district=";
    private static final String CRIME_TYPE = "crime-type=";

    /** A value to store; a rate carries its count and population as numerator and denominator. */
    private record Value(
            String measure,
            String force,
            String breakdown,
            Period.CalendarMonth month,
            double value,
            Double numerator,
            Double denominator) {}

    private record ForceMonth(String force, Period.CalendarMonth month) {}

    private final List<Value> values = new ArrayList<>();
    private final PoliceUkImported.Areas areas;
    private final RatesStored rates;

    private PoliceUkDerived(Map<PoliceUkTally.Cell, long[]> counts, Forces forces) {
        this.areas = place(counts, forces.districts());
        this.rates = rate(counts, forces);
    }

    /** Counts, per force and month, the street rows of each district of another force's area or of none known. */
    private PoliceUkImported.Areas place(Map<PoliceUkTally.Cell, long[]> counts, List<District> districts) {
        Map<String, District> bySlug = districtsByBreakdown(districts);
        Set<String> forcesWithArea = new HashSet<>();
        districts.forEach(d -> forcesWithArea.add(d.forceCode()));
        Set<ForceMonth> streetMonths = new HashSet<>();
        Map<ForceMonth, Long> outside = new HashMap<>();
        Map<ForceMonth, Long> unknown = new HashMap<>();
        Map<String, Map<String, Long>> outsideByForce = new TreeMap<>();
        Map<String, Map<String, Long>> unknownByForce = new TreeMap<>();
        for (Map.Entry<PoliceUkTally.Cell, long[]> count : counts.entrySet()) {
            PoliceUkTally.Cell cell = count.getKey();
            if (!isStreet(cell.measure())) {
                continue;
            }
            ForceMonth forceMonth = new ForceMonth(cell.force(), cell.month());
            if (cell.breakdown().isEmpty()) {
                streetMonths.add(forceMonth);
            }
            if (!cell.breakdown().startsWith(DISTRICT)) {
                continue;
            }
            long n = count.getValue()[0];
            String slug = cell.breakdown().substring(DISTRICT.length());
            District district = districtOf(bySlug, slug);
            if (district == null) {
                unknown.merge(forceMonth, n, Long::sum);
                unknownByForce
                        .computeIfAbsent(cell.force(), f -> new TreeMap<>())
                        .merge(slug, n, Long::sum);
            } else if (forcesWithArea.contains(cell.force())
                    && !district.forceCode().equals(cell.force())) {
                outside.merge(forceMonth, n, Long::sum);
                outsideByForce
                        .computeIfAbsent(cell.force(), f -> new TreeMap<>())
                        .merge(district.forceCode(), n, Long::sum);
            }
        }
        Set<String> withoutArea = new TreeSet<>();
        for (ForceMonth forceMonth : streetMonths) {
            // Zero is stored too: a newer download that moves a row back inside revises the count to 0.
            if (forcesWithArea.contains(forceMonth.force())) {
                add(OUTSIDE_AREA, forceMonth, outside.getOrDefault(forceMonth, 0L));
            } else {
                withoutArea.add(forceMonth.force());
            }
            add(UNKNOWN_DISTRICT, forceMonth, unknown.getOrDefault(forceMonth, 0L));
        }
        return new PoliceUkImported.Areas(outsideByForce, unknownByForce, withoutArea);
    }

    private static boolean isStreet(String measure) {
        return measure.equals(PoliceUkTally.CRIMES)
                || measure.equals(PoliceUkTally.ANTI_SOCIAL)
                || measure.equals(PoliceUkTally.WITHOUT_LOCATION);
    }

    /**
     * Derives the values of an import's counts, reading the districts and populations the reference data
     * holds.
     */
    static PoliceUkDerived of(Map<PoliceUkTally.Cell, long[]> counts, Forces forces) {
        return new PoliceUkDerived(counts, forces);
    }

    /**
     * Each district under every name police.uk's LSOA names may give it, as a {@code district=} breakdown
     * writes them. The LSOA names drop the ", City of" and ", County of" of three district names (Bristol,
     * Herefordshire, Kingston upon Hull) and add "The" to one (The Vale of Glamorgan; see
     * {@link #districtOf}). A name held twice, because its code changed, means the district in use now.
     */
    private static Map<String, District> districtsByBreakdown(List<District> districts) {
        Map<String, District> bySlug = new HashMap<>();
        for (District district : districts) {
            for (String name : List.of(district.name(), district.name().replaceFirst(", (City|County) of$", ""))) {
                bySlug.merge(Slugs.of(name), district, (held, other) -> held.replacedBy() == null ? held : other);
            }
        }
        return bySlug;
    }

    private static District districtOf(Map<String, District> bySlug, String slug) {
        District district = bySlug.get(slug);
        if (district == null && slug.startsWith("the-")) {
            district = bySlug.get(slug.substring("the-".length()));
        }
        return district;
    }

    /**
     * Rates per 1,000 people of the total crimes, each crime type and anti-social behaviour, over the ONS
     * mid-year population of the month's year, or of the latest earlier year held where that year is not.
     */
    private RatesStored rate(Map<PoliceUkTally.Cell, long[]> counts, Forces forces) {
        RatePopulations populations = RatePopulations.of(forces);
        for (Map.Entry<PoliceUkTally.Cell, long[]> count : counts.entrySet()) {
            PoliceUkTally.Cell cell = count.getKey();
            if (!isRated(cell)) {
                continue;
            }
            Long population =
                    populations.populationFor(cell.force(), cell.month().month().getYear());
            if (population == null) {
                continue;
            }
            long n = count.getValue()[0];
            String measure = cell.measure().equals(PoliceUkTally.CRIMES) ? CRIMES_PER_1000 : ANTI_SOCIAL_PER_1000;
            values.add(new Value(
                    measure, cell.force(), cell.breakdown(), cell.month(), n * 1000.0 / population, (double) n, (double)
                            population));
            populations.rateStored();
        }
        return populations.summary();
    }

    /** The total crimes, each crime type's and the total anti-social behaviour. */
    private static boolean isRated(PoliceUkTally.Cell cell) {
        String breakdown = cell.breakdown();
        return switch (cell.measure()) {
            case PoliceUkTally.CRIMES ->
                breakdown.isEmpty() || breakdown.startsWith(CRIME_TYPE) && breakdown.indexOf(';') < 0;
            case PoliceUkTally.ANTI_SOCIAL -> breakdown.isEmpty();
            default -> false;
        };
    }

    private void add(String measure, ForceMonth forceMonth, long n) {
        values.add(new Value(measure, forceMonth.force(), "", forceMonth.month(), n, null, null));
    }

    /** Stages every derived value in a load, with the status the counts have. */
    void stage(JdbcObservationLoad load, String status) {
        for (Value v : values) {
            load.stage(
                    v.force(),
                    new StagedRow(
                            0,
                            v.measure(),
                            v.breakdown(),
                            v.month(),
                            v.value(),
                            v.numerator(),
                            v.denominator(),
                            status,
                            null));
        }
    }

    int size() {
        return values.size();
    }

    PoliceUkImported.Areas areas() {
        return areas;
    }

    RatesStored rates() {
        return rates;
    }
}
