package org.sanyi.insurance.engine;

import java.math.BigDecimal;

/**
 * A policy's rules for referred care (转诊转院, issue 16), applied to inpatient stays whose
 * visit carries a {@link ReferralContext}:
 * <ul>
 * <li><b>deductible continuity within the alliance</b>: a stay referred with a valid 转院备案
 * (2501) from a member of the same 医共体, whose stay there bore a deductible, pays no
 * second one; it continues the sender's admission (counted once in the year's
 * admissions);</li>
 * <li><b>a lower ratio for unreferred out-of-county care</b>: a stay outside the person's
 * county without a valid 2501 covering the treating institution on the admission day has
 * the pool ratio cut by {@code unfiledOutOfCountyRatioCut} (0.10 = ten percentage points,
 * never below 0).</li>
 * </ul>
 * A policy version without the {@code referral} section has {@link #NONE}: versions
 * approved before these rules existed keep pricing exactly as they did (policy replay
 * reproduces them). A section that leaves a field out gets the field's default from
 * {@link #DEFAULTS}.
 *
 * @param allianceDeductibleContinuity whether a referral within the alliance waives the
 * second deductible
 * @param unfiledOutOfCountyRatioCut percentage points (as a fraction, 0–1, at most 4
 * decimals) taken off the ratio of unreferred out-of-county inpatient care
 */
public record ReferralRules(boolean allianceDeductibleContinuity, BigDecimal unfiledOutOfCountyRatioCut) {

	/** No referral rules: referred care settles like any other. */
	public static final ReferralRules NONE = new ReferralRules(false, BigDecimal.ZERO);

	/**
	 * The defaults of a version that has the section: continuity within the alliance, and
	 * ten points less for out-of-county care without a filed 2501 (the size of cut many
	 * counties publish; regions set their own).
	 */
	public static final ReferralRules DEFAULTS = new ReferralRules(true, new BigDecimal("0.10"));

	public ReferralRules {
		unfiledOutOfCountyRatioCut = unfiledOutOfCountyRatioCut == null ? BigDecimal.ZERO : unfiledOutOfCountyRatioCut;
	}

	/** Whether the version has any referral rule. */
	public boolean any() {
		return allianceDeductibleContinuity || unfiledOutOfCountyRatioCut.signum() != 0;
	}

	/**
	 * Whether the visit continues the sender's admission: an inpatient stay with a
	 * registration valid on its admission day from the same alliance, whose sender stay
	 * bore a deductible (a later part of such a stay, after an interim settlement, too).
	 */
	boolean continuesSenderAdmission(Visit visit) {
		ReferralContext referral = visit.referral();
		return allianceDeductibleContinuity && referral != null && visit.benefitKind() == BenefitKind.INPATIENT
				&& referral.filedOn(visit.admissionDate()) && referral.sameAlliance()
				&& referral.senderDeductible() != null && referral.senderDeductible().amount().signum() > 0;
	}

	/**
	 * Whether the visit is unreferred out-of-county inpatient care that loses
	 * {@link #unfiledOutOfCountyRatioCut}.
	 */
	boolean cutsRatio(Visit visit) {
		ReferralContext referral = visit.referral();
		return unfiledOutOfCountyRatioCut.signum() > 0 && referral != null
				&& visit.benefitKind() == BenefitKind.INPATIENT && referral.outOfCounty()
				&& !referral.filedOn(visit.admissionDate());
	}

}
