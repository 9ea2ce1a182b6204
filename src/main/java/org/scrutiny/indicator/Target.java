package org.scrutiny.indicator;

import org.scrutiny.series.Period;

/**
 * What a plan promises for an indicator. {@code by} is the period in which the target is to be met,
 * or null where the plan gives none; {@code text} keeps the plan's own words for display.
 */
public sealed interface Target {
    String text();

    /** At least a level: "a minimum of 90% within 10 seconds". */
    record AtLeast(double value, Period by, String text) implements Target {}

    /** At most a level: "no more than 320 in the year 2015/16". */
    record AtMost(double value, Period by, String text) implements Target {}

    /** More than a level, the level itself missing it: "keep police officer numbers above 3000". */
    record Above(double value, Period by, String text) implements Target {}

    /** A change relative to the baseline by a period: −18%, "40% reduction by 2020". */
    record ChangeFromBaseline(double percent, Period by, String text) implements Target {}

    /** A direction only: "reduce compared to 2017-18". */
    record Direction(Way way, String text) implements Target {}

    /** Keep performance where it is. */
    record Maintain(String text) implements Target {}

    /** The plan says a target is to be set; its words are kept. */
    record ToBeSet(String text) implements Target {}

    /** No target: the indicator is monitored for its own sake. */
    record None() implements Target {
        public String text() {
            return "";
        }
    }

    enum Way {
        INCREASE,
        REDUCE
    }
}
