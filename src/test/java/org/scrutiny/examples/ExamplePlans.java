package org.scrutiny.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanFile;

/** The example plans as the tests of their transcriptions read them: from {@code examples/plans}. */
final class ExamplePlans {
    private ExamplePlans() {}

    /** The example plan of this id, read from its file in the project's {@code examples/plans}. */
    static Plan read(String planId) {
        Path file = Path.of("examples/plans", planId + ".yaml");
        try {
            return PlanFile.read(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
