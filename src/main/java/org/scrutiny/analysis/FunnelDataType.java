package org.scrutiny.analysis;

/** The kind of quantity a funnel plot compares, which fixes the scale its z-scores are taken on. */
public enum FunnelDataType {
    /** An indirectly standardised ratio, observed over expected (e.g. SHMI); the target is 1. */
    STANDARDISED_RATIO,
    /** A proportion, numerator over denominator; the target is the pooled proportion. */
    PROPORTION,
    /** A ratio of two counts; the target is the pooled ratio. */
    RATIO_OF_COUNTS
}
