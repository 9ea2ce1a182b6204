/**
 * Peer groups: the forces a force is compared with. The official Most Similar Groups are set by the Home
 * Office and loaded by users from a file; Scrutiny can also suggest similar forces from the data it holds,
 * and always labels those as a suggestion.
 */
package org.scrutiny.peers;
