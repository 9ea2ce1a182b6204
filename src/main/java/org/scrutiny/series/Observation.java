package org.scrutiny.series;

import java.time.Instant;

/**
 * One revision of a series' value for a period. Numerator and denominator are present where the value
 * is a proportion or rate of them; any of the three may be null where the source gives none.
 *
 * @param revision 1 for the first value loaded, one more for each load that changed it
 * @param loadId the data load that recorded this revision
 */
public record Observation(
        Period period,
        Double value,
        Double numerator,
        Double denominator,
        Status status,
        String note,
        int revision,
        long loadId,
        Instant recordedAt) {

    public enum Status {
        PROVISIONAL,
        FINAL;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
