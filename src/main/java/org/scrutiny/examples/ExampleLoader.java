package org.scrutiny.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.scrutiny.ingest.HomeOfficeImported;
import org.scrutiny.ingest.HomeOfficeImporter;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanFile;
import org.scrutiny.plan.Plans;
import org.scrutiny.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports the bundled example plans and the Home Office's police recorded crime for every force, which
 * their crime indicators read, when the server starts on a database without plans, through the same code
 * as {@code plan import} and {@code data import-home-office}. Which examples: {@code
 * scrutiny.examples.plans}, {@code all} (the default) or a comma-separated list of plan ids; switched off
 * with {@code scrutiny.examples.load=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "scrutiny.examples.load", matchIfMissing = true)
class ExampleLoader implements ApplicationRunner {
    static final String ALL = "all";
    private static final String PLANS = "examples/plans/";
    private static final String DATA = "examples/data/";
    /** The Home Office table, gzipped; it is loaded under the name of the file the Home Office publishes. */
    static final String HOME_OFFICE_TABLE = DATA + "rec-crime-pfa.csv.gz";

    private static final String HOME_OFFICE_FILE = "rec-crime-pfa.csv";
    private static final String LOADED_BY = "scrutiny (bundled example)";
    private static final Logger log = LoggerFactory.getLogger(ExampleLoader.class);

    private final Plans plans;
    private final Database database;
    private final Clock clock;
    private final String chosen;

    ExampleLoader(Plans plans, Database database, Clock clock, @Value("${scrutiny.examples.plans:all}") String chosen) {
        this.plans = plans;
        this.database = database;
        this.clock = clock;
        this.chosen = chosen;
    }

    /** A bundled example: {@code examples/plans/<id>.yaml} on the classpath. */
    record Example(String planId) {
        String planResource() {
            return PLANS + planId + ".yaml";
        }
    }

    /** The bundled examples, by plan id. */
    static List<Example> bundled() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(ExampleLoader.class.getClassLoader())
                    .getResources("classpath*:" + PLANS + "*.yaml");
            return Stream.of(found)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(name -> new Example(name.substring(0, name.length() - ".yaml".length())))
                    .distinct()
                    .sorted(Comparator.comparing(Example::planId))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled examples", e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!plans.all().isEmpty()) {
            return;
        }
        List<Example> examples = chosen(chosen);
        if (examples.isEmpty()) {
            return;
        }
        // The shared series first, in a transaction of their own: a start stopped while they load leaves no
        // plan behind, so the next start loads them again rather than finding plans and leaving them out.
        loadHomeOfficeTable(HOME_OFFICE_TABLE);
        for (Example example : examples) {
            load(example.planResource());
        }
    }

    /**
     * Loads the Home Office table at this classpath location, gzipped, for every force, as {@code data
     * import-home-office} loads the file; a missing or rejected table is reported and skipped, since the
     * plans are worth starting with without it.
     */
    Optional<HomeOfficeImported> loadHomeOfficeTable(String resource) {
        long start = System.nanoTime();
        try (InputStream in = ExampleLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                log.warn("The bundled Home Office table {} is missing; the example plans load without it", resource);
                return Optional.empty();
            }
            HomeOfficeImported imported = HomeOfficeImporter.on(database, clock)
                    .importCsv(HOME_OFFICE_FILE, new GZIPInputStream(in), LOADED_BY);
            log.info(
                    "Loaded the Home Office's police recorded crime for every force ({} values, {} revisions added)"
                            + " in {} ms",
                    imported.values(),
                    imported.revisionsAdded(),
                    (System.nanoTime() - start) / 1_000_000);
            return Optional.of(imported);
        } catch (InvalidInputException e) {
            log.warn(
                    "The bundled Home Office table was rejected; the example plans load without it: {}",
                    e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled Home Office table " + resource, e);
        }
    }

    /**
     * The examples a setting names: {@code all}, or plan ids separated by commas. An id that is not a
     * bundled example is reported and left out, so that a mistyped name does not stop the server.
     */
    static List<Example> chosen(String setting) {
        List<Example> bundled = bundled();
        if (setting == null || setting.isBlank() || setting.strip().equalsIgnoreCase(ALL)) {
            return bundled;
        }
        List<Example> chosen = new ArrayList<>();
        for (String id : setting.split(",")) {
            Example example = new Example(id.strip());
            if (bundled.contains(example)) {
                chosen.add(example);
            } else if (!example.planId().isEmpty()) {
                log.warn(
                        "scrutiny.examples.plans names '{}', which is not a bundled example; they are: {}",
                        example.planId(),
                        String.join(", ", bundled.stream().map(Example::planId).toList()));
            }
        }
        return chosen;
    }

    /** Loads the plan at this classpath location, unless a plan of its id is already held; returns its id. */
    Optional<String> load(String planResource) {
        String planFile = fileName(planResource);
        String source = read(planResource)
                .orElseThrow(() -> new IllegalStateException("the bundled example " + planResource + " is missing"));
        Plan plan = PlanFile.read(planFile, source);
        if (plans.find(plan.id()).isPresent()) {
            return Optional.empty();
        }
        plans.save(plan, planFile, source, LOADED_BY);
        log.info(
                "Loaded the example plan '{}' into the empty database (set scrutiny.examples.load=false to start empty)",
                plan.id());
        return Optional.of(plan.id());
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
