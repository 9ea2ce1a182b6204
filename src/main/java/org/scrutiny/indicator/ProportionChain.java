package org.scrutiny.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A chain of proportions in a plan: a count, then derived indicators each of which is a proportion of the
 * count before it, such as Suffolk's crimes → investigation possible → victim supports prosecution → solved.
 * The first step's denominator is the count; each later step's denominator is the step before's numerator.
 * Plans say nothing of chains: they are read from the {@code derived} indicators.
 *
 * @param count the count the chain starts from, which names it
 * @param steps two or more, in order
 */
public record ProportionChain(Indicator count, List<Step> steps) {

    /** Chains shorter than this are a single proportion, which the indicator page already shows. */
    static final int FEWEST_STEPS = 2;

    public ProportionChain {
        steps = List.copyOf(steps);
    }

    /**
     * One step: a proportion and the counts it is made of.
     *
     * @param proportion the derived indicator, numerator ÷ denominator × its multiplier
     * @param numerator the count this step keeps, and the next step's denominator
     * @param denominator the count before: the chain's count or the step before's numerator
     */
    public record Step(Indicator proportion, Indicator numerator, Indicator denominator) {

        public double multiplier() {
            return proportion.derivation().multiplier();
        }
    }

    /** The reference of the count it starts from, which addresses it in its plan. */
    public String ref() {
        return count.ref();
    }

    public String name() {
        return count.name();
    }

    /** The counts from the first to the last step's numerator: one more than the steps. */
    public List<Indicator> counts() {
        List<Indicator> counts = new ArrayList<>(steps.size() + 1);
        counts.add(count);
        steps.forEach(step -> counts.add(step.numerator()));
        return counts;
    }

    /**
     * The chains of a plan's indicators, in the order of their first counts. A chain starts at a count that is
     * not itself a later count of another chain, so the tail of a chain is never listed as a chain of its own;
     * where a count branches into more than one chain, the longest is taken, and of equally long ones the first
     * in plan order.
     *
     * @param indicators every indicator of the plan, in plan order
     */
    public static List<ProportionChain> in(List<Indicator> indicators) {
        Map<String, Indicator> byRef = new LinkedHashMap<>();
        indicators.forEach(i -> byRef.putIfAbsent(i.ref(), i));
        Map<String, List<Step>> stepsFrom = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            Indicator.Derivation derivation = indicator.derivation();
            if (derivation == null) {
                continue;
            }
            Indicator numerator = byRef.get(derivation.numeratorRef());
            Indicator denominator = byRef.get(derivation.denominatorRef());
            if (isCount(numerator) && isCount(denominator) && numerator != denominator) {
                stepsFrom
                        .computeIfAbsent(denominator.ref(), ref -> new ArrayList<>())
                        .add(new Step(indicator, numerator, denominator));
            }
        }
        List<ProportionChain> all = new ArrayList<>();
        for (Indicator indicator : byRef.values()) {
            if (stepsFrom.containsKey(indicator.ref())) {
                Set<String> visited = new HashSet<>(Set.of(indicator.ref()));
                List<Step> steps = longest(indicator.ref(), stepsFrom, visited);
                if (steps.size() >= FEWEST_STEPS) {
                    all.add(new ProportionChain(indicator, steps));
                }
            }
        }
        Set<String> later = new HashSet<>();
        all.forEach(chain ->
                chain.steps().forEach(step -> later.add(step.numerator().ref())));
        return all.stream().filter(chain -> !later.contains(chain.ref())).toList();
    }

    /** The chain of a plan's indicators that starts at the count with this reference, if there is one. */
    public static Optional<ProportionChain> startingAt(List<Indicator> indicators, String ref) {
        return in(indicators).stream().filter(c -> c.ref().equals(ref)).findFirst();
    }

    private static boolean isCount(Indicator indicator) {
        return indicator != null && indicator.derivation() == null && indicator.unit() == Unit.COUNT;
    }

    /** The longest run of steps from a count, visiting no count twice: a plan may loop, a chain may not. */
    private static List<Step> longest(String from, Map<String, List<Step>> stepsFrom, Set<String> visited) {
        List<Step> best = List.of();
        for (Step step : stepsFrom.getOrDefault(from, List.of())) {
            String next = step.numerator().ref();
            if (!visited.add(next)) {
                continue;
            }
            List<Step> run = new ArrayList<>();
            run.add(step);
            run.addAll(longest(next, stepsFrom, visited));
            visited.remove(next);
            if (run.size() > best.size()) {
                best = run;
            }
        }
        return best;
    }
}
