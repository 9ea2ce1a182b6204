package org.scrutiny.actions;

import java.time.LocalDate;
import java.time.YearMonth;
import org.scrutiny.series.Frequency;

/** When an action is due: by a date, within a month, ongoing, recurring, or not stated. */
public sealed interface Due {

    record ByDate(LocalDate date) implements Due {}

    /** "By June 2017": due by the end of the month. */
    record ByMonth(YearMonth month) implements Due {}

    record Ongoing() implements Due {}

    /** Done again every period, such as an annual review. */
    record Recurring(Frequency every) implements Due {}

    record Unstated() implements Due {}

    /** The last day on which the action is on time, or null where it has none. */
    static LocalDate deadline(Due due) {
        return switch (due) {
            case ByDate d -> d.date();
            case ByMonth m -> m.month().atEndOfMonth();
            case Ongoing o -> null;
            case Recurring r -> null;
            case Unstated u -> null;
        };
    }
}
