package org.sanyi.pharma;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Prescription renewal (复诊续方) for the internet hospital: a resident's past
 * e-prescriptions, and a renewal issued as a new prescription through the same 7102
 * upload the gateway runs ({@code init_rxno} = the original, {@code rx_cotn_flag 1}, the
 * original's drugs, days and diagnosis): the doctor's signature verified, the
 * rational-use pre-check (PH-0213), the original must be the person's (PH-0218).
 */
public interface PrescriptionRenewals {

	/** A resident's prescriptions, newest first. */
	List<PastPrescription> ofResident(String residentId, int limit);

	/** One prescription by its {@code hi_rxno}. */
	Optional<PastPrescription> find(String hiRxno);

	/**
	 * Registers a prescriber's key with a cloud-signature service (云签名): creates a key
	 * pair, registers its public half as the doctor's signer key of the institution and
	 * returns the private key (base64) for the service to keep wrapped; the doctor
	 * authorises each signature by signing in.
	 */
	String enrolCloudSigner(String institutionCode, String doctorCode, String algorithm);

	/**
	 * Issues the renewal: the 7102 upload signed with the prescriber's key; returns the
	 * new prescription. Errors are pharma's (PH-0210 signature, PH-0213 pre-check,
	 * PH-0218 original not the person's …); nothing is stored on an error.
	 */
	Renewed renew(Renewal renewal, String algorithm, String privateKey);

	/**
	 * A stored prescription as the renewal side reads it.
	 *
	 * @param hiRxno {@code hi_rxno}
	 * @param institutionCode the issuing institution
	 * @param psnNo {@code psn_no}
	 * @param patientName {@code patn_name}
	 * @param rxTypeCode 1 outpatient, 2 emergency, 3 chronic
	 * @param doctorName the prescriber
	 * @param diagnosisCode {@code dise_codg}
	 * @param diagnosisName {@code dise_name}
	 * @param issuedAt when uploaded
	 * @param state the state name ({@code UPLOADED}, {@code REVOKED} …)
	 * @param continuation whether itself a renewal
	 * @param lines the drugs
	 */
	record PastPrescription(String hiRxno, String institutionCode, String psnNo, String patientName, String rxTypeCode,
			String doctorName, String diagnosisCode, String diagnosisName, OffsetDateTime issuedAt, String state,
			boolean continuation, List<Line> lines) {

		public PastPrescription {
			lines = List.copyOf(lines);
		}

		/**
		 * A chronic prescription (rx_type_code 3) that was neither revoked nor rejected.
		 */
		public boolean renewable() {
			return "3".equals(rxTypeCode) && !"REVOKED".equals(state) && !"REJECTED".equals(state);
		}

	}

	/** A drug line. */
	record Line(String code, String name, BigDecimal singleDose, String doseUnit, String frequency, String route,
			int days, BigDecimal quantity) {
	}

	/**
	 * A renewal to issue.
	 *
	 * @param institutionCode the institution issuing it (the internet hospital)
	 * @param hospRxno its own prescription number, unique in the institution
	 * @param originalRxno the {@code hi_rxno} renewed
	 * @param doctorCode the prescriber's code (its signer key)
	 * @param doctorName the prescriber's name
	 * @param department the prescribing department
	 * @param sex the patient's sex ({@code gend}: 1, 2 or 9), for the contraindication
	 * rules
	 * @param birthDate the patient's birth date ({@code brdy})
	 */
	record Renewal(String institutionCode, String hospRxno, String originalRxno, String doctorCode, String doctorName,
			String department, String sex, java.time.LocalDate birthDate) {
	}

	/** The new prescription: number, pickup code (取药码) and end of validity. */
	record Renewed(String hiRxno, String epcToken, String validEnd) {
	}

}
