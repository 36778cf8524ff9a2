package org.sanyi.identity;

/** Where a registered death comes from. */
public enum DeathSource {

	/**
	 * 死亡医学证明（推断）书 issued by the hospital (or primary-care institution) that confirmed the
	 * death; its number is required.
	 */
	MEDICAL_CERTIFICATE,
	/** The civil-affairs feed (民政: funeral and cremation records). */
	CIVIL_AFFAIRS,
	/** The public-security feed (公安: household registration cancelled). */
	PUBLIC_SECURITY

}
