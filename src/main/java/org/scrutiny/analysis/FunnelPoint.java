package org.scrutiny.analysis;

/**
 * One unit on a funnel plot: its data, where it sits on the transformed scale, and the limits at its
 * denominator.
 *
 * @param ratio numerator over denominator, without the multiplier
 * @param transformed the ratio on the scale the z-score is taken on (log, square root or arcsine square root)
 * @param zScore the z-score before any allowance for overdispersion
 * @param trimmedZScore the z-score after winsorising, or NaN where SHMI truncation left the unit out
 * @param trimmed whether the unit was truncated or winsorised
 * @param standardError the standard error, on the transformed scale, that the limits are drawn with at this
 *     denominator and the z-score is taken with; reproducing FunnelPlotR, for ratios of counts its limits'
 *     1/(2√denominator), which is not its z-score's (docs/funnel-plots.md)
 * @param limits95 95% limits without overdispersion (exact Poisson for standardised ratios)
 * @param limits998 99.8% limits without overdispersion
 * @param adjustedLimits95 95% limits by the normal approximation with tau² added (tau² is 0 when unadjusted)
 * @param adjustedLimits998 99.8% limits likewise
 * @param outlier outside the limits the plot judges by ({@link FunnelPlot#judgedLimits(FunnelPoint)})
 */
public record FunnelPoint(
        String group,
        double numerator,
        double denominator,
        double ratio,
        double transformed,
        double zScore,
        double trimmedZScore,
        boolean trimmed,
        double standardError,
        FunnelLimits limits95,
        FunnelLimits limits998,
        FunnelLimits adjustedLimits95,
        FunnelLimits adjustedLimits998,
        boolean outlier) {}
