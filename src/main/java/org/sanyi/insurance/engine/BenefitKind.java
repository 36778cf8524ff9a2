package org.sanyi.insurance.engine;

/**
 * The benefit a visit draws on, derived from its {@link MedType}. Policy rules are keyed
 * by it: each kind has its own deductible, ratios and caps (general outpatient pooling,
 * chronic/special disease outpatient, inpatient).
 */
public enum BenefitKind {

	/**
	 * 普通门诊 / 急诊: outpatient pooling (门诊统筹), usually a yearly deductible and a small
	 * yearly cap.
	 */
	GENERAL_OUTPATIENT,
	/** 门诊慢特病: registered chronic or special disease, parameters often per disease. */
	CHRONIC_OUTPATIENT,
	/** 住院 (incl. day surgery): deductible per admission, the pool's main annual cap. */
	INPATIENT,
	/**
	 * 互联网复诊: an online follow-up visit of an internet hospital. Settled like general
	 * outpatient (its deductible, ratio and caps, and its yearly deductible shared with
	 * it) unless the policy has rules naming this kind: a rule that names it is tried
	 * before the general outpatient ones, and a cap that names it applies together with
	 * the outpatient caps.
	 */
	ONLINE_OUTPATIENT,
	/**
	 * 定点药店购药 (med_type 41): drugs bought at a designated retail pharmacy. On an external
	 * prescription of a designated institution it is outpatient pooling at the pharmacy's
	 * level (a pharmacy is ungraded, which settles at the primary level, as the national
	 * notice of 2023 asks), sharing general outpatient's yearly deductible and caps
	 * unless the policy has rules naming this kind, as for {@link #ONLINE_OUTPATIENT};
	 * without a prescription the funds pay nothing ({@link Visit#pooled()}).
	 */
	PHARMACY;

	/**
	 * The kind whose rules apply when the policy names none for this one:
	 * {@link #GENERAL_OUTPATIENT} for {@link #ONLINE_OUTPATIENT} and {@link #PHARMACY},
	 * {@code null} otherwise.
	 */
	public BenefitKind fallback() {
		return this == ONLINE_OUTPATIENT || this == PHARMACY ? GENERAL_OUTPATIENT : null;
	}

}
