package org.scrutiny.peers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.scrutiny.analysis.ImprovementDirection;
import org.scrutiny.analysis.PeerComparison;
import org.scrutiny.forces.Forces;
import org.scrutiny.series.Period;
import org.scrutiny.store.Database;
import org.springframework.stereotype.Repository;

/**
 * Peer comparisons read from the {@code series} and {@code observation} tables with one set of SQL on SQLite and
 * PostgreSQL: whatever the number of measures, one query finds the force's latest periods, one every force's
 * values for those periods and the forces that hold each measure, one the official group, and one or two the
 * populations.
 */
@Repository
class JdbcPeerComparisons implements PeerComparisons {
    private final Database database;

    JdbcPeerComparisons(Database database) {
        this.database = database;
    }

    @Override
    public GroupComparison compare(
            PeerMeasure measure, String force, Period period, Instant asAt, ImprovementDirection better) {
        Map<PeerMeasure, GroupComparison> compared = compareAll(Map.of(measure, better), force, period, asAt);
        if (compared.containsKey(measure)) {
            return compared.get(measure);
        }
        Set<String> unknown = new TreeSet<>(measure.measures());
        unknown.removeAll(measuresHeld(measure.measures()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Scrutiny holds no series of " + String.join(" or ", unknown)
                    + " for any force: check the measure's name, or load its data");
        }
        if (period == null) {
            throw new IllegalArgumentException(
                    force + " has no value of " + measure + " recorded by " + seconds(asAt) + " to compare");
        }
        throw new IllegalArgumentException("no force has a value of " + measure + " for " + period + " recorded by "
                + seconds(asAt) + latestHeld(measure, force, asAt));
    }

    /** An instant to the second, for a message: the milliseconds of "now" are noise there. */
    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public Map<PeerMeasure, GroupComparison> compareLatest(
            Map<PeerMeasure, ImprovementDirection> measures, String force, Instant asAt) {
        return compareAll(measures, force, null, asAt);
    }

    @Override
    public Map<PeerMeasure, GroupComparison> compareIn(
            Map<PeerMeasure, Period> periods,
            Map<PeerMeasure, ImprovementDirection> better,
            String force,
            Instant asAt) {
        return periods.isEmpty() ? Map.of() : compareEach(periods, better, force, asAt);
    }

    /**
     * Compares every measure in {@code period}, or where it is null in the latest the force has a value for; a
     * measure with no value to compare is left out.
     */
    private Map<PeerMeasure, GroupComparison> compareAll(
            Map<PeerMeasure, ImprovementDirection> wanted, String force, Period period, Instant asAt) {
        Set<String> names = new LinkedHashSet<>();
        wanted.keySet().forEach(m -> names.addAll(m.measures()));
        if (names.isEmpty()) {
            return Map.of();
        }
        Map<PeerMeasure, Period> periods = new LinkedHashMap<>();
        if (period != null) {
            wanted.keySet().forEach(m -> periods.put(m, period));
        } else {
            Map<String, Set<Period>> held = periodsOf(force, names, asAt);
            for (PeerMeasure measure : wanted.keySet()) {
                latestOfAll(measure, held).ifPresent(latest -> periods.put(measure, latest));
            }
        }
        return periods.isEmpty() ? Map.of() : compareEach(periods, wanted, force, asAt);
    }

