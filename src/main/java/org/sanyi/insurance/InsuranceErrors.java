package org.sanyi.insurance;

import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Errors of the insurance module. Codes are published to hospital integrators and never change meaning. Input errors
 * (a fee line, a visit) are the caller's to fix; policy errors say the bureau's parameters are incomplete or
 * inconsistent, which the caller cannot fix.
 */
public enum InsuranceErrors implements ErrorCode {

	/** A fee line's unit price times quantity, rounded to the fen, is not the amount sent. */
	LINE_AMOUNT_MISMATCH("INS-0001", HttpStatus.BAD_REQUEST),
	/** A quantity, price, price cap or amount is negative. */
	NEGATIVE_AMOUNT("INS-0002", HttpStatus.BAD_REQUEST),
	/** The catalogue class (chrgitm_lv) is missing or not 01 甲, 02 乙 or 03 丙. */
	UNKNOWN_CATALOGUE_CLASS("INS-0003", HttpStatus.BAD_REQUEST),
	/** The 先行自付 ratio is missing for a 乙类 line, outside 0–1, or contradicts the class. */
	INVALID_SELF_PAY_RATIO("INS-0004", HttpStatus.BAD_REQUEST),
	/** The policy version handed to the engine is not in force on the settlement date. */
	POLICY_NOT_IN_FORCE("INS-0005", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The policy version is for another insured region or scheme than the visit. */
	POLICY_NOT_APPLICABLE("INS-0006", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The policy version has no deductible, ratio or cap for this kind of visit. */
	MISSING_POLICY_PARAMETER("INS-0007", HttpStatus.INTERNAL_SERVER_ERROR),
	/** The medical type (med_type) cannot be settled by the engine. */
	UNSUPPORTED_MED_TYPE("INS-0008", HttpStatus.BAD_REQUEST),
	/** The year-to-date totals are for another year than the settlement date. */
	ACCUMULATORS_YEAR_MISMATCH("INS-0009", HttpStatus.BAD_REQUEST),
	/** A visit field is missing or contradicts another. */
	INVALID_VISIT("INS-0010", HttpStatus.BAD_REQUEST),
	/** Two fee lines carry the same serial number (feedetl_sn). */
	DUPLICATE_FEE_LINE("INS-0011", HttpStatus.BAD_REQUEST),
	/** A settlement without fee lines. */
	NO_FEE_LINES("INS-0012", HttpStatus.BAD_REQUEST),
	/** The personal account was asked for where there is none (residents) or without a balance. */
	ACCOUNT_NOT_AVAILABLE("INS-0013", HttpStatus.BAD_REQUEST),
	/** A policy version's parameters are inconsistent (a ratio above 1, bands out of order, a negative cap...). */
	INVALID_POLICY("INS-0014", HttpStatus.INTERNAL_SERVER_ERROR),
	/** No policy version of the insured region and scheme is in force on the date. */
	NO_POLICY_IN_FORCE("INS-0015", HttpStatus.UNPROCESSABLE_CONTENT),
	/** A quantity, price, ratio or amount is missing, not a number, or has more decimals than the interface allows. */
	INVALID_NUMBER("INS-0016", HttpStatus.BAD_REQUEST),
	/** The hospital level (hosp_lv) is not one of the national codes 01–14. */
	UNKNOWN_HOSPITAL_LEVEL("INS-0017", HttpStatus.BAD_REQUEST),
	/** The year-to-date totals hold a negative amount or count. */
	INVALID_ACCUMULATORS("INS-0018", HttpStatus.BAD_REQUEST),
	/** Two policy versions of one region and scheme are in force on the same day. */
	OVERLAPPING_POLICY_VERSIONS("INS-0019", HttpStatus.INTERNAL_SERVER_ERROR),
	/** The insurance type (insutype) is not one the engine settles (310, 390). */
	UNSUPPORTED_INSUTYPE("INS-0020", HttpStatus.BAD_REQUEST);

	private final String code;

	private final HttpStatus status;

	InsuranceErrors(String code, HttpStatus status) {
		this.code = code;
		this.status = status;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public HttpStatus status() {
		return status;
	}

}
