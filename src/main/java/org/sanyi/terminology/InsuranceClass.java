package org.sanyi.terminology;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The catalogue class of an item (national {@code chrgitm_lv}): 甲类 is wholly inside the
 * policy scope, 乙类 makes the patient pay a share first (先行自付, the item's
 * {@code selfPayRatio}) and the rest is in scope, 丙类 is wholly self-paid. The self-pay
 * ratio is therefore fixed at 0 for 甲 and 1 for 丙, and {@code 0 <= ratio < 1} for 乙.
 */
public enum InsuranceClass {

	/** 甲类. */
	A("01", '甲'),
	/** 乙类. */
	B("02", '乙'),
	/** 丙类. */
	C("03", '丙');

	private final String code;

	private final char hanzi;

	InsuranceClass(String code, char hanzi) {
		this.code = code;
		this.hanzi = hanzi;
	}

	/** The national code: 01, 02 or 03. */
	public String code() {
		return code;
	}

	public static InsuranceClass ofCode(String code) {
		for (InsuranceClass c : values()) {
			if (c.code.equals(code)) {
				return c;
			}
		}
		throw new IllegalArgumentException("chrgitm_lv " + code);
	}

	/**
	 * Reads the forms people write in catalogue files: {@code 甲}, {@code 甲类}, {@code A},
	 * {@code 01} (and the same for 乙 and 丙).
	 */
	public static Optional<InsuranceClass> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		for (InsuranceClass c : values()) {
			if (t.equals(c.code) || t.equalsIgnoreCase(c.name()) || t.equals(String.valueOf(c.hanzi))
					|| t.equals(c.hanzi + "类")) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

	/**
	 * The ratio a file may leave blank: 0 for 甲, 1 for 丙; 乙 has none, its ratio must be
	 * given.
	 */
	public Optional<BigDecimal> impliedSelfPayRatio() {
		return switch (this) {
			case A -> Optional.of(BigDecimal.ZERO);
			case B -> Optional.empty();
			case C -> Optional.of(BigDecimal.ONE);
		};
	}

	/** Whether {@code ratio} is allowed for this class (see the class comment). */
	public boolean allows(BigDecimal ratio) {
		return switch (this) {
			case A -> ratio.signum() == 0;
			case B -> ratio.signum() >= 0 && ratio.compareTo(BigDecimal.ONE) < 0;
			case C -> ratio.compareTo(BigDecimal.ONE) == 0;
		};
	}

}
