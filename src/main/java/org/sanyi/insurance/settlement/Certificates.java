package org.sanyi.insurance.settlement;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;

/**
 * The medical certificate of a registration, admission or settlement
 * ({@code mdtrt_cert_type}, {@code mdtrt_cert_no}, insurance.md §1.8) must be the
 * person's own: 02 their resident ID number, 03 their social-security card. (01, the
 * e-voucher, is a one-time token that identity resolves to the ID number; the gateway
 * checks it against the person before the visit is touched.) Checked with the person the
 * transaction loads anyway, so it costs no query.
 */
final class Certificates {

	static final String E_VOUCHER = "01";

	static final String ID_CARD = "02";

	static final String SOCIAL_SECURITY_CARD = "03";

	private Certificates() {
	}

	/**
	 * Refuses ({@code INS-0101}) a certificate that is not the person's; an e-voucher
	 * token is checked elsewhere.
	 */
	static void requireOwn(String certType, String certNo, Person person) {
		boolean own = switch (certType == null ? "" : certType) {
			case ID_CARD ->
				"01".equals(person.certType()) && certNo != null && certNo.trim().equalsIgnoreCase(person.certNo());
			case SOCIAL_SECURITY_CARD -> certNo != null && certNo.trim().equals(person.cardNo());
			case E_VOUCHER -> true;
			default -> false;
		};
		if (!own) {
			throw new BusinessException(InsuranceErrors.CERTIFICATE_MISMATCH, String.valueOf(certType),
					Masking.idNumber(certNo), person.psnNo());
		}
	}

}
