package org.scrutiny.ingest;

import java.util.Set;

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
 * @param rates the rates per 1,000 people stored ({@code home-office/crime-per-1000/<sum>}), of the rolling
 *     years only, each over the population of its mid-year (the year whose 30 June it spans); the forces with
 *     no population held are the Welsh forces and British Transport Police
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
        RatesStored rates) {

    public long unchanged() {
        return values - revisionsAdded;
    }
}
