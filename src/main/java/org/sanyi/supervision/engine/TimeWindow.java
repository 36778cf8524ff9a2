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
	/** 医保年度 (the calendar year, as China's insurance years run). */
	INSURANCE_YEAR;

	/**
	 * Whether two days of two different visits fall in one period of this window: never
	 * for {@link #VISIT} (当次 is the visit itself).
	 */
	public boolean samePeriod(java.time.LocalDate a, java.time.LocalDate b) {
		return switch (this) {
			case VISIT -> false;
			case DAY -> a.equals(b);
			case MONTH -> a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
			case YEAR, INSURANCE_YEAR -> a.getYear() == b.getYear();
		};
	}

}
