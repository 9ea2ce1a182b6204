package org.scrutiny.analysis;

/**
 * The Anhøj runs analysis of one part of a qicharts2 chart: the longest run on one side of the centre
 * line and the number of crossings of it, each against its limit, over the useful observations.
 *
 * @param observations points taken into the analysis (the part's points not excluded, missing ones too)
 * @param useful points neither missing nor on the centre line; the others neither make nor break a run
 * @param longestRun length of the longest run of useful points on one side of the centre line, 0 if none
 * @param longestRunLimit the longest run expected of random variation, round(log2(useful)) + 3
 * @param crossings times the line joining useful points crosses the centre line
 * @param crossingsLimit the fewest crossings expected of random variation, the 5% quantile of
 *     Binomial(useful − 1, ½)
 * @param signal whether the longest run is too long or the crossings too few, meaning a shift; always false
 *     on a moving range chart or when the subgroups are categories, where order carries no meaning
 */
public record QicRuns(
        int observations,
        int useful,
        int longestRun,
        int longestRunLimit,
        int crossings,
        int crossingsLimit,
        boolean signal) {

    /** Whether there were any useful points to analyse; if not, the counts and limits are all 0. */
    public boolean analysed() {
        return useful > 0;
    }
}
