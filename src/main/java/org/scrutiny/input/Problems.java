package org.scrutiny.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems found while reading one file. It keeps the first {@value #LISTED} so that a
 * file that is wrong on every one of a million rows does not fill memory, and counts the rest.
 */
public final class Problems {
    public static final int LISTED = 1000;

    private final String file;
    private final List<Problem> listed = new ArrayList<>();
    private int unlisted;

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(int line, int column, String message) {
        add(Problem.at(file, line, column, message));
    }

    public void add(Problem problem) {
        if (listed.size() < LISTED) {
            listed.add(problem);
        } else {
            unlisted++;
        }
    }

    public boolean isEmpty() {
        return listed.isEmpty();
    }

    public int count() {
        return listed.size() + unlisted;
    }

    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(listed);
        Collections.sort(copy);
        return copy;
    }

    /** Throws if any problem was found. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidInputException(sorted(), unlisted);
        }
    }
}
