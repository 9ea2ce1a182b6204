/**
 * Plans: the tree of objectives, themes, outcomes and priorities of a Police and Crime Plan, the plan
 * file that describes one, and the pages that show them.
 */
package org.scrutiny.plan;
