package org.scrutiny.plan;

import java.util.List;
import org.scrutiny.series.Frequency;

/**
 * A paper the plan promises on a schedule, such as Suffolk's six-monthly Victim Code Report to the
 * Accountability and Performance Panel or Cambridgeshire's quarterly delivery-plan report to its
 * Business Coordination Board.
 *
 * @param ref the plan's reference for it, unique among its reports
 * @param every how often it is due, or null where the plan leaves it to be agreed
 * @param audience the meeting or body it goes to, or null
 * @param timing the plan's own words on when it comes ("at a frequency agreed with the Panel"), or null
 * @param covers references of the items, indicators and actions the report covers
 */
public record ScheduledReport(
        String ref,
        String title,
        Frequency every,
        String audience,
        String timing,
        String description,
        List<String> covers) {

    public ScheduledReport {
        covers = List.copyOf(covers);
    }
}
