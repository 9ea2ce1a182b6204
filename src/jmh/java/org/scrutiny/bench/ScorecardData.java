package org.scrutiny.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.scrutiny.ingest.ImportListener;
import org.scrutiny.ingest.ObservationImporter;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanFile;
import org.scrutiny.plan.Plans;
import org.scrutiny.store.Database;

/**
 * The data the scorecard benchmark reads: a generated plan of 200 monthly indicators for Suffolk, the same plan for
 * each of the 42 other territorial forces of England and Wales (so that every indicator's measure is held for 43
 * forces), and ten years of months for every indicator of every plan: 1,032,000 observations. Plans are stored with
 * {@link Plans#save} and data loaded with {@link ObservationImporter}, as {@code plan import} and {@code data import}
 * do, so the schema, indexes and rows are the ones users have.
 *
 * <p>Each group of ten indicators holds five counts (XmR charts), a percentage derived from two of those counts, two
 * percentages given as numerator and denominator (a P chart, and a P′ chart where the denominators are large) and two
 * rates per 1,000 (one with numerator and denominator, one as a value). Targets go round five kinds: a level by
 * 2023/24, a change from a baseline by 2024/25, a direction from a baseline, none, and a level by 2024/25 from a baseline. Every other
 * indicator is compared with peers. A quarter of the series step up over their last ten months. The random numbers
 * have a fixed seed, so every build holds the same data.
 */
final class ScorecardData {
    /** Changes whenever what is generated changes, so that a database built by an older version is not reused. */
    static final String VERSION = "1";

    static final String FORCE = "suffolk";
    static final String PLAN = "bench-" + FORCE;
    static final int INDICATORS = 200;
    static final YearMonth FIRST = YearMonth.of(2014, 4);
    static final int MONTHS = 120;
    /** The scorecard's date: the last day of the tenth year. */
    static final LocalDate AS_AT = FIRST.plusMonths(MONTHS - 1).atEndOfMonth();

    /** The 43 territorial forces of England and Wales, by their police.uk codes. */
    static final List<String> FORCES = List.of(
            "avon-and-somerset", "bedfordshire", "cambridgeshire", "cheshire", "city-of-london", "cleveland",
            "cumbria", "derbyshire", "devon-and-cornwall", "dorset", "durham", "dyfed-powys", "essex",
            "gloucestershire", "greater-manchester", "gwent", "hampshire", "hertfordshire", "humberside", "kent",
            "lancashire", "leicestershire", "lincolnshire", "merseyside", "metropolitan", "norfolk", "north-wales",
            "north-yorkshire", "northamptonshire", "northumbria", "nottinghamshire", "south-wales", "south-yorkshire",
            "staffordshire", "suffolk", "surrey", "sussex", "thames-valley", "warwickshire", "west-mercia",
            "west-midlands", "west-yorkshire", "wiltshire");

    private static final Instant LOADED = Instant.parse("2024-04-20T09:00:00Z");

    private ScorecardData() {}

