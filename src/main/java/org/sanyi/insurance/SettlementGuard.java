package org.sanyi.insurance;

/**
 * A check another module adds before a settlement is posted: fund supervision holds back
 * the settlement of a visit whose in-event analysis (3102) found a definite violation of
 * a blocking rule. Owned by insurance, implemented by the module that has the answer.
 * Every posting settlement runs every guard, inside its transaction and before anything
 * is written, whichever way it comes: the gateway's 2207 and 2304 (also 中途结算) and the
 * live settlements other modules make ({@link LiveSettlements}, an online visit); one
 * place runs them ({@code SettlementService}), so no path can skip them.
 */
public interface SettlementGuard {

	/**
	 * Refuses a settlement by throwing a {@link org.sanyi.shared.BusinessException} (the
	 * gateway answers it as {@code infcode -2} with its code and text, a live caller gets
	 * it back with nothing saved); returns normally to let it go on.
	 */
	void beforeSettlement(Pending settlement);

	/**
	 * A settlement about to be posted.
	 *
	 * @param institutionCode the settling institution ({@code fixmedins_code})
	 * @param institutionRegion its registry region
	 * @param visitId {@code mdtrt_id}
	 * @param infno 2207 or 2304 (the step the settlement is, also when live)
	 * @param live settled by another module of the platform in one transaction, not by a
	 * hospital's HIS step by step: no 3101/3102 can have been sent for the visit, so a
	 * guard that needs an analysis makes it from {@code claim}
	 * @param claim the visit as it would be settled: the person, diagnoses and the fee
	 * lines being paid ({@code settlementId} is the id it will have)
	 */
	record Pending(String institutionCode, String institutionRegion, String visitId, String infno, boolean live,
			SettledClaims.Claim claim) {
	}

}
