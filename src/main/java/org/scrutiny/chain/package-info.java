/**
 * Chain pages: a plan's chain of proportions, such as Suffolk's crime suite (crimes → investigation possible →
 * victim supports prosecution → solved), as a funnel of counts for the latest period, then each proportion on
 * its own control chart, ranked against other forces and placed on a funnel plot among them. It brings together
 * the plan, its data, the charts and the peer comparison, so it sits above them all, as the scorecard does.
 */
package org.scrutiny.chain;
