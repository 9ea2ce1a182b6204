/**
 * The bundled example: Suffolk's 2017–21 plan and Home Office data for it, loaded into an empty
 * database when the server starts so that a first look at Scrutiny shows something real. It is a
 * package of its own because it uses both the plan and the ingest features, which plan must not.
 */
package org.scrutiny.examples;
