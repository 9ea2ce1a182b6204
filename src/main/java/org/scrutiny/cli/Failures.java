package org.scrutiny.cli;

import java.io.PrintWriter;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.input.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into a message for the user and an exit code, never a stack trace: 1 for a
 * rejected input file, with every problem listed, and 3 for anything else. {@code SCRUTINY_DEBUG=1}
 * shows the stack trace as well.
 */
final class Failures implements IExecutionExceptionHandler {
    static final int REJECTED = 1;
    static final int FAILED = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InvalidInputException invalid) {
            for (Problem problem : invalid.problems()) {
                err.println(problem);
            }
            if (invalid.unlisted() > 0) {
                err.printf("… and %d more problems not listed%n", invalid.unlisted());
            }
            int count = invalid.problems().size() + invalid.unlisted();
            err.printf("%d problem%s found; nothing was stored.%n", count, count == 1 ? "" : "s");
            err.flush();
            return REJECTED;
        }
        err.println("error: " + messageOf(e));
        if ("1".equals(System.getenv("SCRUTINY_DEBUG"))) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }

    private static String messageOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null
                && (cause.getMessage() == null || cause.getMessage().isBlank())) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
