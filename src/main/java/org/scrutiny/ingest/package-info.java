/**
 * Loading data into Scrutiny: reading indicator data from long CSV and XLSX files, checking every row
 * against the plan, and storing the rows as new revisions of their series, a whole file or nothing.
 */
package org.scrutiny.ingest;