    /** Compares each measure in its period; a measure with no value to compare is left out. */
    private Map<PeerMeasure, GroupComparison> compareEach(
            Map<PeerMeasure, Period> periods,
            Map<PeerMeasure, ImprovementDirection> wanted,
            String force,
            Instant asAt) {
        Set<String> names = new LinkedHashSet<>();
        periods.keySet().forEach(m -> names.addAll(m.measures()));
        Values values = values(names, new LinkedHashSet<>(periods.values()), asAt);
        Optional<PeerGroup> group = PeerGroups.on(database).official(force);
        Map<String, Set<String>> holders = group.isPresent() ? Map.of() : values.holders;
        Populations populations = new Populations(Forces.on(database));
        Map<PeerMeasure, GroupComparison> compared = new LinkedHashMap<>();
        periods.forEach((measure, at) -> {
            Set<String> forces = new LinkedHashSet<>();
            forces.add(force);
            if (group.isPresent()) {
                forces.addAll(group.get().peers());
            } else {
                measure.measures().forEach(name -> forces.addAll(holders.getOrDefault(name, Set.of())));
            }
            Populations.Year year = populations.of(at);
            List<PeerComparison.Value> row = new ArrayList<>();
            boolean anyValue = false;
            for (String code : forces) {
                PeerComparison.Value value = values.of(measure, code, at, year.population(code));
                anyValue |= value.value() != null;
                row.add(value);
            }
            if (anyValue) {
                compared.put(
                        measure,
                        new GroupComparison(
                                measure,
                                at,
                                asAt,
                                group.isPresent()
                                        ? GroupComparison.Basis.MOST_SIMILAR_GROUP
                                        : GroupComparison.Basis.ALL_FORCES,
                                group.orElse(null),
                                year.year(),
                                PeerComparison.of(
                                        force, row, wanted.getOrDefault(measure, ImprovementDirection.NEITHER))));
            }
        });
        return compared;
    }

    /** The latest period the force has every measure read for {@code measure} in. */
    private static Optional<Period> latestOfAll(PeerMeasure measure, Map<String, Set<Period>> held) {
        TreeSet<Period> common = null;
        for (String name : measure.measures()) {
            Set<Period> periods = held.getOrDefault(name, Set.of());
            if (common == null) {
                common = new TreeSet<>(periods);
            } else {
                common.retainAll(periods);
            }
        }
        return common == null || common.isEmpty() ? Optional.empty() : Optional.of(common.last());
    }

    /** Each measure's periods that the force has a revision of, recorded by {@code asAt}. */
    private Map<String, Set<Period>> periodsOf(String force, Set<String> names, Instant asAt) {
        Map<String, Set<Period>> held = new HashMap<>();
        Map<String, Period> parsed = new HashMap<>();
        database.jdbc()
                .sql("""
                        SELECT DISTINCT s.measure, o.period
                        FROM observation o JOIN series s ON s.id = o.series_id
                        WHERE s.measure IN (:measures) AND s.force_code = :force AND s.breakdown = ''
                          AND o.recorded_at <= :asAt
                        """)
                .param("measures", List.copyOf(names))
                .param("force", force)
                .param("asAt", asAt.toEpochMilli())
                .query(rs -> {
                    held.computeIfAbsent(rs.getString(1), m -> new TreeSet<>())
                            .add(parsed.computeIfAbsent(rs.getString(2), Period::parse));
                });
        return held;
    }

    private Set<String> measuresHeld(List<String> names) {
        return new TreeSet<>(database.jdbc()
                .sql("SELECT DISTINCT measure FROM series WHERE measure IN (:measures) AND breakdown = ''")
                .param("measures", names)
                .query(String.class)
                .list());
    }

    /** Where the force has values of the measure, the latest of their periods, to suggest in a message. */
    private String latestHeld(PeerMeasure measure, String force, Instant asAt) {
        return latestOfAll(measure, periodsOf(force, new LinkedHashSet<>(measure.measures()), asAt))
                .map(p -> " (the latest " + force + " has is " + p + ")")
                .orElse(" (" + force + " has none)");
    }

