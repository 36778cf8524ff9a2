package org.sanyi.insurance.gateway;

import java.time.OffsetDateTime;

import org.sanyi.insurance.settlement.InstitutionDirectory.InstitutionInfo;

/**
 * One accepted message on its way to its transaction.
 *
 * @param envelope the checked envelope
 * @param institution the calling institution (authenticated by signature, matched with
 * fixmedins_code)
 * @param received when the request arrived
 */
record HsaCall(HsaEnvelope envelope, InstitutionInfo institution, OffsetDateTime received) {

	HsaInput input() {
		return envelope.input();
	}

	String msgid() {
		return envelope.msgid();
	}

	String code() {
		return institution.code();
	}

}
