package org.scrutiny.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A force's place among a group of forces in one measure and period: its rank, ties shared; the group's
 * simple and weighted averages; its best and worst; and the force's gap to each average.
 *
 * <p>The force is a member of the group it is compared with: it is ranked with the others and counted in both
 * averages, as the HMIC Crime and Policing Comparator counted a force in its Most Similar Group's average
 * (docs/peer-comparison.md gives the source and the alternatives). Every {@linkplain #label label} of an
 * average says how many forces it is of and whether the force is one of them. A force of the group with no
 * value for the period is {@linkplain #missing named}, never silently left out.
 *
 * @param force the force compared
 * @param better which way is better: rank 1 is the lowest value where lower is better, otherwise the highest
 * @param ranking the forces with a value, rank 1 first; forces that tie share the rank of the first of them
 *     (standard competition ranking: 1, 2=, 2=, 4) and are in order of force code
 * @param missing the forces of the group with no value (none given, or not a finite number), in the order given
 * @param simple the mean of the ranked forces' values, each counting once; null when none has a value
 * @param weighted the mean weighted by population, or by denominator where every value is a rate of a numerator
 *     and a denominator (see {@link Weighting}); null when no ranked force has a weight
 * @param best the best value and the forces that have it; null when none has a value, or where neither way is
 *     better
 * @param worst the worst value and the forces that have it; null as {@code best} is
 */
public record PeerComparison(
        String force,
        ImprovementDirection better,
        List<Ranked> ranking,
        List<String> missing,
        Average simple,
        Average weighted,
        Extreme best,
        Extreme worst) {

    public PeerComparison {
        ranking = List.copyOf(ranking);
        missing = List.copyOf(missing);
    }

    /**
     * One force's value for the comparison.
     *
     * @param value null where the force has none for the period
     * @param population the resident population to weight the value by, or null where none is held
     * @param numerator the count the value is a rate or proportion of, or null
     * @param denominator the count it is a rate or proportion per, or null
     */
    public record Value(String force, Double value, Double population, Double numerator, Double denominator) {

        /** A value with a population to weight it by and no numerator or denominator, such as a count. */
        public static Value of(String force, Double value, Double population) {
            return new Value(force, value, population, null, null);
        }

        boolean hasValue() {
            return value != null && Double.isFinite(value);
        }

        boolean hasPopulation() {
            return population != null && Double.isFinite(population) && population > 0;
        }

        boolean isRate() {
            return numerator != null && denominator != null && Double.isFinite(numerator) && denominator > 0;
        }
    }

    /**
     * A force's place in the ranking.
     *
     * @param tied whether another force has the same value, and so the same rank
     * @param population the population its value would be weighted by, or null where none is held
     * @param numerator the count its value is a rate or proportion of, or null; a funnel plot draws it
     * @param denominator the count its value is a rate or proportion per, or null
     */
    public record Ranked(
            int rank,
            boolean tied,
            String force,
            double value,
            Double population,
            Double numerator,
            Double denominator) {

        /** The rank as tables print it: {@code 2=} for a shared rank, {@code 4} otherwise. */
        public String position() {
            return rank + (tied ? "=" : "");
        }
    }

    /**
     * How a weighted average weighs the forces. Where every value is a rate of a numerator and a denominator, the
     * mean weighted by denominator is the group's rate as one body, Σ numerator ÷ Σ denominator × the multiplier
     * (1,000 for a rate per 1,000, 100 for a percentage): forces count in proportion to what the rate is of.
     */
    public enum Weighting {
        /** Each force counts once. */
        SIMPLE("simple average"),
        /** Each force counts in proportion to its resident population. */
        POPULATION("population-weighted average"),
        /** Each force counts in proportion to its denominator: Σ numerator ÷ Σ denominator. */
        DENOMINATOR("average weighted by denominator");

        private final String words;

        Weighting(String words) {
            this.words = words;
        }

        /** The average's name in a label: {@code population-weighted average}. */
        public String words() {
            return words;
        }
    }

    /**
     * An average of the group's values.
     *
     * @param pooled whether it is Σ numerator ÷ Σ denominator × the multiplier: every force's value is a rate and
     *     is weighted by its denominator. A rate per 1,000 residents is weighted by {@link Weighting#POPULATION}
     *     and pooled, its denominators being the populations.
     * @param forces the forces averaged, in rank order
     * @param withoutWeight forces with a value but no population, left out of a weighted average; empty for a
     *     simple one
     * @param gap the force's value less the average, or null where the force has no value
     * @param gapPercent the gap as a percentage of the average, or null where there is no gap or the average is 0
     */
    public record Average(
            Weighting weighting,
            boolean pooled,
            double value,
            List<String> forces,
            List<String> withoutWeight,
            Double gap,
            Double gapPercent) {

        public Average {
            forces = List.copyOf(forces);
            withoutWeight = List.copyOf(withoutWeight);
        }
    }

    /** The best or the worst value of the group and the forces that have it, in order of force code. */
    public record Extreme(double value, List<String> forces) {
        public Extreme {
            forces = List.copyOf(forces);
        }
    }

    /**
     * Compares a force with the forces of its group.
     *
     * @param values a value for each force of the group, the force itself included, each force once
     * @throws IllegalArgumentException if the force is not among the values, or a force is given twice
     */
    public static PeerComparison of(String force, List<Value> values, ImprovementDirection better) {
        Set<String> seen = new HashSet<>();
        for (Value value : values) {
            if (!seen.add(value.force())) {
                throw new IllegalArgumentException(value.force() + " is given twice");
            }
        }
        if (!seen.contains(force)) {
            throw new IllegalArgumentException(force + " is not among the forces compared");
        }
        List<Value> valued = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Value value : values) {
            if (value.hasValue()) {
                valued.add(value);
            } else {
                missing.add(value.force());
            }
        }
        valued.sort(bestFirst(better).thenComparing(Value::force));
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < valued.size(); i++) {
            Value value = valued.get(i);
            // Ties are exact: two forces tie when their values are the same number, as counts and rates of the
            // same counts over the same population are.
            boolean tiedBefore =
                    i > 0 && valued.get(i - 1).value() == value.value().doubleValue();
            boolean tiedAfter = i + 1 < valued.size()
                    && valued.get(i + 1).value() == value.value().doubleValue();
            int rank = tiedBefore ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new Ranked(
                    rank,
                    tiedBefore || tiedAfter,
                    value.force(),
                    value.value(),
                    value.population(),
                    value.numerator(),
                    value.denominator()));
        }
        Double forceValue = valued.stream()
                .filter(v -> v.force().equals(force))
                .map(Value::value)
                .findFirst()
                .orElse(null);
        Extreme best = null;
        Extreme worst = null;
        if (!ranking.isEmpty() && better != ImprovementDirection.NEITHER) {
            best = extreme(ranking, ranking.getFirst().value());
            worst = extreme(ranking, ranking.getLast().value());
        }
        return new PeerComparison(
                force, better, ranking, missing, simple(valued, forceValue), weighted(valued, forceValue), best, worst);
    }

    /** The force's place in the ranking, if it has a value. */
    public Optional<Ranked> rank() {
        return ranking.stream().filter(r -> r.force().equals(force)).findFirst();
    }

    /** How many forces the group has: those ranked and those {@linkplain #missing missing}. */
    public int groupSize() {
        return ranking.size() + missing.size();
    }

    /** Which way the ranking runs, for a table's caption: {@code rank 1 is the lowest value (lower is better)}. */
    public String order() {
        return switch (better) {
            case DECREASE -> "rank 1 is the lowest value (lower is better)";
            case INCREASE -> "rank 1 is the highest value (higher is better)";
            case NEITHER -> "rank 1 is the highest value (neither way is better, so this is not a judgement)";
        };
    }

    /**
     * What an average of this comparison is of, in words: {@code simple average of the 8 forces with a value,
     * Suffolk included}.
     *
     * @param names the name to print for a force code
     */
    public String label(Average average, Function<String, String> names) {
        StringBuilder label = new StringBuilder(average.weighting().words());
        if (average.pooled()) {
            label.append(
                    average.weighting() == Weighting.POPULATION
                            ? " (Σ numerator ÷ Σ population)"
                            : " (Σ numerator ÷ Σ denominator)");
        }
        int count = average.forces().size();
        label.append(count == 1 ? " of 1 force" : " of the " + count + " forces")
                .append(
                        average.weighting() == Weighting.POPULATION && !average.pooled()
                                ? " with a value and a population"
                                : " with a value");
        String name = names.apply(force);
        if (average.forces().contains(force)) {
            label.append(count == 1 ? ", " + name + " alone" : ", " + name + " included");
        } else if (rank().isEmpty()) {
            label.append(", not including ").append(name).append(", which has no value");
        } else {
            label.append(", not including ").append(name).append(", which has no population held");
        }
        List<String> others = average.withoutWeight().stream()
                .filter(f -> !f.equals(force))
                .map(names)
                .toList();
        if (!others.isEmpty()) {
            label.append("; left out for want of a population: ").append(String.join(", ", others));
        }
        return label.toString();
    }

    private static Comparator<Value> bestFirst(ImprovementDirection better) {
        Comparator<Value> ascending = Comparator.comparingDouble(Value::value);
        return better == ImprovementDirection.DECREASE ? ascending : ascending.reversed();
    }

    private static Extreme extreme(List<Ranked> ranking, double value) {
        return new Extreme(
                value,
                ranking.stream()
                        .filter(r -> r.value() == value)
                        .map(Ranked::force)
                        .sorted()
                        .toList());
    }

    private static Average simple(List<Value> valued, Double forceValue) {
        if (valued.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Value value : valued) {
            sum += value.value();
        }
        return average(Weighting.SIMPLE, false, sum / valued.size(), valued, List.of(), forceValue);
    }

    private static Average weighted(List<Value> valued, Double forceValue) {
        if (valued.isEmpty()) {
            return null;
        }
        if (valued.stream().allMatch(Value::isRate)) {
            // Σ(denominator × value) ÷ Σ denominator is Σ numerator ÷ Σ denominator × the multiplier, as each value
            // is numerator ÷ denominator × the multiplier, without the multiplier having to be known.
            double weights = 0;
            double sum = 0;
            boolean perHead = true;
            for (Value value : valued) {
                weights += value.denominator();
                sum += value.denominator() * value.value();
                perHead &= value.population() != null && value.population().equals(value.denominator());
            }
            return average(
                    perHead ? Weighting.POPULATION : Weighting.DENOMINATOR,
                    true,
                    sum / weights,
                    valued,
                    List.of(),
                    forceValue);
        }
        List<Value> weighed = valued.stream().filter(Value::hasPopulation).toList();
        if (weighed.isEmpty()) {
            return null;
        }
        double weights = 0;
        double sum = 0;
        for (Value value : weighed) {
            weights += value.population();
            sum += value.population() * value.value();
        }
        List<String> without = valued.stream()
                .filter(v -> !v.hasPopulation())
                .map(Value::force)
                .toList();
        return average(Weighting.POPULATION, false, sum / weights, weighed, without, forceValue);
    }

    private static Average average(
            Weighting weighting,
            boolean pooled,
            double value,
            List<Value> averaged,
            List<String> withoutWeight,
            Double forceValue) {
        Double gap = forceValue == null ? null : forceValue - value;
        Double gapPercent = gap == null || value == 0 ? null : gap / Math.abs(value) * 100;
        return new Average(
                weighting, pooled, value, averaged.stream().map(Value::force).toList(), withoutWeight, gap, gapPercent);
    }
}
