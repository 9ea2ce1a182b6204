/**
 * The action plan: the promises a plan makes, who is responsible for each, when it is due, how it is
 * scrutinised, and the dated progress updates its owners record.
 */
package org.scrutiny.actions;
