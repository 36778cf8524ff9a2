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
	CROSS_REGION

}
