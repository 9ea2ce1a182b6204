package org.scrutiny.ingest;

import java.util.Map;
import java.util.Set;

/**
 * A police.uk import was stored: what was read and what it added.
 *
 * @param files files read, by kind ({@code street}, {@code outcomes}, {@code stop-and-search})
 * @param rows data rows read, every kind
 * @param crimes street rows that are crimes
 * @param antiSocialBehaviour street rows that are anti-social behaviour incidents
 * @param withoutLocation street rows with no location and no LSOA, counted in the totals but in no district
 * @param values series values stored (one per measure, force, breakdown and month), derived ones included
 * @param revisionsAdded values that were new or differed from the latest revision
 * @param unmappedOutcomes outcome categories the mapping does not know, with their rows; counted as
 *     {@code outcome=other}
 * @param areas where the street rows' districts lie
 * @param rates the rates per 1,000 people stored ({@code police-uk/crimes-per-1000}, {@code
 *     police-uk/anti-social-behaviour-per-1000}), a month over the population of its year; the forces with no
 *     population held are the Welsh forces, British Transport Police and Northern Ireland
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
        Map<String, Long> unmappedOutcomes,
        Areas areas,
        RatesStored rates) {

    public long unchanged() {
        return values - revisionsAdded;
    }

    /**
     * Where the street rows' districts lie, by the reference data's district → force lookup. Every row stays
     * in its force's totals wherever its district lies.
     *
     * @param outsideArea for each force, its rows in districts of other forces, by the force whose area holds
     *     them; stored as {@code police-uk/rows-outside-area}
     * @param unknownDistricts for each force, its rows in districts the reference data does not know, by the
     *     district as its {@code district=} breakdown writes it; stored as {@code
     *     police-uk/rows-in-unknown-district}
     * @param withoutArea forces read that hold no district (British Transport Police, Northern Ireland), so
     *     that none of their rows can be outside their area and none is counted so
     */
    public record Areas(
            Map<String, Map<String, Long>> outsideArea,
            Map<String, Map<String, Long>> unknownDistricts,
            Set<String> withoutArea) {

        public long outsideAreaRows() {
            return sum(outsideArea);
        }

        public long unknownDistrictRows() {
            return sum(unknownDistricts);
        }

        private static long sum(Map<String, Map<String, Long>> byForce) {
            return byForce.values().stream()
                    .flatMap(m -> m.values().stream())
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }
}
