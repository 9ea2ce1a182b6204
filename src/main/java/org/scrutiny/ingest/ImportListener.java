package org.scrutiny.ingest;

/** Hears how a data load is going, to show progress; every method does nothing unless overridden. */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {};

    /** Another batch of rows has been read, checked and staged; {@code rows} counts them all so far. */
    default void rowsStaged(long rows) {}

    /** Every row is read and checked; the load is being stored. */
    default void storing(long rows) {}
}
