package org.sanyi.insurance;

/**
 * A check another module adds before a settlement is posted (2207 outpatient, 2304
 * inpatient): fund supervision holds back the settlement of a visit whose in-event
 * analysis (3102) found a definite violation of a blocking rule. Owned by insurance,
 * implemented by the module that has the answer; the gateway runs every guard inside its
 * business transaction, after the envelope and the sign-in were checked.
 */
public interface SettlementGuard {

	/**
	 * Refuses a settlement by throwing a {@link org.sanyi.shared.BusinessException},
	 * which the gateway answers as {@code infcode -2} with its code and text; returns
	 * normally to let it go on.
	 * @param institutionCode the settling institution ({@code fixmedins_code})
	 * @param institutionRegion its registry region
	 * @param visitId {@code mdtrt_id}
	 * @param infno 2207 or 2304
	 */
	void beforeSettlement(String institutionCode, String institutionRegion, String visitId, String infno);

}
