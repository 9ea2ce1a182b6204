package org.scrutiny.input;

import java.util.List;

/** Thrown when an input file is rejected; carries every problem found, and nothing has been stored. */
public final class InvalidInputException extends RuntimeException {
    private final List<Problem> problems;
    private final int unlisted;

    public InvalidInputException(List<Problem> problems, int unlisted) {
        super(problems.isEmpty() ? "invalid input" : problems.getFirst().toString());
        this.problems = List.copyOf(problems);
        this.unlisted = unlisted;
    }

    public InvalidInputException(List<Problem> problems) {
        this(problems, 0);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Problems found beyond those listed, when a file has too many to list. */
    public int unlisted() {
        return unlisted;
    }
}
