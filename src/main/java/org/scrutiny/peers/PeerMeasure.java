package org.scrutiny.peers;

import java.util.List;
import java.util.Locale;

/**
 * What forces are compared in: a measure held for each force, or a ratio of two, such as a solved rate (crimes
 * solved ÷ crimes where an investigation was possible × 100), worked out for each force from its own numerator
 * and denominator.
 */
public sealed interface PeerMeasure {

    static PeerMeasure of(String measure) {
        return new Stored(measure);
    }

    static PeerMeasure ratio(String numerator, String denominator, double multiplier) {
        return new Ratio(numerator, denominator, multiplier);
    }

    /** The measures read to compare it. */
    List<String> measures();

    /** A measure as it is held: {@code home-office/crime-per-1000/total}. */
    record Stored(String measure) implements PeerMeasure {
        public List<String> measures() {
            return List.of(measure);
        }

        @Override
        public String toString() {
            return measure;
        }
    }

    /**
     * Numerator ÷ denominator × multiplier, for each force and period where both are held and the denominator is
     * more than 0.
     */
    record Ratio(String numerator, String denominator, double multiplier) implements PeerMeasure {
        public List<String> measures() {
            return List.of(numerator, denominator);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s ÷ %s × %s", numerator, denominator, multiplier(multiplier));
        }

        private static String multiplier(double multiplier) {
            return multiplier == Math.rint(multiplier)
                    ? String.format(Locale.ROOT, "%,d", (long) multiplier)
                    : Double.toString(multiplier);
        }
    }
}
