package org.sanyi.supervision.engine;

/** 时间区间 of the national template: the span of care a rule looks at. */
public enum TimeWindow {

	/** 当次门诊 / 当次住院. */
	VISIT,
	/** 自然日. */
	DAY,
	/** 自然月. */
	MONTH,
	/** 自然年. */
	YEAR,
	/** 医保年度. */
	INSURANCE_YEAR

}
