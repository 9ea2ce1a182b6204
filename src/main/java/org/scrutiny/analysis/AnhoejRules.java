package org.scrutiny.analysis;

/**
 * The Anhøj rules for non-random variation in a run or control chart (Anhøj and Olesen 2014), computed as
 * qicharts2 computes them: an unusually long run (Schilling 2012) or unusually few crossings (Chen 2010).
 *
 * <p>Only useful observations count: a missing value, or a value exactly on the centre line, neither makes
 * nor breaks a run.
 */
public final class AnhoejRules {

    private AnhoejRules() {}

    /** The longest run expected of random variation among {@code useful} observations. */
    public static int longestRunLimit(int useful) {
        if (useful < 1) {
            throw new IllegalArgumentException("needs at least one useful observation, got " + useful);
        }
        // log2 of an integer is never exactly k + ½, so R's round-half-even and Math.round agree here.
        return (int) Math.round(Math.log(useful) / Math.log(2)) + 3;
    }

    /** The fewest crossings expected of random variation among {@code useful} observations. */
    public static int crossingsLimit(int useful) {
        if (useful < 1) {
            throw new IllegalArgumentException("needs at least one useful observation, got " + useful);
        }
        return halfBinomialQuantile(0.05, useful - 1);
    }

    /**
     * The lower {@code p} quantile of Binomial({@code trials}, ½): the least k with P(X ≤ k) ≥ p, as R's
     * {@code qbinom(p, trials, 0.5)}.
     */
    static int halfBinomialQuantile(double p, int trials) {
        if (trials < 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("trials " + trials + ", p " + p);
        }
        // R's qbinom forgives the last few bits of rounding in the summed CDF; so do we.
        double target = p * (1 - 64 * Math.ulp(1.0));
        // The CDF is (sum of C(trials, j) for j ≤ k) × 2^-trials. The binomial coefficients overflow and
        // 2^-trials underflows beyond a thousand trials, so the sum is carried as mantissa × 2^exponent, with
        // the exponent exact: every step is a single rounding, whatever the number of trials.
        double term = 1;
        double sum = 1;
        int exponent = -trials;
        for (int k = 0; k < trials; k++) {
            if (Math.scalb(sum, exponent) >= target) {
                return k;
            }
            term *= (double) (trials - k) / (k + 1);
            sum += term;
            if (sum > 0x1p500) {
                term = Math.scalb(term, -500);
                sum = Math.scalb(sum, -500);
                exponent += 500;
            }
        }
        return trials;
    }

    /**
     * Analyses the points {@code from} (inclusive) to {@code to} (exclusive) against their centre lines,
     * leaving out those not {@code included}.
     *
     * @param orderMeaningful false for moving ranges and categorical subgroups, whose order carries no
     *     information about shifts: the counts are reported but never signal
     */
    public static QicRuns analyse(
            double[] values, double[] centre, boolean[] included, int from, int to, boolean orderMeaningful) {
        int observations = 0;
        int useful = 0;
        int runs = 0;
        int longest = 0;
        int current = 0;
        int previousSide = 0;
        for (int i = from; i < to; i++) {
            if (!included[i]) {
                continue;
            }
            observations++;
            double difference = values[i] - centre[i];
            if (Double.isNaN(difference) || difference == 0) {
                continue;
            }
            useful++;
            int side = difference > 0 ? 1 : -1;
            if (side == previousSide) {
                current++;
            } else {
                runs++;
                current = 1;
                previousSide = side;
            }
            longest = Math.max(longest, current);
        }
        if (useful == 0) {
            return new QicRuns(observations, 0, 0, 0, 0, 0, false);
        }
        int longestLimit = longestRunLimit(useful);
        int crossings = runs - 1;
        int crossingsLimit = crossingsLimit(useful);
        boolean signal = orderMeaningful && (longest > longestLimit || crossings < crossingsLimit);
        return new QicRuns(observations, useful, longest, longestLimit, crossings, crossingsLimit, signal);
    }
}
