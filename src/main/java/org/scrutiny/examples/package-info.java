/**
 * The bundled examples: the five real plans that are Scrutiny's specification and the Home Office's
 * police recorded crime for every force, loaded into an empty database when the server starts so that a
 * first look at Scrutiny shows something real. It is a package of its own because it uses both the plan
 * and the ingest features, which plan must not.
 */
package org.scrutiny.examples;
