package org.scrutiny.analysis;

/**
 * One point of an XmR chart: its value, the mean and limits of its rebase group, where it lies against
 * them, and what kind of special cause it is, if any. A gap (a period with no value) is a point too, so
 * that indices match the input; its value is NaN and its type {@link XmrPointType#MISSING}.
 *
 * @param index position in the input series
 * @param value the value, NaN for a gap
 * @param rebaseGroup the rebase group the point belongs to; see {@link XmrLimits#rebaseGroup()}
 * @param inBaseline whether the value helped set the limits (false for points after fixed limits)
 * @param outsideLimits strictly above the upper or below the lower process limit
 * @param relativeToMean +1 above the mean, -1 below, 0 on it (and for a gap)
 * @param closeToLimits beyond a 2-sigma line but not outside the limits, as NHSRplotthedots defines it
 * @param firedRules the rules that fired on the point, one bit per {@link SpecialCauseRule} ordinal;
 *     see {@link #firedBy(SpecialCauseRule)}
 * @param specialCause the rule and side that name the point, the first fired in precedence
 * @param shortGroup the point's rebase group has fewer points than recommended (trial limits)
 */
public record XmrPoint(
        int index,
        double value,
        int rebaseGroup,
        double mean,
        double lowerLimit,
        double upperLimit,
        double lowerTwoSigma,
        double upperTwoSigma,
        boolean inBaseline,
        boolean outsideLimits,
        int relativeToMean,
        boolean closeToLimits,
        int firedRules,
        SpecialCause specialCause,
        XmrPointType pointType,
        boolean shortGroup) {

    public boolean isMissing() {
        return Double.isNaN(value);
    }

    public boolean isSpecialCause() {
        return specialCause.isSpecial();
    }

    /** Whether the rule fired on this point, whether or not a rule of higher precedence names it. */
    public boolean firedBy(SpecialCauseRule rule) {
        return (firedRules & rule.bit()) != 0;
    }
}
