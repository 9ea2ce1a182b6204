package org.scrutiny.peers;

import java.time.Instant;
import java.util.function.Function;
import org.scrutiny.analysis.PeerComparison;
import org.scrutiny.series.Period;

/**
 * A force compared with a group of forces in one measure and period, as the data stood at an instant: with its
 * official Most Similar Group where one is loaded, otherwise with every force that holds the measure. Which of
 * the two it is travels with the figures, and {@link #groupLabel} says it in words; a suggestion of similar
 * forces is never used as the group.
 *
 * @param group the official group compared with; null where the comparison is with all forces
 * @param populationYear the year of the ONS mid-year populations the values are weighted by; null where none is
 *     held for the period's year or an earlier one
 */
public record GroupComparison(
        PeerMeasure measure,
        Period period,
        Instant asAt,
        Basis basis,
        PeerGroup group,
        Integer populationYear,
        PeerComparison comparison) {

    /** Which forces the force is compared with. */
    public enum Basis {
        /** The force and its official Most Similar Group, as last loaded. */
        MOST_SIMILAR_GROUP,
        /** Every force that holds the measure: there is no official group for the force. */
        ALL_FORCES
    }

    /**
     * Which forces these are, in words: {@code Suffolk and its Most Similar Group of 7 forces (source: Home Office
     * MSG, 2019; file msg.csv)} or {@code all 44 forces that hold the measure: no Most Similar Group is loaded for
     * Suffolk}.
     *
     * @param names the name to print for a force code
     */
    public String groupLabel(Function<String, String> names) {
        String name = names.apply(comparison.force());
        return switch (basis) {
            case MOST_SIMILAR_GROUP ->
                name + " and its Most Similar Group of " + group.peers().size() + " force"
                        + (group.peers().size() == 1 ? "" : "s") + " (source: " + group.source() + "; file "
                        + group.fileName() + ")";
            case ALL_FORCES ->
                "all " + comparison.groupSize() + " forces that hold the measure: no Most Similar Group is loaded for "
                        + name;
        };
    }
}
