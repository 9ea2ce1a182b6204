package org.scrutiny.indicator;

import java.time.Instant;
import org.scrutiny.series.Period;

/**
 * Makes the peer panel of an indicator's page. The peer feature implements it: it reads every force's
 * data, which the indicator feature does not, and depends on the plans, so the page asks through this.
 */
public interface PeerPanels {

    /** The indicator's force against its group in a period, with the data as recorded by an instant. */
    PeerPanel of(PlannedIndicator planned, Period period, Instant knownBy);
}
