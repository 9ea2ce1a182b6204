package org.scrutiny.ingest;

/**
 * A data file was loaded: every row passed its checks and the changed ones were stored.
 *
 * @param loadId the {@code data_load} that records it, and that its new revisions point at
 * @param rowsRead data rows in the file, blank rows not counted
 * @param revisionsAdded rows that were new or differed from the latest revision of their period
 * @param unchanged rows identical to the latest revision, which added nothing
 */
public record DataImported(
        long loadId, String fileName, String planId, long rowsRead, long revisionsAdded, long unchanged) {}
