package org.scrutiny.ingest;

import org.scrutiny.series.Period;

/** A row of a data file that passed every check, ready for the staging table. */
record StagedRow(
        int line,
        String measure,
        String breakdown,
        Period period,
        Double value,
        Double numerator,
        Double denominator,
        String status,
        String note) {}
