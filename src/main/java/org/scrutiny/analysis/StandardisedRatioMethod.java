package org.scrutiny.analysis;

/** How a funnel plot of standardised ratios is transformed and trimmed before estimating overdispersion. */
public enum StandardisedRatioMethod {
    /** NHS Digital's SHMI: log scale, the top and bottom tenths (by default) of z-scores truncated. */
    SHMI,
    /** The Care Quality Commission's: square-root scale, z-scores winsorised. */
    CQC
}
