package org.scrutiny.peers;

import java.time.Instant;
import java.util.Map;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.series.Period;
import org.scrutiny.store.Database;

/**
 * Forces compared with their peers in the data held: with the force's official Most Similar Group where one is
 * loaded, otherwise with every force that holds the measure, and labelled which. Values are the latest revision
 * recorded at or before an instant, as {@link org.scrutiny.series.Observations#series} reads them; weights are the
 * ONS mid-year populations of the period's year, as the stored rates per 1,000 use.
 */
public interface PeerComparisons {

    static PeerComparisons on(Database database) {
        return new JdbcPeerComparisons(database);
    }

    /**
     * Compares a force with its group in one measure.
     *
     * @param period the period compared, or null for the latest the force has a value for as at {@code asAt}
     * @param better which way is better, which decides who ranks first
     * @throws IllegalArgumentException saying what is missing: the measure is not held, the force has no value of
     *     it, or no force has a value for the period
     */
    GroupComparison compare(
            PeerMeasure measure, String force, Period period, Instant asAt, ImprovementDirection better);

    /**
     * Compares a force with its group in many measures, each in the latest period the force has a value for as at
     * {@code asAt}, with a handful of queries however many measures are asked for: a plan's summary ranks all its
     * indicators at once. A measure the force has no value of is left out of the map.
     *
     * @param measures the measures, each with which way is better
     */
    Map<PeerMeasure, GroupComparison> compareLatest(
            Map<PeerMeasure, ImprovementDirection> measures, String force, Instant asAt);

    /**
     * Compares a force with its group in many measures, each in a period of its own, with the same handful of
     * queries as {@link #compareLatest}: a scorecard as at a date compares each indicator in the latest period
     * that had ended by then. A measure no force has a value of in its period is left out of the map.
     *
     * @param periods the measures, each with its period
     * @param better which way is better for each measure
     */
    Map<PeerMeasure, GroupComparison> compareIn(
            Map<PeerMeasure, Period> periods,
            Map<PeerMeasure, ImprovementDirection> better,
            String force,
            Instant asAt);
}
