package org.scrutiny.peers;

import java.util.List;
import org.scrutiny.series.Period;

/**
 * Forces that the data says are most like a force: a suggestion computed by Scrutiny, never the Home
 * Office's Most Similar Group.
 *
 * @param features the names of the features compared (crime rates per 1,000 residents)
 * @param populationYear the year of the populations the rates were computed with
 * @param candidates how many forces had the data to be compared
 */
public record Suggestion(
        String force,
        Period period,
        List<String> features,
        int populationYear,
        int candidates,
        List<SimilarForce> nearest) {

    /** The label every display of a suggestion carries. */
    public static final String LABEL = "SUGGESTION computed from the data, not the Home Office's Most Similar Group";
}
