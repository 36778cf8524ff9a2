package org.sanyi.supervision.gateway;

import org.sanyi.insurance.SettlementGuard;
import org.sanyi.shared.BusinessException;
import org.sanyi.supervision.SupervisionErrors;
import org.sanyi.supervision.audit.ClaimMapping;
import org.sanyi.supervision.audit.InstitutionProfiles;
import org.sanyi.supervision.rules.RuleBooks;

import org.springframework.stereotype.Component;

/**
 * Refuses a settlement that fund supervision holds back, on every path insurance settles
 * by: a 2207/2304 of a visit that 3102 held; a live settlement (an online visit, which no
 * HIS analyses at 3102) whose own in-event analysis here finds a definite violation of a
 * blocking rule. Only regions where a blocking rule is approved can hold anything, and
 * {@link RuleBooks#mayHold} knows them in memory, so a settlement elsewhere costs no
 * query and no analysis.
 */
@Component
class SettlementHolds implements SettlementGuard {

	private final RuleBooks books;

	private final HoldRepository holds;

	private final EventAnalysis analysis;

	private final InstitutionProfiles institutions;

	SettlementHolds(RuleBooks books, HoldRepository holds, EventAnalysis analysis, InstitutionProfiles institutions) {
		this.institutions = institutions;
		this.books = books;
		this.holds = holds;
		this.analysis = analysis;
	}

	@Override
	public void beforeSettlement(Pending settlement) {
		if (!books.mayHold(settlement.institutionRegion())) {
			return;
		}
		holds.find(settlement.institutionCode(), settlement.visitId()).ifPresent(reason -> {
			throw new BusinessException(SupervisionErrors.SETTLEMENT_HELD, settlement.visitId(), reason);
		});
		if (settlement.live()) {
			analysis
				.blockingOfLiveClaim(settlement.institutionRegion(),
						ClaimMapping.claim(settlement.claim(), institutions.type(settlement.institutionCode())))
				.ifPresent(reason -> {
					throw new BusinessException(SupervisionErrors.LIVE_SETTLEMENT_HELD, reason);
				});
		}
	}

}
