package org.sanyi.supervision.engine;

/** 应用场景 of the national rule template: where the care happened. */
public enum Scene {

	/** 门(急)诊. */
	OUTPATIENT,
	/** 住院. */
	INPATIENT,
	/** 购药 (a pharmacy). */
	PHARMACY,
	/** 互联网诊疗. */
	INTERNET,
	/** 异地就医. */
	CROSS_REGION;

	/**
	 * The scene of a national medical type ({@code med_type}): 住院 for the 2x types and 52
	 * (生育住院), 购药 for 41 (定点药店购药), otherwise 门诊 (also when none is given). The batch
	 * audit, 3101/3102 and the prescription pre-check read claims the same way.
	 */
	public static Scene ofMedType(String medType) {
		if (medType == null) {
			return OUTPATIENT;
		}
		if (medType.startsWith("2") || "52".equals(medType)) {
			return INPATIENT;
		}
		return "41".equals(medType) ? PHARMACY : OUTPATIENT;
	}

}
