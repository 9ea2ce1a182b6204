package org.scrutiny.peers;

/** A force proposed as similar to another, with its distance in standardised features: smaller is closer. */
public record SimilarForce(String force, double distance) {}
