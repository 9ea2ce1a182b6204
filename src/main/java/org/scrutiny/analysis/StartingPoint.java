package org.scrutiny.analysis;

import java.util.List;

/** The baseline a target is measured from, in the analysis's terms. */
public sealed interface StartingPoint {

    /**
     * The value over one span ("compared to 2017-18") or the mean of the values over several ("from the
     * 2005-09 average", five calendar years).
     */
    record Spans(List<MonthSpan> spans) implements StartingPoint {
        public Spans {
            if (spans.isEmpty()) {
                throw new IllegalArgumentException("a baseline needs at least one span");
            }
            spans = List.copyOf(spans);
        }

        /** The last span: where a trajectory to the target starts. */
        MonthSpan last() {
            return spans.getLast();
        }
    }

    /** A value the plan states, with no period of its own. */
    record Stated(double value) implements StartingPoint {}

    /** The plan says the baseline is yet to be decided; its words. */
    record Undecided(String words) implements StartingPoint {}

    /** The plan says nothing of a baseline. */
    record Unstated() implements StartingPoint {}
}