    /**
     * Every force's latest revision of each measure in each period, recorded by {@code asAt}, and the forces that hold
     * each measure: those with a revision of any period recorded by then. All of them make the group where there is no
     * official one, and those with no value for the period compared are named as missing. One query reads both: a
     * force with a value in the period holds the measure, so only the series without one have their revisions looked
     * through, where a query of the holders alone looked through every series a second time.
     */
    private Values values(Set<String> names, Set<Period> periods, Instant asAt) {
        Values values = new Values();
        Map<String, Period> parsed = new HashMap<>();
        periods.forEach(p -> parsed.put(p.toString(), p));
        database.jdbc()
                .sql("""
                        SELECT s.measure, s.force_code, o.period, o.value, o.numerator, o.denominator
                        FROM series s
                        LEFT JOIN observation o
                          ON o.series_id = s.id AND o.period IN (:periods) AND o.recorded_at <= :asAt
                        WHERE s.measure IN (:measures) AND s.breakdown = ''
                          AND (o.series_id IS NOT NULL
                               OR EXISTS (SELECT 1 FROM observation x WHERE x.series_id = s.id AND x.recorded_at <= :asAt))
                        ORDER BY s.force_code, o.revision
                        """)
                .param("measures", List.copyOf(names))
                .param("periods", List.copyOf(parsed.keySet()))
                .param("asAt", asAt.toEpochMilli())
                .query(rs -> {
                    // In order of force, so each measure's holders are; and of revision, so a later revision of a
                    // period replaces an earlier one.
                    String measure = rs.getString(1);
                    String force = rs.getString(2);
                    values.holders
                            .computeIfAbsent(measure, m -> new LinkedHashSet<>())
                            .add(force);
                    String period = rs.getString(3);
                    if (period != null) {
                        values.held.put(
                                new Key(measure, force, parsed.get(period)),
                                new Held(doubleOrNull(rs, 4), doubleOrNull(rs, 5), doubleOrNull(rs, 6)));
                    }
                });
        return values;
    }

    private static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private record Key(String measure, String force, Period period) {}

    private record Held(Double value, Double numerator, Double denominator) {}

    private static final class Values {
        final Map<Key, Held> held = new HashMap<>();
        final Map<String, Set<String>> holders = new HashMap<>();

        PeerComparison.Value of(PeerMeasure measure, String force, Period period, Double population) {
            return switch (measure) {
                case PeerMeasure.Stored stored -> {
                    Held value = held.get(new Key(stored.measure(), force, period));
                    yield value == null
                            ? PeerComparison.Value.of(force, null, population)
                            : new PeerComparison.Value(
                                    force, value.value(), population, value.numerator(), value.denominator());
                }
                case PeerMeasure.Ratio ratio -> {
                    Held numerator = held.get(new Key(ratio.numerator(), force, period));
                    Held denominator = held.get(new Key(ratio.denominator(), force, period));
                    if (numerator == null
                            || denominator == null
                            || numerator.value() == null
                            || denominator.value() == null
                            || denominator.value() <= 0) {
                        yield PeerComparison.Value.of(force, null, population);
                    }
                    yield new PeerComparison.Value(
                            force,
                            numerator.value() / denominator.value() * ratio.multiplier(),
                            population,
                            numerator.value(),
                            denominator.value());
                }
            };
        }
    }

    /**
     * The ONS mid-year populations to weight a period's values by, by the rule the stored rates per 1,000 follow
     * (docs/data-sources.md): the estimate for the year whose 30 June the period spans — a rolling year to March
     * 2018 takes mid-2017 — or, for a period that spans no 30 June, such as a month, the year it ends in; where
     * that year is not held, the latest earlier one; where none is, no weights.
     */
    static final class Populations {
        private final Forces forces;
        private List<Integer> held;
        private final Map<Integer, Map<String, Long>> byYear = new HashMap<>();

        Populations(Forces forces) {
            this.forces = forces;
        }

        record Year(Integer year, Map<String, Long> populations) {
            Double population(String force) {
                Long population = populations.get(force);
                return population == null ? null : population.doubleValue();
            }
        }

        Year of(Period period) {
            if (held == null) {
                held = forces.populationYears();
            }
            int wanted = yearOf(period);
            Integer year =
                    held.stream().filter(y -> y <= wanted).reduce((a, b) -> b).orElse(null);
            return year == null
                    ? new Year(null, Map.of())
                    : new Year(year, byYear.computeIfAbsent(year, forces::populations));
        }

        static int yearOf(Period period) {
            LocalDate end = period.end();
            int year = LocalDate.of(end.getYear(), 6, 30).isAfter(end) ? end.getYear() - 1 : end.getYear();
            return LocalDate.of(year, 6, 30).isBefore(period.start()) ? end.getYear() : year;
        }
    }
}
