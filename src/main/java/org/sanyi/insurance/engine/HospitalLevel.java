package org.sanyi.insurance.engine;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;

/**
 * The national hospital level ({@code hosp_lv}, insurance.md §1.8) and the tier (1, 2, 3)
 * that policy rules use: deductibles and ratios differ by 一级 / 二级 / 三级, not by the A/B/C
 * grade inside a level.
 */
public enum HospitalLevel {

	GRADE_3_SPECIAL("01", 3), GRADE_3A("02", 3), GRADE_3B("03", 3), GRADE_3C("04", 3), GRADE_2A("05", 2),
	GRADE_2B("06", 2), GRADE_2C("07", 2), GRADE_1A("08", 1), GRADE_1B("09", 1), GRADE_1C("10", 1),
	/**
	 * 11 未定级. Treated as tier 1: ungraded designated institutions are clinics and primary
	 * facilities, which local policies settle at the primary level. A local rule,
	 * documented in docs/modules/insurance-engine.md.
	 */
	UNGRADED("11", 1), LEVEL_3("12", 3), LEVEL_2("13", 2), LEVEL_1("14", 1);

	private final String code;

	private final int tier;

	HospitalLevel(String code, int tier) {
		this.code = code;
		this.tier = tier;
	}

	/** The national code, {@code 01}–{@code 14}. */
	public String code() {
		return code;
	}

	/** 1 一级 (primary), 2 二级, 3 三级. */
	public int tier() {
		return tier;
	}

	/** The level of a national code; {@code INS-0017} for anything else. */
	public static HospitalLevel ofCode(String code) {
		for (HospitalLevel level : values()) {
			if (level.code.equals(code)) {
				return level;
			}
		}
		throw new BusinessException(InsuranceErrors.UNKNOWN_HOSPITAL_LEVEL, code);
	}

}
