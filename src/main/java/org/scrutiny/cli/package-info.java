/**
 * The command line: {@code serve} starts the web application; the other commands wire only the
 * storage and features they need, so that they start quickly.
 */
package org.scrutiny.cli;
