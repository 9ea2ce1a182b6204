package org.scrutiny.peers;

import java.time.Instant;
import java.util.List;

/**
 * A force's official Most Similar Group as loaded from a file: up to seven forces, most similar first.
 *
 * @param source where the user said the list comes from, such as "Home Office MSG, 2019"
 */
public record PeerGroup(String force, List<String> peers, String source, String fileName, Instant loadedAt) {}
