package org.sanyi.identity;

/** A merge was undone: {@code mergedId} is a resident of its own again. */
public record ResidentsUnmerged(String survivorId, String mergedId, long mergeId) {
}
