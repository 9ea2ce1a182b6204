package org.scrutiny.analysis;

/**
 * The standard gamma distribution (scale 1): its regularised lower incomplete gamma function and quantiles,
 * which give exact Poisson limits (a chi-square on 2k degrees of freedom, halved, is a gamma of shape k).
 */
final class GammaDistribution {

    private static final double EPSILON = 1e-16;
    private static final int MAX_ITERATIONS = 10_000;
    // Lanczos approximation, g = 7, nine terms: about 15 significant digits for positive arguments.
    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    private GammaDistribution() {}

    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + LANCZOS_G + 0.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** P(shape, x): the probability that a gamma variable of this shape is at most x. */
    static double cdf(double shape, double x) {
        if (x <= 0) {
            return 0;
        }
        double logPrefix = shape * Math.log(x) - x - logGamma(shape);
        if (x < shape + 1) {
            // Series: sum of x^n / (shape (shape+1) ... (shape+n)).
            double term = 1 / shape;
            double sum = term;
            for (int n = 1; n < MAX_ITERATIONS && Math.abs(term) > Math.abs(sum) * EPSILON; n++) {
                term *= x / (shape + n);
                sum += term;
            }
            return sum * Math.exp(logPrefix);
        }
        // Continued fraction for the upper tail, evaluated by the modified Lentz method.
        double tiny = 1e-300;
        double b = x + 1 - shape;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - shape);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < tiny ? tiny : d;
            c = b + an / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return 1 - Math.exp(logPrefix) * h;
    }

    /** The x at which {@link #cdf} reaches p, by Newton's method kept inside a shrinking bracket. */
    static double quantile(double shape, double p) {
        if (!(p > 0 && p < 1) || !(shape > 0)) {
            throw new IllegalArgumentException("quantile needs 0 < p < 1 and shape > 0");
        }
        double low = 0;
        double high = Math.max(1, shape);
        while (cdf(shape, high) < p) {
            low = high;
            high *= 2;
        }
        double x = Math.max(Math.min(shape, high), (low + high) / 2);
        for (int i = 0; i < 200; i++) {
            double f = cdf(shape, x) - p;
            if (f == 0) {
                return x;
            }
            if (f < 0) {
                low = x;
            } else {
                high = x;
            }
            double density = Math.exp((shape - 1) * Math.log(x) - x - logGamma(shape));
            double next = x - f / density;
            if (!(next > low && next < high)) {
                next = (low + high) / 2;
            }
            if (Math.abs(next - x) <= 1e-15 * Math.abs(x) || high - low <= 1e-15 * high) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
