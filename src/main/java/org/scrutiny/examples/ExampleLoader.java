package org.scrutiny.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.scrutiny.ingest.DataImported;
import org.scrutiny.ingest.ImportListener;
import org.scrutiny.ingest.ObservationImporter;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanFile;
import org.scrutiny.plan.Plans;
import org.scrutiny.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Imports the bundled example plan and its data when the server starts on a database without plans,
 * through the same code as {@code plan import} and {@code data import}. Switched off with
 * {@code scrutiny.examples.load=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "scrutiny.examples.load", matchIfMissing = true)
class ExampleLoader implements ApplicationRunner {
    static final String PLAN = "examples/plans/suffolk-2017-2021.yaml";
    static final String DATA = "examples/data/suffolk-2017-2021-data.csv";
    private static final String LOADED_BY = "scrutiny (bundled example)";
    private static final Logger log = LoggerFactory.getLogger(ExampleLoader.class);

    private final Plans plans;
    private final Database database;
    private final Clock clock;

    ExampleLoader(Plans plans, Database database, Clock clock) {
        this.plans = plans;
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        load(PLAN, DATA);
    }

    /**
     * What was loaded: nothing, when the database already had plans.
     *
     * @param dataRejected why the example data was not loaded, or null if it was
     */
    record Loaded(String planId, long observations, String dataRejected) {}

    /** Loads the plan and data at these classpath locations if there are no plans; a missing data file is skipped. */
    Optional<Loaded> load(String planResource, String dataResource) {
        if (!plans.all().isEmpty()) {
            return Optional.empty();
        }
        String planFile = fileName(planResource);
        Plan plan = PlanFile.read(
                planFile,
                read(planResource)
                        .orElseThrow(() ->
                                new IllegalStateException("the bundled example " + planResource + " is missing")));
        plans.save(plan, planFile, read(planResource).orElseThrow(), LOADED_BY);
        long observations = 0;
        String rejected = null;
        try {
            observations = read(dataResource)
                    .map(csv -> importData(plan, fileName(dataResource), csv).revisionsAdded())
                    .orElse(0L);
        } catch (InvalidInputException e) {
            // The example is there to be looked at: a plan without data is still worth starting with.
            rejected = e.getMessage();
        }
        if (rejected == null) {
            log.info(
                    "Loaded the example plan '{}' with {} observations into the empty database"
                            + " (set scrutiny.examples.load=false to start empty)",
                    plan.id(),
                    observations);
        } else {
            log.warn("Loaded the example plan '{}' without its data, which was rejected: {}", plan.id(), rejected);
        }
        return Optional.of(new Loaded(plan.id(), observations, rejected));
    }

    private DataImported importData(Plan plan, String fileName, String csv) {
        // The importer reads files, and records the file's name in the load, so the copy keeps the name.
        Path folder = null;
        try {
            folder = Files.createTempDirectory("scrutiny-example");
            Path file = Files.writeString(folder.resolve(fileName), csv, StandardCharsets.UTF_8);
            DataImported imported =
                    ObservationImporter.on(database, clock).importFile(file, plan, LOADED_BY, ImportListener.NONE);
            Files.delete(file);
            return imported;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the example data to a temporary file", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // A leftover empty temporary folder harms nothing.
        }
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = ExampleLoader.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled example " + resource, e);
        }
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
