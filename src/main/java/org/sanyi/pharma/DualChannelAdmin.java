package org.sanyi.pharma;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Writes of the 双通道 and 处方流转 side for the demo generator and tests, through the same
 * services and checks as the gateway (each call one transaction, all or nothing).
 */
public interface DualChannelAdmin {

	/** Whether any pharmacy is designated for 双通道. */
	boolean hasDesignatedPharmacies();

	/** Lists a negotiated drug for a region from a day; PH-0006, PH-0219. */
	void listDrug(String regionCode, String itemCode, LocalDate from, String by);

	/** Designates a registry 定点零售药店 for 双通道; PH-0214. */
	void designatePharmacy(String pharmacyCode, LocalDate from, String by);

	/** Records a designated pharmacy's stock of a listed drug; PH-0214, PH-0219. */
	void setStock(String pharmacyCode, String itemCode, BigDecimal quantity);

	/**
	 * Registers a prescriber's ({@code DOCTOR}) or pharmacist's ({@code PHARMACIST})
	 * public key ({@code SM2} or {@code ECDSA}, base64 of the uncompressed point);
	 * PH-0220.
	 */
	void registerSigner(String institutionCode, String signerCode, String role, String algorithm, String publicKey);

	/**
	 * For demo data only: creates a key pair for a signer, registers its public key and
	 * returns the private key (base64). A real signer's private key never leaves their
	 * signing device.
	 */
	String issueDemoSigningKey(String institutionCode, String signerCode, String role, String algorithm);

	/**
	 * A 7102 input with {@code signinfo} added: the doctor's signature over the
	 * prescription's canonical text (what a HIS's signing device does).
	 */
	Map<String, Object> signUpload(String institutionCode, Map<String, Object> input, String algorithm,
			String privateKey);

	/** The pharmacist's signature of a review result (7204's {@code phar_sign}). */
	String signReview(String hiRxno, String result, String algorithm, String privateKey);

	/**
	 * Runs a 71xx/72xx transaction for an institution as the gateway runs it after its
	 * checks; returns the output. For the demo's prescription flow.
	 */
	Map<String, Object> prescriptionTransaction(String infno, String institutionCode, String operator,
			Map<String, Object> input);

	/**
	 * 审方: a pharmacist of the issuing hospital passes or returns (with an opinion) a
	 * prescription waiting for it, as on the page; PH-0201, PH-0226, PH-0227.
	 */
	void verify(String hiRxno, boolean pass, String opinion, String institutionCode, String pharmacist,
			String pharmacistName);

}
