package org.sanyi.identity;

/**
 * Two residents turned out to be one person: {@code mergedId} now points to
 * {@code survivorId}.
 */
public record ResidentsMerged(String survivorId, String mergedId, long mergeId) {
}
