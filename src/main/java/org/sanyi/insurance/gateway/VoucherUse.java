package org.sanyi.insurance.gateway;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.VoucherTokens;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Component;

/**
 * A registration, admission or settlement that names the e-voucher
 * ({@code mdtrt_cert_type 01}, the ecToken in {@code mdtrt_cert_no}) moves the token
 * along its life (identity's {@code EcTokenLifecycle}): 2201/2401 open the visit,
 * 2206/2303 leave it as it is, 2207/2304 use it up, so a settled token is refused
 * everywhere afterwards. The token must belong to the person of the transaction. Runs
 * inside the gateway's business transaction, so a refused call leaves the token as it
 * was.
 */
@Component
class VoucherUse {

	private static final String E_VOUCHER = "01";

	private final VoucherTokens vouchers;

	private final PersonRepository persons;

	VoucherUse(VoucherTokens vouchers, PersonRepository persons) {
		this.vouchers = vouchers;
		this.persons = persons;
	}

	/**
	 * The ID number a token stands for (1101 reads the person by it); refused when
	 * unknown, expired or used up.
	 */
	String idNumber(String ecToken, String institutionCode, String infno) {
		return vouchers.certNoForToken(ecToken, institutionCode, infno)
			.orElseThrow(() -> new BusinessException(InsuranceErrors.VOUCHER_TOKEN_INVALID));
	}

	void use(String certType, String ecToken, String psnNo, String institutionCode, String infno) {
		if (!E_VOUCHER.equals(certType)) {
			return;
		}
		String idNumber = idNumber(ecToken, institutionCode, infno);
		Person person = persons.find(psnNo).orElse(null);
		if (person == null || !idNumber.equals(person.certNo())) {
			throw new BusinessException(InsuranceErrors.VOUCHER_PERSON_MISMATCH, psnNo);
		}
	}

}
