package org.scrutiny.peers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.scrutiny.analysis.PeerComparison;
import org.scrutiny.series.Period;

/**
 * A force compared with a group of forces in one measure and period, as the data stood at an instant: with its
 * official Most Similar Group where one is loaded, otherwise with every force that holds the measure. Which of
 * the two it is travels with the figures, and {@link #groupLabel} says it in words; a suggestion of similar
 * forces is never used as the group.
 *
 * @param group the official group compared with; null where the comparison is with all forces
 * @param populationYear the year of the ONS mid-year populations the values are weighted by; null where none is
 *     held for the period's year or an earlier one
 */
public record GroupComparison(
        PeerMeasure measure,
        Period period,
        Instant asAt,
        Basis basis,
        PeerGroup group,
        Integer populationYear,
        PeerComparison comparison) {

    /** Which forces the force is compared with. */
    public enum Basis {
        /** The force and its official Most Similar Group, as last loaded. */
        MOST_SIMILAR_GROUP,
        /** Every force that holds the measure: there is no official group for the force. */
        ALL_FORCES
    }

    /**
     * Which forces these are, in words: {@code Suffolk and its Most Similar Group of 7 forces (source: Home Office
     * MSG, 2019; file msg.csv)} or {@code all 44 forces that hold the measure: no Most Similar Group is loaded for
     * Suffolk}.
     *
     * @param names the name to print for a force code
     */
    public String groupLabel(Function<String, String> names) {
        String name = names.apply(comparison.force());
        return switch (basis) {
            case MOST_SIMILAR_GROUP ->
                name + " and its Most Similar Group of " + group.peers().size() + " force"
                        + (group.peers().size() == 1 ? "" : "s") + " (source: " + group.source() + "; file "
                        + group.fileName() + ")";
            case ALL_FORCES ->
                (comparison.groupSize() == 1
                                ? "the only force that holds the measure"
                                : "all " + comparison.groupSize() + " forces that hold the measure")
                        + ": no Most Similar Group is loaded for " + name;
        };
    }

    /** The force's place among the forces with a value, such as {@code 2= of 8}; {@code not ranked} without one. */
    public String position() {
        return comparison
                .rank()
                .map(r -> r.position() + " of " + comparison.ranking().size())
                .orElse("not ranked");
    }

    /**
     * What the comparison finds, sentence by sentence: the force's rank, each average with its label and the
     * force's gap to it, and the best and worst.
     *
     * @param names the name to print for a force code
     * @param values how to write a force's value
     * @param averages how to write an average or a gap
     */
    public List<String> findings(
            Function<String, String> names, DoubleFunction<String> values, DoubleFunction<String> averages) {
        String subject = names.apply(comparison.force());
        List<String> findings = new ArrayList<>();
        findings.add(comparison
                .rank()
                .map(r -> subject + " is ranked " + r.position() + " of the "
                        + comparison.ranking().size() + " forces with a value.")
                .orElse(subject + " has no value for " + period + ", so it is not ranked."));
        for (PeerComparison.Average average :
                new PeerComparison.Average[] {comparison.simple(), comparison.weighted()}) {
            if (average != null) {
                String label = comparison.label(average, names);
                findings.add(Character.toUpperCase(label.charAt(0)) + label.substring(1) + ": "
                        + averages.apply(average.value()) + gap(average, subject, averages) + ".");
            }
        }
        if (comparison.weighted() == null && !comparison.ranking().isEmpty()) {
            findings.add(
                    "No population-weighted average: no population is held for " + period + " or an earlier year.");
        }
        if (comparison.best() != null) {
            findings.add("Best: "
                    + String.join(
                            ", ", comparison.best().forces().stream().map(names).toList()) + " ("
                    + values.apply(comparison.best().value()) + "). Worst: "
                    + String.join(
                            ", ",
                            comparison.worst().forces().stream().map(names).toList()) + " ("
                    + values.apply(comparison.worst().value()) + ").");
        }
        return findings;
    }

    private static String gap(PeerComparison.Average average, String subject, DoubleFunction<String> averages) {
        if (average.gap() == null) {
            return "";
        }
        if (average.gap() == 0) {
            return "; " + subject + " is on it";
        }
        return "; " + subject + " is " + averages.apply(Math.abs(average.gap())) + " "
                + (average.gap() > 0 ? "above" : "below") + " it"
                + (average.gapPercent() == null ? "" : String.format(Locale.ROOT, " (%+.1f%%)", average.gapPercent()));
    }
}
