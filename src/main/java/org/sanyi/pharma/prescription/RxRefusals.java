package org.sanyi.pharma.prescription;

import java.util.Optional;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.RxRefusal;
import org.sanyi.shared.BusinessException;

/** A refusal of the state machine as the error the caller gets. */
final class RxRefusals {

	private RxRefusals() {
	}

	static void throwIfRefused(Optional<RxRefusal> refusal) {
		refusal.ifPresent(r -> {
			throw exception(r);
		});
	}

	static BusinessException exception(RxRefusal r) {
		return switch (r.reason()) {
			case EXPIRED -> new BusinessException(PharmaErrors.RX_EXPIRED, r.detail());
			case REVOKED -> new BusinessException(PharmaErrors.RX_REVOKED);
			case USED_UP -> new BusinessException(PharmaErrors.RX_USED_UP, r.detail());
			case WRONG_PHARMACY -> new BusinessException(PharmaErrors.RX_WRONG_PHARMACY, r.detail());
			case WRONG_STATE -> new BusinessException(PharmaErrors.RX_WRONG_STATE, r.detail());
			case TOO_EARLY -> new BusinessException(PharmaErrors.RX_TOO_EARLY, r.detail());
			case NOT_ISSUER -> new BusinessException(PharmaErrors.RX_NOT_ISSUER, r.detail());
			case HELD_BY_PHARMACY -> new BusinessException(PharmaErrors.RX_HELD, r.detail());
		};
	}

}
