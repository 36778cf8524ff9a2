package org.sanyi.insurance.engine;

import java.time.LocalDate;

import org.sanyi.shared.Money;

/**
 * What the settling side knows of a stay's referral, for the policy's
 * {@link ReferralRules}: whether it is outside the person's county, and the 转院备案 (2501)
 * to the treating institution, if one was filed.
 *
 * @param outOfCounty the treating institution lies outside the county the person lives in
 * @param registration the registration's serial ({@code trt_dcla_detl_sn}) naming the
 * treating institution, or {@code null} when none was filed (or it was revoked)
 * @param validFrom the registration's {@code begndate}
 * @param validUntil its {@code enddate}, or {@code null} when open
 * @param sameAlliance the filing institution and the treating one are members of one
 * alliance (医共体/医联体) on the admission day
 * @param senderDeductible the deductible the person's stay at the filing institution bore
 * this year, or {@code null} when there was none
 */
public record ReferralContext(boolean outOfCounty, String registration, LocalDate validFrom, LocalDate validUntil,
		boolean sameAlliance, Money senderDeductible) {

	/** Care without any registration. */
	public static ReferralContext unfiled(boolean outOfCounty) {
		return new ReferralContext(outOfCounty, null, null, null, false, null);
	}

	/** Whether a registration was filed and covers the day. */
	public boolean filedOn(LocalDate day) {
		return registration != null && validFrom != null && !day.isBefore(validFrom)
				&& (validUntil == null || !day.isAfter(validUntil));
	}

}
