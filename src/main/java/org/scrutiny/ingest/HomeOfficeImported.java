package org.scrutiny.ingest;

import java.util.Set;

/**
 * A Home Office recorded crime table was loaded.
 *
 * @param layout which table it was, in words
 * @param rowsRead data rows in the file, blank rows not counted
 * @param values the force, offence and period values it gave, with the combined series derived from them
 * @param revisionsAdded values that were new or differed from the latest revision
 * @param skipped rows of areas that are not police forces, left out
 * @param skippedAreas the names of those areas
 */
public record HomeOfficeImported(
        long loadId,
        String fileName,
        String layout,
        long rowsRead,
        long values,
        long revisionsAdded,
        long skipped,
        Set<String> skippedAreas) {

    public long unchanged() {
        return values - revisionsAdded;
    }
}
