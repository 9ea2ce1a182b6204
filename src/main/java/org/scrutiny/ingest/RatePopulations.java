package org.scrutiny.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.scrutiny.forces.Forces;

/**
 * The populations an import's rates per 1,000 people are made with: the ONS mid-year estimate of a year, or of
 * the latest earlier year held where that one is not. It remembers which year it used for which and what it
 * could not rate, for the import's {@link RatesStored}; docs/data-sources.md says why the rule is this one.
 */
final class RatePopulations {
    private final List<Integer> held;
    private final IntFunction<Map<String, Long>> populationsOf;
    private final Map<Integer, Map<String, Long>> populations = new HashMap<>();
    private final SortedMap<Integer, Integer> populationYears = new TreeMap<>();
    private final SortedSet<Integer> yearsWithoutPopulation = new TreeSet<>();
    private final SortedSet<String> withoutPopulation = new TreeSet<>();
    private long stored;

    /**
     * @param held the years populations are held for, in order
     * @param populationsOf every force's population of a year held, by force code
     */
    RatePopulations(List<Integer> held, IntFunction<Map<String, Long>> populationsOf) {
        this.held = held;
        this.populationsOf = populationsOf;
    }

    /** The populations the reference data holds. */
    static RatePopulations of(Forces forces) {
        return new RatePopulations(forces.populationYears(), forces::populations);
    }

    /**
     * The population to rate a force's count of a year over, or null where none is held for the force, or for
     * the year or any earlier one.
     */
    Long populationFor(String force, int year) {
        Integer populationYear =
                held.stream().filter(y -> y <= year).reduce((a, b) -> b).orElse(null);
        if (populationYear == null) {
            yearsWithoutPopulation.add(year);
            return null;
        }
        populationYears.put(year, populationYear);
        Long population = populations
                .computeIfAbsent(populationYear, populationsOf::apply)
                .get(force);
        if (population == null) {
            withoutPopulation.add(force);
        }
        return population;
    }

    /** Counts a rate stored over a population {@link #populationFor} gave. */
    void rateStored() {
        stored++;
    }

    RatesStored summary() {
        return new RatesStored(stored, populationYears, yearsWithoutPopulation, withoutPopulation);
    }
}