    /** Stores the plans and loads their data into an empty database, using {@code scratch} for the data files. */
    static void load(Database db, Path scratch) {
        ObservationImporter importer = ObservationImporter.on(db, Clock.fixed(LOADED, ZoneOffset.UTC));
        Plans plans = Plans.on(db);
        try {
            Files.createDirectories(scratch);
            for (int f = 0; f < FORCES.size(); f++) {
                String force = FORCES.get(f);
                String source = planFile(force);
                Plan plan = PlanFile.read("bench-" + force + ".yaml", source);
                plans.save(plan, "bench-" + force + ".yaml", source, "bench");
                Path data = scratch.resolve("bench-" + force + ".csv");
                writeData(data, f);
                importer.importFile(data, plan, "bench", ImportListener.NONE);
                Files.delete(data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How big a force is, which scales its counts and denominators: 0.3 to 3 times a middling force. */
    private static double scaleOf(int force) {
        return 0.3 + new SplittableRandom(1000 + force).nextDouble(2.7);
    }

    /** A count indicator's typical month in a middling force. */
    private static double levelOf(int indicator) {
        return 100 + indicator * 37 % 400;
    }

    /** The kind of an indicator by its place in its group of ten; see the class comment. */
    private enum Kind {
        COUNT,
        SOLVED,
        DERIVED_PERCENT,
        SMALL_PERCENT,
        LARGE_PERCENT,
        RATE_WITH_POPULATION,
        RATE,
    }

    private static Kind kindOf(int indicator) {
        return switch (indicator % 10) {
            case 1 -> Kind.SOLVED;
            case 2 -> Kind.DERIVED_PERCENT;
            case 3 -> Kind.SMALL_PERCENT;
            case 4 -> Kind.LARGE_PERCENT;
            case 5 -> Kind.RATE_WITH_POPULATION;
            case 6 -> Kind.RATE;
            default -> Kind.COUNT;
        };
    }

    private static String ref(int indicator) {
        return String.format(Locale.ROOT, "I%03d", indicator + 1);
    }

    /** The same plan for every force but for its id and force, so that the indicators share their measures. */
    static String planFile(String force) {
        double scale = scaleOf(FORCES.indexOf(FORCE));
        StringBuilder yaml = new StringBuilder();
        yaml.append("scrutiny: 1\nid: bench-")
                .append(force)
                .append("\ntitle: A generated plan of 200 indicators for timing scorecards\nforce: ")
                .append(force)
                .append("\nperiod: {from: 2021-04-01, to: 2025-03-31}\nstatus: published\n")
                .append("levels: [theme, outcome]\nitems:\n");
        for (int theme = 0; theme < INDICATORS / 40; theme++) {
            yaml.append(String.format(Locale.ROOT, "  - id: T%d%n    title: Theme %d%n    items:%n", theme + 1, theme + 1));
            for (int outcome = 0; outcome < 4; outcome++) {
                String id = "T" + (theme + 1) + (char) ('A' + outcome);
                yaml.append(String.format(
                        Locale.ROOT, "      - id: %s%n        title: Outcome %s%n        indicators:%n", id, id));
                for (int j = 0; j < 10; j++) {
                    yaml.append("          - ")
                            .append(indicator(theme * 40 + outcome * 10 + j, scale))
                            .append('\n');
                }
            }
        }
        return yaml.toString();
    }

    private static String indicator(int i, double scale) {
        Kind kind = kindOf(i);
        boolean higherIsBetter = kind == Kind.SOLVED || kind == Kind.DERIVED_PERCENT || kind == Kind.SMALL_PERCENT
                || kind == Kind.LARGE_PERCENT;
        List<String> keys = new ArrayList<>();
        keys.add("id: " + ref(i));
        keys.add("name: Indicator " + (i + 1));
        keys.add("unit: "
                + switch (kind) {
                    case COUNT, SOLVED -> "count";
                    case DERIVED_PERCENT, SMALL_PERCENT, LARGE_PERCENT -> "percent";
                    case RATE_WITH_POPULATION, RATE -> "rate-per-1000";
                });
        keys.add("polarity: " + (higherIsBetter ? "higher-is-better" : "lower-is-better"));
        keys.add("frequency: monthly");
        keys.add("measure: bench/" + ref(i).toLowerCase(Locale.ROOT));
        if (kind == Kind.DERIVED_PERCENT) {
            keys.add("derived: {numerator: " + ref(i - 1) + ", denominator: " + ref(i - 2) + ", multiplier: 100}");
        }
        // A year's worth at the plan force's usual level: counts and rates add up over a year, percentages do not.
        double year =
                switch (kind) {
                    case COUNT -> 12 * levelOf(i) * scale;
                    case SOLVED -> 12 * levelOf(i - 1) * scale * 0.2;
                    case DERIVED_PERCENT -> 20;
                    case SMALL_PERCENT, LARGE_PERCENT -> 60;
                    case RATE_WITH_POPULATION, RATE -> 12 * 5;
                };
        String level = higherIsBetter ? "at-least" : "at-most";
        // Half the levels are a little better than the data, half a little worse, so that some are met and some not.
        double harder = (i / 5) % 2 == 0 ? 1.03 : 0.97;
        double target = higherIsBetter ? year * harder : year / harder;
        switch (i % 5) {
            case 0 -> keys.add(String.format(Locale.ROOT, "target: {%s: %.0f, by: 2023/24}", level, target));
            case 1 -> {
                keys.add(i % 2 == 0 ? "baseline: 2014/15" : "baseline: {from: 2014/15, to: 2016/17}");
                keys.add("target: {change: " + (higherIsBetter ? "5%" : "-5%") + ", by: 2024/25}");
            }
            case 2 -> {
                keys.add("baseline: 2015/16");
                keys.add("target: {direction: " + (higherIsBetter ? "increase" : "reduce") + "}");
            }
            case 3 -> {}
            default -> {
                keys.add("baseline: 2019/20");
                keys.add(String.format(Locale.ROOT, "target: {%s: %.0f, by: 2024/25}", level, target));
            }
        }
        if (i % 7 == 0) {
            keys.add("stance: improve");
        }
        // Every other indicator, the other half in the next group of ten, so that every kind is compared.
        if ((i + i / 10) % 2 == 0) {
            keys.add("compared-with-peers: true");
        }
        return "{" + String.join(", ", keys) + "}";
    }

    /** Ten years of months of every indicator for one force, as a long CSV file. */
    private static void writeData(Path file, int force) throws IOException {
        double scale = scaleOf(force);
        SplittableRandom random = new SplittableRandom(2014 + force);
        double[] counts = new double[MONTHS];
        double[] solved = new double[MONTHS];
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("indicator,period,value,numerator,denominator,status\n");
            for (int i = 0; i < INDICATORS; i++) {
                Kind kind = kindOf(i);
                boolean steps = i % 4 == 1;
                double solvedShare = 0.15 + 0.1 * random.nextDouble();
                for (int m = 0; m < MONTHS; m++) {
                    double lift = steps && m >= MONTHS - 10 ? 1.3 : 1;
                    double noise = 0.9 + 0.2 * random.nextDouble();
                    String period = FIRST.plusMonths(m).toString();
                    String row =
                            switch (kind) {
                                case COUNT -> {
                                    counts[m] = Math.round(levelOf(i) * scale * lift * noise);
                                    yield fmt(counts[m]) + ",,";
                                }
                                case SOLVED -> {
                                    // Of the count just before it: the derived percentage after it divides the two.
                                    solved[m] = Math.round(counts[m] * solvedShare * noise);
                                    yield fmt(solved[m]) + ",,";
                                }
                                case DERIVED_PERCENT -> "," + fmt(solved[m]) + "," + fmt(counts[m]);
                                case SMALL_PERCENT, LARGE_PERCENT -> {
                                    double denominator = Math.round(
                                            (kind == Kind.SMALL_PERCENT ? 200 : 5000) * scale * (0.9 + 0.2 * noise));
                                    double share = (0.6 + 0.08 * (random.nextDouble() - 0.5)) * (lift > 1 ? 1.2 : 1);
                                    yield "," + fmt(Math.round(denominator * share)) + "," + fmt(denominator);
                                }
                                case RATE_WITH_POPULATION -> {
                                    double population = Math.round(500_000 * scale);
                                    yield "," + fmt(Math.round(population * 5 / 1000 * lift * noise)) + ","
                                            + fmt(population);
                                }
                                case RATE -> String.format(Locale.ROOT, "%.3f,,", 5 * lift * noise);
                            };
                    out.write(ref(i) + "," + period + "," + row + ",final\n");
                }
            }
        }
    }

    private static String fmt(double whole) {
        return Long.toString((long) whole);
    }
}
