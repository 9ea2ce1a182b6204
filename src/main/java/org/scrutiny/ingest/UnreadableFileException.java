package org.scrutiny.ingest;

/**
 * Thrown when a data file cannot be read any further (a broken quote, text that is not UTF-8, a
 * damaged workbook); the message says what and where, in words a user can act on.
 */
final class UnreadableFileException extends RuntimeException {
    private final int line;

    UnreadableFileException(int line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** The line where reading stopped, or 0 where the whole file is unreadable. */
    int line() {
        return line;
    }
}
