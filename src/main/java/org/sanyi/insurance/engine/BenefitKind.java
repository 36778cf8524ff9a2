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
	INPATIENT

}
