package org.sanyi.supervision.engine;

/**
 * Institution levels (医疗机构级别 三级/二级/一级及以下) from the national codes: {@code hosp_lv} 01–04
 * are 三级, 05–07 二级, 08–10 一级, 11 无等级 (0); a single digit {@code medins_lv} 1–3 is the
 * level itself.
 */
public final class HospitalLevels {

	private HospitalLevels() {
	}

	/** The level 0–3 of a code, or -1 when the code is not one. */
	public static int of(String code) {
		if (code == null || code.isBlank()) {
			return -1;
		}
		return switch (code.strip()) {
			case "1" -> 1;
			case "2" -> 2;
			case "3" -> 3;
			case "01", "02", "03", "04" -> 3;
			case "05", "06", "07" -> 2;
			case "08", "09", "10" -> 1;
			case "0", "11" -> 0;
			default -> -1;
		};
	}

}
