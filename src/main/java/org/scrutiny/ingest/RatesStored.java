package org.scrutiny.ingest;

import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The rates per 1,000 people an import stored, and what it could not rate. A period is rated over the ONS
 * mid-year population of its year (a month's year, a rolling year's mid-year), or of the latest earlier year
 * held where that one is not.
 *
 * @param values rate values stored
 * @param populationYears for each year rated, the year of the population used: the same year, or the latest
 *     earlier year held where that one is not
 * @param yearsWithoutPopulation years read that no population is held for, at or before them: no rate
 * @param withoutPopulation forces read that have no population held: no rate
 */
public record RatesStored(
        long values,
        SortedMap<Integer, Integer> populationYears,
        SortedSet<Integer> yearsWithoutPopulation,
        SortedSet<String> withoutPopulation) {}
