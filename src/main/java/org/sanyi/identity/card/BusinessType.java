package org.sanyi.identity.card;

/**
 * 用码业务类型: what the counter is scanning the e-voucher for, sent with the decode request
 * ({@code businessType} of {@code ec.query}); codes as in the provincial e-voucher
 * decoding manual.
 */
public enum BusinessType {

	OUTPATIENT_REGISTRATION("01101"), INPATIENT_FILE("01102"), ADMISSION("01103"), INPATIENT_DEPOSIT("01104"),
	CONSULTATION("01201"), EXAM_BOOKING("01202"), EXAMINATION("01203"), TREATMENT("01204"),
	OUTPATIENT_SETTLEMENT("01301"), DISPENSING("01302"), PHARMACY_PURCHASE("02121"), EXTERNAL_PRESCRIPTION("02122");

	private final String code;

	BusinessType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static BusinessType ofCode(String code) {
		for (BusinessType type : values()) {
			if (type.code.equals(code)) {
				return type;
			}
		}
		return null;
	}

}
