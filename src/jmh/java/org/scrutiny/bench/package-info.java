/**
 * The JMH benchmarks behind the speed goals of the issues, run with {@code bench/analysis.sh} and reported
 * in {@code docs/benchmarks.md}; they are built only with the {@code bench} profile.
 */
package org.scrutiny.bench;
