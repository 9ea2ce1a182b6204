package org.scrutiny.ingest;

import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * A Home Office recorded crime table was loaded.
 *
 * @param layout which table it was, in words
 * @param rowsRead data rows in the file, blank rows not counted
 * @param values the force, offence and period values it gave, with the sums and rates derived from them
 * @param revisionsAdded values that were new or differed from the latest revision
 * @param skipped rows of areas that are not police forces, left out
 * @param skippedAreas the names of those areas
 * @param ungrouped offences of the table, as written, in none of the groups its sums are made of (victim-based
 *     crime, other crimes against society) nor fraud: counted in the total only
 * @param rates the rates per 1,000 people stored
 */
public record HomeOfficeImported(
        long loadId,
        String fileName,
        String layout,
        long rowsRead,
        long values,
        long revisionsAdded,
        long skipped,
        Set<String> skippedAreas,
        Set<String> ungrouped,
        Rates rates) {

    public long unchanged() {
        return values - revisionsAdded;
    }

    /**
     * The rates per 1,000 people stored ({@code home-office/crime-per-1000/<sum>}), of the rolling years only.
     *
     * @param values rate values stored
     * @param populationYears for each mid-year of the rolling years rated (the year whose 30 June a rolling year
     *     spans), the year of the population used: the same year, or the latest earlier year held where that
     *     one is not
     * @param yearsWithoutPopulation mid-years of rolling years read that no population is held for, at or before
     *     them: no rate
     * @param withoutPopulation forces read that have no population held (the Welsh forces, British Transport
     *     Police): no rate
     */
    public record Rates(
            long values,
            SortedMap<Integer, Integer> populationYears,
            SortedSet<Integer> yearsWithoutPopulation,
            SortedSet<String> withoutPopulation) {}
}
