package org.scrutiny.analysis;

/**
 * The limits a funnel plot draws at one denominator, on the plotted scale: widened for overdispersion when
 * the plot is adjusted, exact Poisson for standardised ratios when it is not.
 */
public record FunnelBand(double denominator, FunnelLimits limits95, FunnelLimits limits998) {}
