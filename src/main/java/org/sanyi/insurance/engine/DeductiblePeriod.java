package org.sanyi.insurance.engine;

/** How often a deductible (起付线) is borne. */
public enum DeductiblePeriod {

	/** Every visit bears the full deductible. */
	PER_VISIT,
	/**
	 * Every admission bears a deductible that depends on how many admissions were already
	 * settled this year ({@code cal_ipt_cnt}): usually lower for the second and later
	 * admissions.
	 */
	PER_ADMISSION,
	/**
	 * One deductible per calendar year for the benefit kind, used up across visits
	 * (outpatient pooling).
	 */
	PER_YEAR

}
