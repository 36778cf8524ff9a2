package org.sanyi.drg.grouper;

import java.util.Arrays;
import java.util.Optional;

/**
 * The DRG split vocabulary ({@code splits[].when} in scheme.json, {@code split_condition}
 * in drg_groups.csv).
 */
enum SplitCondition {

	/** A non-excluded MCC among the secondary diagnoses (suffix 1 in CHS-DRG). */
	MCC("mcc"),
	/**
	 * A non-excluded MCC or CC (suffix 3): a lone MCC also gives 3 where the ADRG has no
	 * 1-split.
	 */
	CC_OR_MCC("cc_or_mcc"),
	/** Unconditional: suffix 5 (no CC/MCC) or 9 (not split). */
	ALWAYS("always");

	private final String json;

	SplitCondition(String json) {
		this.json = json;
	}

	String json() {
		return json;
	}

	static Optional<SplitCondition> fromJson(String name) {
		return Arrays.stream(values()).filter(v -> v.json.equals(name)).findFirst();
	}

}
