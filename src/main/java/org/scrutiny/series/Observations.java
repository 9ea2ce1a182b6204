package org.scrutiny.series;

import java.time.Instant;
import java.util.List;
import org.scrutiny.store.Database;

/** The observations Scrutiny holds; revisions are only ever added. */
public interface Observations {

    /** The observations held in an open database. */
    static Observations on(Database database) {
        return new JdbcObservations(database);
    }

    /** For each period of a series, its latest revision recorded at or before {@code asAt}, in period order. */
    List<Observation> series(SeriesKey key, Instant asAt);

    /** Every revision of one period of a series, oldest first. */
    List<Observation> revisions(SeriesKey key, Period period);
}
