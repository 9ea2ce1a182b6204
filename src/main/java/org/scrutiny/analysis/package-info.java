/**
 * The analysis of series: summaries now, and the control charts, funnel plots and target assessments
 * of DESIGN.md §4 as they arrive. Plain Java that depends on nothing but the JDK, so that it can be
 * checked against the reference packages' own outputs without a database or a web server.
 */
package org.scrutiny.analysis;
