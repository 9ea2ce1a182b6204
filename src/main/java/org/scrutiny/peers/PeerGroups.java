package org.scrutiny.peers;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.scrutiny.series.Period;
import org.scrutiny.store.Database;

/** The official peer groups users have loaded, and suggestions of similar forces computed from the data. */
public interface PeerGroups {

    /** How many forces a Most Similar Group holds at most, and how many a suggestion proposes. */
    int SIZE = 7;

    static PeerGroups on(Database database) {
        return new JdbcPeerGroups(database);
    }

    /**
     * Loads a file of Most Similar Groups, all of it or nothing.
     *
     * @return how many forces' groups were loaded
     * @throws org.scrutiny.input.InvalidInputException listing every problem, each at its line and column
     */
    int load(Path file, String source, String loadedBy, Instant at);

    /** A force's official group: from the latest load that lists the force. */
    Optional<PeerGroup> official(String force);

    /**
     * The forces most like a force in the Home Office rolling-year crime rates per 1,000 residents.
     *
     * @param period the rolling year to compare, or null for the latest the force has data for
     * @throws IllegalArgumentException where the force or the period has no data to compare
     */
    Suggestion suggest(String force, Period period);
}
