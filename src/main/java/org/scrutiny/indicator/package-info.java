/**
 * Indicators: the performance measures of a plan, with their unit, polarity, frequency, breakdowns,
 * baseline, target and tier, and the page that shows one indicator's data.
 */
package org.scrutiny.indicator;
