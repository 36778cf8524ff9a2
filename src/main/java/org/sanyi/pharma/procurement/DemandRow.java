package org.sanyi.pharma.procurement;

/**
 * An institution's reported demand of a product and the volume agreed from it, minimum
 * units.
 */
public record DemandRow(long productId, String product, String institutionCode, String institutionRegion,
		long priorUsage, long reported, String reason, long agreedVolume, String enteredBy) {
}
