package org.scrutiny.analysis;

/**
 * The choices behind a funnel plot, with FunnelPlotR 0.6.0's default choices in {@link #defaults()}.
 *
 * @param trimBy the fraction trimmed at each end of the z-scores before estimating overdispersion
 * @param outerLimit whether outliers are judged against the 99.8% limits (true) or the 95% ones
 * @param multiplier scales ratios and limits for display (100 for a percentage)
 * @param adjusted whether to widen the limits for overdispersion, when there is any
 * @param reproducesFunnelPlotR whether to repeat FunnelPlotR 0.6.0's two mistakes (CQC limits left on the
 *     square-root scale; ratio-of-counts limits with the wrong standard error) instead of drawing correct
 *     limits; for checking against its outputs, see docs/funnel-plots.md
 */
public record FunnelSettings(
        FunnelDataType dataType,
        StandardisedRatioMethod ratioMethod,
        double trimBy,
        boolean outerLimit,
        double multiplier,
        boolean adjusted,
        boolean reproducesFunnelPlotR) {

    public FunnelSettings {
        if (!(trimBy > 0 && trimBy < 0.5)) {
            throw new IllegalArgumentException("trimBy must lie between 0 and 0.5: " + trimBy);
        }
    }

    public static FunnelSettings defaults() {
        return new FunnelSettings(
                FunnelDataType.STANDARDISED_RATIO, StandardisedRatioMethod.SHMI, 0.1, true, 1, true, false);
    }

    public FunnelSettings withDataType(FunnelDataType value) {
        return new FunnelSettings(value, ratioMethod, trimBy, outerLimit, multiplier, adjusted, reproducesFunnelPlotR);
    }

    public FunnelSettings withRatioMethod(StandardisedRatioMethod value) {
        return new FunnelSettings(dataType, value, trimBy, outerLimit, multiplier, adjusted, reproducesFunnelPlotR);
    }

    public FunnelSettings withTrimBy(double value) {
        return new FunnelSettings(
                dataType, ratioMethod, value, outerLimit, multiplier, adjusted, reproducesFunnelPlotR);
    }

    /** Judges outliers against the 95% limits rather than the 99.8% ones. */
    public FunnelSettings withInnerLimit() {
        return new FunnelSettings(dataType, ratioMethod, trimBy, false, multiplier, adjusted, reproducesFunnelPlotR);
    }

    public FunnelSettings withMultiplier(double value) {
        return new FunnelSettings(dataType, ratioMethod, trimBy, outerLimit, value, adjusted, reproducesFunnelPlotR);
    }

    public FunnelSettings withAdjusted(boolean value) {
        return new FunnelSettings(dataType, ratioMethod, trimBy, outerLimit, multiplier, value, reproducesFunnelPlotR);
    }

    /** Draws the limits as FunnelPlotR 0.6.0 does, mistakes and all, so that its outputs can be matched. */
    public FunnelSettings asFunnelPlotR() {
        return new FunnelSettings(dataType, ratioMethod, trimBy, outerLimit, multiplier, adjusted, true);
    }

    boolean truncates() {
        return dataType == FunnelDataType.STANDARDISED_RATIO && ratioMethod == StandardisedRatioMethod.SHMI;
    }
}
