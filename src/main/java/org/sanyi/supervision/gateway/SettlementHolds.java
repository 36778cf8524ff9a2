package org.sanyi.supervision.gateway;

import org.sanyi.insurance.SettlementGuard;
import org.sanyi.shared.BusinessException;
import org.sanyi.supervision.SupervisionErrors;
import org.sanyi.supervision.rules.RuleBooks;

import org.springframework.stereotype.Component;

/**
 * Refuses 2207/2304 of a visit that 3102 held back. Only regions where a blocking rule is
 * approved can have holds, and {@link RuleBooks#mayHold} knows them in memory, so a
 * settlement elsewhere costs no query.
 */
@Component
class SettlementHolds implements SettlementGuard {

	private final RuleBooks books;

	private final HoldRepository holds;

	SettlementHolds(RuleBooks books, HoldRepository holds) {
		this.books = books;
		this.holds = holds;
	}

	@Override
	public void beforeSettlement(String institutionCode, String institutionRegion, String visitId, String infno) {
		if (!books.mayHold(institutionRegion)) {
			return;
		}
		holds.find(institutionCode, visitId).ifPresent(reason -> {
			throw new BusinessException(SupervisionErrors.SETTLEMENT_HELD, visitId, reason);
		});
	}

}
