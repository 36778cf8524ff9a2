/**
 * One identity per resident across the region (健康一码通): the master patient index that
 * matches and links the records hospitals send (deterministic on the ID number,
 * Fellegi–Sunter on the rest), the electronic health card with its signed short-lived QR
 * code verifiable offline, the insurance e-voucher whose QR is decoded at the counter
 * into a one-use {@code ecToken}, and the resident's consent to who may see their
 * records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
		allowedDependencies = { "shared", "security", "registry", "terminology" })
package org.sanyi.identity;
