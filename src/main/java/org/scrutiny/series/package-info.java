/**
 * Series of observations: periods (financial years, quarters, months, rolling years), observations
 * with their revisions, and reading a series as it stood at a date.
 */
package org.scrutiny.series;
