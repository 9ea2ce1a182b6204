package org.scrutiny.ingest;

/**
 * One row of a data file: its line (the CSV line it starts on, or the spreadsheet row number) and
 * the text of its cells, left to right.
 */
record DataRow(int line, String[] cells) {

    /** The text of a cell counted from 0, or "" where the row is shorter. */
    String cell(int index) {
        return index >= 0 && index < cells.length && cells[index] != null ? cells[index] : "";
    }

    int width() {
        return cells.length;
    }

    boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
