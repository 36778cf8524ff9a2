package org.sanyi.shared.facts;

import java.util.Objects;
import java.util.Set;

/**
 * A kind of number a module reports: its code (module prefix, e.g. {@code ins.fee},
 * {@code pharma.purchase.volume}), the message key of its name, its unit and the
 * dimensions its facts may carry. Indicator definitions name data elements by code,
 * optionally with a slice ({@code ins.fee[fee_category=西药]}).
 */
public record DataElement(String code, String labelKey, Unit unit, Set<String> dimensions) {

	public DataElement {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(labelKey, "labelKey");
		Objects.requireNonNull(unit, "unit");
		if (!code.matches("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+")) {
			throw new IllegalArgumentException(
					"a data element code is dotted lower case with a module prefix: " + code);
		}
		dimensions = Set.copyOf(dimensions);
	}

	public static DataElement of(String code, String labelKey, Unit unit, String... dimensions) {
		return new DataElement(code, labelKey, unit, Set.of(dimensions));
	}

	/** What a value counts. */
	public enum Unit {

		/** 元, two decimals. */
		YUAN,
		/** 人次, 例, 张: whole events. */
		COUNT,
		/** 人: distinct persons counted once by the reporter. */
		PERSON,
		/** 天 / 床日. */
		DAY,
		/** minimum units of a drug or consumable, DDDs and other measured quantities. */
		QUANTITY,
		/** minutes, e.g. a turnaround time summed to be divided by a count. */
		MINUTE

	}

}
