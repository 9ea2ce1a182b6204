/**
 * Control charts, funnel charts, sparklines and the Making Data Count icons drawn as self-contained SVG
 * markup on the server, so that the same chart serves a web page, a PDF report and an export. Each renderer returns
 * a {@code String} of SVG with presentation attributes only (no stylesheet, script or web font), a
 * {@code <title>} and {@code <desc>} for screen readers, and ids made unique by the caller's prefix.
 * Depends on {@code org.scrutiny.analysis} and the JDK only.
 */
package org.scrutiny.chart;
