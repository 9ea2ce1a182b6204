package org.scrutiny.input;

/**
 * One thing wrong with an input file, at a line and column (both counted from 1; 0 when the problem
 * belongs to the whole file), in words a user can act on.
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    public static Problem at(String file, int line, int column, String message) {
        return new Problem(file, line, column, message);
    }

    public static Problem ofFile(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    @Override
    public int compareTo(Problem other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    /** {@code suffolk.yaml:42:7: unknown polarity 'up'}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        if (line == 0) {
            return file + ": " + message;
        }
        return column == 0 ? file + ":" + line + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }
}
