/**
 * The police forces and the reference data about them that Scrutiny bundles: the names each data source
 * gives a force, its population by year, and the districts and community safety partnerships in its area.
 * Importers use it to find the force a row of their source means; analysis uses it for rates per head.
 */
package org.scrutiny.forces;
