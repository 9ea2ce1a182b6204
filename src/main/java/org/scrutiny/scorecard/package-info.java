/**
 * Scorecards: one row per indicator of a plan as at a date — latest value, change from the baseline,
 * target status, variation and assurance, rank among peers and tier — for dashboards and reports. It
 * brings together the plan, its data, the analysis and the peer comparison, so it sits above them all.
 */
package org.scrutiny.scorecard;
