package org.scrutiny.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scrutiny.forces.Forces;
import org.scrutiny.series.Period;

/**
 * The populations that the rates per 1,000 people of a Home Office import's total and sums are made with,
 * and what was left unrated. A rolling year is rated over the ONS mid-year estimate of the year whose 30 June
 * it spans (the twelve months to March 2018 over mid-2017), or of the latest earlier year held where that one
 * is not, as police.uk's rates are; docs/data-sources.md says why.
 */
final class HomeOfficeRates {
    /** The start of every rate's measure name; a sum's slug ends it: {@code home-office/crime-per-1000/total}. */
    static final String PREFIX = "home-office/crime-per-1000/";

    private final Forces forces;
    private final List<Integer> held;
    private final Map<Integer, Map<String, Long>> populations = new HashMap<>();
    private final SortedMap<Integer, Integer> populationYears = new TreeMap<>();
    private final SortedSet<Integer> yearsWithoutPopulation = new TreeSet<>();
    private final SortedSet<String> withoutPopulation = new TreeSet<>();
    private long stored;

    HomeOfficeRates(Forces forces) {
        this.forces = forces;
        this.held = forces.populationYears();
    }

    /**
     * The population to rate a force's rolling year over, or null where none is held for the force or for
     * the year or an earlier one; each is remembered for the summary.
     */
    Long populationFor(String force, Period rollingYear) {
        int midYear = midYear(rollingYear);
        Integer year =
                held.stream().filter(y -> y <= midYear).reduce((a, b) -> b).orElse(null);
        if (year == null) {
            yearsWithoutPopulation.add(midYear);
            return null;
        }
        populationYears.put(midYear, year);
        Long population = populations.computeIfAbsent(year, forces::populations).get(force);
        if (population == null) {
            withoutPopulation.add(force);
        }
        return population;
    }

    /** The year whose 30 June falls in a rolling year: the year it ends in, or the one before if it ends before July. */
    static int midYear(Period rollingYear) {
        LocalDate end = rollingYear.end();
        return LocalDate.of(end.getYear(), 6, 30).isAfter(end) ? end.getYear() - 1 : end.getYear();
    }

    void stored() {
        stored++;
    }

    HomeOfficeImported.Rates summary() {
        return new HomeOfficeImported.Rates(stored, populationYears, yearsWithoutPopulation, withoutPopulation);
    }
}
