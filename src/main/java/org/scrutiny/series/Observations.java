package org.scrutiny.series;

import java.time.Instant;
import java.util.List;

/** The observations Scrutiny holds; revisions are only ever added. */
public interface Observations {

    /** For each period of a series, its latest revision recorded at or before {@code asAt}, in period order. */
    List<Observation> series(SeriesKey key, Instant asAt);

    /** Every revision of one period of a series, oldest first. */
    List<Observation> revisions(SeriesKey key, Period period);
}
