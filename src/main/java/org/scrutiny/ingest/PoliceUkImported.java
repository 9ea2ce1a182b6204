package org.scrutiny.ingest;

import java.util.Map;

/**
 * A police.uk import was stored: what was read and what it added.
 *
 * @param files files read, by kind ({@code street}, {@code outcomes}, {@code stop-and-search})
 * @param rows data rows read, every kind
 * @param crimes street rows that are crimes
 * @param antiSocialBehaviour street rows that are anti-social behaviour incidents
 * @param withoutLocation street rows with no location and no LSOA, counted in the totals but in no district
 * @param values series values the rows made (one per measure, force, breakdown and month)
 * @param revisionsAdded values that were new or differed from the latest revision
 * @param unmappedOutcomes outcome categories the mapping does not know, with their rows; counted as
 *     {@code outcome=other}
 */
public record PoliceUkImported(
        long loadId,
        Map<String, Integer> files,
        long rows,
        long crimes,
        long antiSocialBehaviour,
        long withoutLocation,
        long values,
        long revisionsAdded,
        Map<String, Long> unmappedOutcomes) {

    public long unchanged() {
        return values - revisionsAdded;
    }
}
