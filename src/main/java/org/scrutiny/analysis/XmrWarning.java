package org.scrutiny.analysis;

/** Something a reader of an XmR chart should be told about how far to trust it. */
public enum XmrWarning {
    /** A rebase group has fewer points than recommended: its limits are trial limits. */
    TRIAL_LIMITS("Some limits rest on fewer points than recommended; they are trial limits."),
    /** The limits were fixed on a baseline shorter than Making Data Count's 12 points. */
    SHORT_BASELINE("The limits were fixed on a baseline of fewer than 12 points."),
    /** A rebase group has no two adjacent points, so no moving range and no limits. */
    NO_LIMITS("Some points have no limits: their group has no two consecutive values."),
    /** The series has no values at all. */
    NO_DATA("There are no values to chart.");

    private final String text;

    XmrWarning(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
