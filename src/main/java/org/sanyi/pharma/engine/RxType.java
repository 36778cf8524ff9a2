package org.sanyi.pharma.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of prescription ({@code rx_type_code}): 1 outpatient (门诊), 2 emergency (急诊), 3
 * chronic (慢病长期处方). How many days each may supply is the region's rule
 * ({@link ReviewRules}).
 */
public enum RxType {

	OUTPATIENT("1"), EMERGENCY("2"), CHRONIC("3");

	private final String code;

	RxType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<RxType> ofCode(String code) {
		return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
	}

}
