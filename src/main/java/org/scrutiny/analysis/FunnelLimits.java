package org.scrutiny.analysis;

/** A lower and an upper funnel limit at one denominator, on the plotted scale (multiplier applied). */
public record FunnelLimits(double lower, double upper) {

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
