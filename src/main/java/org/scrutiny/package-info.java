/**
 * Scrutiny, which runs the performance management framework of a Police and Crime Plan. Each
 * sub-package is a feature (plan, indicator, series, ingest, analysis, actions, security) or shared
 * plumbing (web, store, cli); this package holds only the web application's entry point.
 */
package org.scrutiny;
