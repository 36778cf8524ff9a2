package org.sanyi.identity;

/**
 * What a bulk registration ({@link ResidentIndex#registerPopulation}) did.
 *
 * @param created new residents, each with an electronic health card
 * @param linked records of residents the index already held (same ID number), linked to
 * them
 * @param unchanged records the institution had registered before (same patient number),
 * left as they were
 */
public record PopulationLoad(int created, int linked, int unchanged) {
}
