/**
 * Peer groups: the forces a force is compared with, and the comparisons themselves. The official Most Similar
 * Groups are set by the Home Office and loaded by users from a file; Scrutiny can also suggest similar forces from
 * the data it holds, and always labels those as a suggestion. A force is compared with its official group where
 * one is loaded, otherwise with every force that holds the measure, and each comparison says which.
 */
package org.scrutiny.peers;
