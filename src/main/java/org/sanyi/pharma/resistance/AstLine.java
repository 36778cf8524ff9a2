package org.sanyi.pharma.resistance;

import java.time.LocalDate;

/**
 * One susceptibility result: an isolate of a specimen tested against one antimicrobial,
 * interpreted S, I or R (WHONET-style codes: organism {@code eco}, antimicrobial
 * {@code CRO}), and the patient's key ({@link #patientKey(String, String)}; empty when
 * the laboratory did not name the patient).
 */
public record AstLine(String specimenId, LocalDate specimenDate, String organismCode, String organismName,
		String antibioticCode, String antibioticName, String interpretation, String patientKey) {

	/** A result without a patient. */
	public AstLine(String specimenId, LocalDate specimenDate, String organismCode, String organismName,
			String antibioticCode, String antibioticName, String interpretation) {
		this(specimenId, specimenDate, organismCode, organismName, antibioticCode, antibioticName, interpretation, "");
	}

	/**
	 * What is stored of a patient: the first 32 hex digits of SHA-256 of the institution
	 * and the laboratory's patient id; empty for an empty id. Equal ids of one
	 * institution give equal keys, and the id cannot be read back.
	 */
	public static String patientKey(String institutionCode, String patientId) {
		if (patientId == null || patientId.isBlank()) {
			return "";
		}
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
				.digest((institutionCode + '|' + patientId.strip()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
