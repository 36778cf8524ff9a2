package org.sanyi.insurance.engine;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;

/**
 * The catalogue class of a fee line ({@code chrgitm_lv}). 甲类 is fully inside the policy
 * scope; 乙类 is inside after the patient first pays the line's 先行自付 ratio; 丙类 (and
 * anything outside the catalogue) is paid by the patient. The local code 04 "reimbursable
 * 丙类" is not supported: it is rejected rather than guessed.
 */
public enum CatalogueClass {

	/** 01 甲类. */
	A("01"),
	/** 02 乙类. */
	B("02"),
	/** 03 丙类, and out-of-catalogue items. */
	C("03");

	private final String code;

	CatalogueClass(String code) {
		this.code = code;
	}

	/** The national {@code chrgitm_lv} code. */
	public String code() {
		return code;
	}

	/**
	 * The class of a national code; {@code INS-0003} naming the line for anything else.
	 */
	public static CatalogueClass ofCode(String lineNo, String code) {
		for (CatalogueClass c : values()) {
			if (c.code.equals(code)) {
				return c;
			}
		}
		throw new BusinessException(InsuranceErrors.UNKNOWN_CATALOGUE_CLASS, lineNo, code);
	}

}
