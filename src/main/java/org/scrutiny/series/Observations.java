package org.scrutiny.series;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.scrutiny.store.Database;

/** The observations Scrutiny holds; revisions are only ever added. */
public interface Observations {

    /** The observations held in an open database. */
    static Observations on(Database database) {
        return new JdbcObservations(database);
    }

    /** For each period of a series, its latest revision recorded at or before {@code asAt}, in period order. */
    List<Observation> series(SeriesKey key, Instant asAt);

    /**
     * The total series of each of a force's measures, as {@link #series} reads them, with one query: the
     * plan page and the exceptions view chart every indicator of a plan at once. Every measure asked for
     * is a key of the map, with an empty list where it has no data.
     */
    Map<String, List<Observation>> totals(Collection<String> measures, String force, Instant asAt);

    /**
     * Which data is held: it changes whenever a load adds to the observations, so that what was worked out
     * from them can be kept until then.
     */
    DataVersion version();

    /**
     * The loads held: their number and when the last was made. Loads are only ever added, so a new one
     * changes the number even if it was stamped earlier than the last.
     */
    record DataVersion(long loads, Instant lastLoadedAt) {}

    /** Every revision of one period of a series, oldest first. */
    List<Observation> revisions(SeriesKey key, Period period);
}
