package org.sanyi.identity;

import java.util.Optional;

/**
 * Identifies a resident at a counter of another module (the family-doctor team's signing
 * desk) from the health code on their phone, scanned or pasted as text, or from the
 * 16-digit card number typed in. Every attempt is in the scan log the resident sees, with
 * the institution, the user and the purpose, exactly like a scan over the identity REST
 * API.
 */
public interface HealthCodeReader {

	/**
	 * The resident the code names, or empty when it is expired, replayed, revoked, of
	 * another kind or malformed.
	 */
	Optional<String> residentAt(String scanned, String institutionCode, String username, String purpose);

}
