package org.sanyi.insurance;

import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Errors of the insurance module. Codes are published to hospital integrators and never
 * change meaning. Input errors (a fee line, a visit) are the caller's to fix; policy
 * errors say the bureau's parameters are incomplete or inconsistent, which the caller
 * cannot fix.
 */
public enum InsuranceErrors implements ErrorCode {

	/**
	 * A fee line's unit price times quantity, rounded to the fen, is not the amount sent.
	 */
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
	/**
	 * The personal account was asked for where there is none (residents) or without a
	 * balance.
	 */
	ACCOUNT_NOT_AVAILABLE("INS-0013", HttpStatus.BAD_REQUEST),
	/**
	 * A policy version's parameters are inconsistent (a ratio above 1, bands out of
	 * order, a negative cap...).
	 */
	INVALID_POLICY("INS-0014", HttpStatus.INTERNAL_SERVER_ERROR),
	/** No policy version of the insured region and scheme is in force on the date. */
	NO_POLICY_IN_FORCE("INS-0015", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * A quantity, price, ratio or amount is missing, not a number, or has more decimals
	 * than the interface allows.
	 */
	INVALID_NUMBER("INS-0016", HttpStatus.BAD_REQUEST),
	/** The hospital level (hosp_lv) is not one of the national codes 01–14. */
	UNKNOWN_HOSPITAL_LEVEL("INS-0017", HttpStatus.BAD_REQUEST),
	/** The year-to-date totals hold a negative amount or count. */
	INVALID_ACCUMULATORS("INS-0018", HttpStatus.BAD_REQUEST),
	/** Two policy versions of one region and scheme are in force on the same day. */
	OVERLAPPING_POLICY_VERSIONS("INS-0019", HttpStatus.INTERNAL_SERVER_ERROR),
	/** The insurance type (insutype) is not one the engine settles (310, 390). */
	UNSUPPORTED_INSUTYPE("INS-0020", HttpStatus.BAD_REQUEST),

	// --- gateway (national interface): envelope, signing, messages
	// -------------------------------------------------

	/** A required field of the envelope or of an input node is missing or blank. */
	MISSING_FIELD("INS-0021", HttpStatus.BAD_REQUEST),
	/** A field is longer than the interface allows. */
	FIELD_TOO_LONG("INS-0022", HttpStatus.BAD_REQUEST),
	/**
	 * A field has the wrong type or format (a date, a number, a code outside its table).
	 */
	INVALID_FIELD("INS-0023", HttpStatus.BAD_REQUEST),
	/** The transaction code (infno) does not exist or is not offered by this platform. */
	UNKNOWN_INFNO("INS-0024", HttpStatus.BAD_REQUEST),
	/** The msgid was already used by a message with a different body. */
	MSGID_REUSED("INS-0025", HttpStatus.CONFLICT),
	/** The body is not a JSON object. */
	MALFORMED_MESSAGE("INS-0026", HttpStatus.BAD_REQUEST),
	/**
	 * Missing or wrong x-tif headers: unknown account, timestamp outside the window,
	 * nonce replayed, bad signature.
	 */
	SIGNATURE_INVALID("INS-0027", HttpStatus.UNAUTHORIZED),
	/**
	 * The envelope's fixmedins_code is not the institution the gateway account belongs
	 * to.
	 */
	INSTITUTION_MISMATCH("INS-0028", HttpStatus.FORBIDDEN),
	/** The institution is not in the registry or not operating. */
	UNKNOWN_INSTITUTION("INS-0029", HttpStatus.FORBIDDEN),
	/** The sign_no is not a sign-in (9001) of this institution. */
	SIGN_IN_REQUIRED("INS-0030", HttpStatus.UNAUTHORIZED),

	// --- persons, visits, settlements
	// ------------------------------------------------------------------------------

	/** No insured person with this psn_no. */
	UNKNOWN_PERSON("INS-0031", HttpStatus.NOT_FOUND),
	/**
	 * No insured person holds this certificate (ID number, social-security card,
	 * e-voucher).
	 */
	NO_PERSON_FOR_CERTIFICATE("INS-0032", HttpStatus.NOT_FOUND),
	/** The person is not enrolled (or not in normal status) in the scheme that year. */
	NOT_ENROLLED("INS-0033", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The envelope's insuplc_admdvs is not the person's insured region. */
	INSURED_REGION_MISMATCH("INS-0034", HttpStatus.BAD_REQUEST),
	/** The envelope's mdtrtarea_admvs is not the pooling region of the institution. */
	TREATMENT_REGION_MISMATCH("INS-0035", HttpStatus.BAD_REQUEST),
	/** No visit with this mdtrt_id at this institution. */
	UNKNOWN_VISIT("INS-0036", HttpStatus.NOT_FOUND),
	/**
	 * The visit is in a state that does not allow the transaction (settled, cancelled,
	 * not discharged...).
	 */
	VISIT_STATE("INS-0037", HttpStatus.CONFLICT),
	/** The visit belongs to another person or scheme than the input says. */
	VISIT_PERSON_MISMATCH("INS-0038", HttpStatus.BAD_REQUEST),
	/** No settlement with this setl_id for this visit at this institution. */
	UNKNOWN_SETTLEMENT("INS-0039", HttpStatus.NOT_FOUND),
	/** The settlement was already reversed. */
	SETTLEMENT_REVERSED("INS-0040", HttpStatus.CONFLICT),
	/** medfee_sumamt is not the sum of the visit's unsettled fee lines. */
	TOTAL_MISMATCH("INS-0041", HttpStatus.BAD_REQUEST),
	/** A fee line serial number is already uploaded (and not cancelled) for the visit. */
	FEE_LINE_EXISTS("INS-0042", HttpStatus.CONFLICT),
	/**
	 * The personal account balance changed or is too low for the debit (a concurrent
	 * settlement).
	 */
	ACCOUNT_CHANGED("INS-0043", HttpStatus.CONFLICT),
	/**
	 * No e-voucher decoding service is connected: mdtrt_cert_type 01 cannot be resolved.
	 * Not raised since identity resolves the tokens (IdentityVoucherTokens); the code
	 * stays published and is not reused.
	 */
	VOUCHER_SERVICE_UNAVAILABLE("INS-0044", HttpStatus.SERVICE_UNAVAILABLE),
	/** The e-voucher token is unknown or expired. */
	VOUCHER_TOKEN_INVALID("INS-0045", HttpStatus.BAD_REQUEST),
	/** The 2601 oinfno is not the transaction code of the original message. */
	ORIGINAL_MESSAGE_MISMATCH("INS-0046", HttpStatus.BAD_REQUEST),
	/** The original message of a 2601 was already reversed. */
	MESSAGE_ALREADY_REVERSED("INS-0047", HttpStatus.CONFLICT),
	/**
	 * A national option the platform does not support yet (interim settlement, settlement
	 * by fixed amount...).
	 */
	UNSUPPORTED_OPTION("INS-0048", HttpStatus.BAD_REQUEST),

	// --- policy review
	// -----------------------------------------------------------------------------------------------

	/** An officer may not approve or reject the policy version they proposed. */
	POLICY_REVIEW_OWN("INS-0049", HttpStatus.FORBIDDEN),
	/** The policy version is not waiting for review. */
	POLICY_NOT_PENDING("INS-0050", HttpStatus.CONFLICT),
	/**
	 * The effective date of a new version is not after the version it replaces, or in the
	 * past.
	 */
	POLICY_EFFECTIVE_DATE("INS-0051", HttpStatus.BAD_REQUEST),
	/** A parameter typed into the policy form is not a valid amount or ratio. */
	POLICY_PARAMETER_INVALID("INS-0052", HttpStatus.BAD_REQUEST),
	/** An unexpected failure in the gateway; the HIS should reverse (2601) and retry. */
	GATEWAY_SYSTEM_ERROR("INS-0053", HttpStatus.INTERNAL_SERVER_ERROR),
	/** A 9101 upload is not a zip with exactly one .txt file. */
	FILE_NOT_ZIP("INS-0054", HttpStatus.BAD_REQUEST),
	/** A file (or its expanded text) is over the size limit. */
	FILE_TOO_LARGE("INS-0055", HttpStatus.PAYLOAD_TOO_LARGE),
	/**
	 * A line of a reconciliation file is malformed; the message names the line number.
	 */
	FILE_BAD_LINE("INS-0056", HttpStatus.BAD_REQUEST),
	/** The fixmedins_code of a file transfer is not the calling institution. */
	FILE_WRONG_INSTITUTION("INS-0057", HttpStatus.FORBIDDEN),
	/**
	 * Unknown file_qury_no (or another institution's), or a filename that does not match
	 * it.
	 */
	FILE_UNKNOWN("INS-0058", HttpStatus.NOT_FOUND),
	/** The file's download time (dld_endtime) has passed. */
	FILE_EXPIRED("INS-0059", HttpStatus.GONE),
	/**
	 * The file is of the wrong kind for the transaction (a result file referred to by
	 * 3202, ...).
	 */
	FILE_WRONG_KIND("INS-0060", HttpStatus.BAD_REQUEST),
	/**
	 * A settlement of a visit is reversed while a later settlement of the same visit
	 * still stands.
	 */
	LATER_SETTLEMENT_STANDS("INS-0061", HttpStatus.CONFLICT),
	/** An admission with standing interim settlements cannot be cancelled. */
	VISIT_HAS_SETTLEMENTS("INS-0062", HttpStatus.CONFLICT),
	/**
	 * The e-voucher token of a registration or settlement was issued to someone else than
	 * its psn_no.
	 */
	VOUCHER_PERSON_MISMATCH("INS-0063", HttpStatus.BAD_REQUEST),

	// --- global budget (总额付费) of medical groups: INS-0070 to INS-0082
	// --------------------------------------------

	/**
	 * The alliance is unknown, or not a medical group (a county medical community or a
	 * city medical group).
	 */
	BUDGET_GROUP_INVALID("INS-0070", HttpStatus.BAD_REQUEST),
	/**
	 * The fund is not one a global budget covers (the basic pooled funds 310100 and
	 * 390100).
	 */
	BUDGET_FUND_INVALID("INS-0071", HttpStatus.BAD_REQUEST),
	/**
	 * A budget form value is missing, not a number, or outside its range (amount,
	 * percentages, month, year).
	 */
	BUDGET_VALUE_INVALID("INS-0072", HttpStatus.BAD_REQUEST),
	/**
	 * The monthly advance schedule does not have 12 percentages summing to 100, or plans
	 * advances before the start.
	 */
	BUDGET_SCHEDULE_INVALID("INS-0073", HttpStatus.BAD_REQUEST),
	/**
	 * Surplus or overspend bands whose limits do not increase, whose shares are outside
	 * 0-100 %, or without a last open band.
	 */
	BUDGET_BANDS_INVALID("INS-0074", HttpStatus.BAD_REQUEST),
	/**
	 * The group already has an approved or pending budget for that fund and year: adjust
	 * it instead.
	 */
	BUDGET_EXISTS("INS-0075", HttpStatus.CONFLICT),
	/** The budget version is not waiting for review. */
	BUDGET_NOT_PENDING("INS-0076", HttpStatus.CONFLICT),
	/** An officer reviewing their own budget proposal. */
	BUDGET_REVIEW_OWN("INS-0077", HttpStatus.FORBIDDEN),
	/**
	 * The year of the budget is already cleared (年终清算 done): no more versions or
	 * advances.
	 */
	BUDGET_YEAR_CLOSED("INS-0078", HttpStatus.CONFLICT),
	/** An advance for a month outside the budget period or not yet begun. */
	BUDGET_ADVANCE_MONTH("INS-0079", HttpStatus.BAD_REQUEST),
	/**
	 * The budget is not approved (pending, rejected or superseded): it cannot be advanced
	 * or cleared.
	 */
	BUDGET_NOT_APPROVED("INS-0080", HttpStatus.CONFLICT),
	/** A year-end clearing before the budget year is over. */
	BUDGET_CLEARING_EARLY("INS-0081", HttpStatus.BAD_REQUEST),
	/** A proposal based on a version that is not the approved one in force. */
	BUDGET_BASE_OUTDATED("INS-0082", HttpStatus.CONFLICT),

	// --- refund lines (退费明细, 2204/2301 with init_feedetl_sn): INS-0083 to INS-0089
	// -------------------------------

	/**
	 * The refund line's original (init_feedetl_sn) is not an active line of the same
	 * visit.
	 */
	REFUND_ORIGINAL_UNKNOWN("INS-0083", HttpStatus.BAD_REQUEST),
	/** The refund line's original is already settled: reverse the settlement first. */
	REFUND_ORIGINAL_SETTLED("INS-0084", HttpStatus.CONFLICT),
	/** The refund line names another item (med_list_codg) than its original. */
	REFUND_ITEM_MISMATCH("INS-0085", HttpStatus.BAD_REQUEST),
	/** The refund line has another unit price (pric) than its original. */
	REFUND_PRICE_MISMATCH("INS-0086", HttpStatus.BAD_REQUEST),
	/**
	 * The refund takes back more quantity or money than is left of the original after
	 * earlier refunds.
	 */
	REFUND_EXCEEDS_REMAINING("INS-0087", HttpStatus.BAD_REQUEST),
	/**
	 * A negative line without init_feedetl_sn, a refund line whose cnt is not negative, a
	 * refund of a refund...
	 */
	REFUND_LINE_INVALID("INS-0088", HttpStatus.BAD_REQUEST),
	/**
	 * Cancelling a refund line would leave the original's other refunds split unlike the
	 * net quantity.
	 */
	REFUND_CANCEL_ORDER("INS-0089", HttpStatus.CONFLICT),

	// --- gateway hardening: INS-0100 to INS-0104
	// ---------------------------------------------------------------------

	/**
	 * The med_type is of the other kind than the visit (an inpatient type for a 2201
	 * visit, or the reverse).
	 */
	MED_TYPE_KIND_MISMATCH("INS-0100", HttpStatus.BAD_REQUEST),
	/**
	 * The medical certificate (mdtrt_cert_no of type 02 or 03) is not the person's own.
	 */
	CERTIFICATE_MISMATCH("INS-0101", HttpStatus.BAD_REQUEST),
	/**
	 * A 2601 names a message of another institution (its msgid does not start with the
	 * sender's code).
	 */
	REVERSAL_NOT_OWN("INS-0102", HttpStatus.FORBIDDEN),
	/** More diagnoses in one diseinfo than the interface accepts. */
	TOO_MANY_DIAGNOSES("INS-0103", HttpStatus.BAD_REQUEST),
	/** A gateway account's signing scheme is not one the gateway offers. */
	UNKNOWN_SIGNING_SCHEME("INS-0104", HttpStatus.BAD_REQUEST),

	// --- maker–checker of policy versions: INS-0105
	// ------------------------------------------------------------------

	/**
	 * A new policy version while one of the region and scheme waits for review: region,
	 * insutype, its code.
	 */
	POLICY_PENDING_EXISTS("INS-0105", HttpStatus.CONFLICT),

	// --- fund adjustments (FundAdjustments) and supplier payments (SupplierPayments):
	// INS-0140 to INS-0145
	// ------------------------------------------------------------------

	/** The adjustment key was used for another adjustment: key. */
	ADJUSTMENT_KEY_REUSED("INS-0140", HttpStatus.CONFLICT),
	/** A field of an adjustment is missing or wrong: field, value. */
	ADJUSTMENT_INVALID("INS-0141", HttpStatus.BAD_REQUEST),
	/** The adjustment's institution is not in the registry: code. */
	ADJUSTMENT_INSTITUTION_UNKNOWN("INS-0142", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * The adjustment's settlement does not exist or is another institution's: settlement,
	 * institution.
	 */
	ADJUSTMENT_SETTLEMENT("INS-0143", HttpStatus.UNPROCESSABLE_CONTENT),
	/** No adjustment with this key: key. */
	ADJUSTMENT_NOT_FOUND("INS-0144", HttpStatus.NOT_FOUND),
	/** The supplier payment key was used for another payment: key. */
	SUPPLIER_PAYMENT_KEY_REUSED("INS-0145", HttpStatus.CONFLICT),
	/**
	 * A referral registration (2501) overlapping a valid one of the person to the same
	 * institution: person, target, the existing serial.
	 */
	REFERRAL_DUPLICATE("INS-0160", HttpStatus.CONFLICT),
	/** No referral registration with this serial filed by the caller (for the person). */
	REFERRAL_UNKNOWN("INS-0161", HttpStatus.NOT_FOUND),
	/** The referral registration is revoked already. */
	REFERRAL_REVOKED("INS-0162", HttpStatus.CONFLICT),
	/** A live settlement's field is missing or wrong: field, value. */
	LIVE_INVALID("INS-0170", HttpStatus.BAD_REQUEST),
	/** The live settlement's key was settled with other content: key. */
	LIVE_KEY_REUSED("INS-0171", HttpStatus.CONFLICT),
	/** The live settlement's institution is not a designated one: code. */
	LIVE_INSTITUTION_UNKNOWN("INS-0172", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The resident has no insurance enrolment active in the year: resident, year. */
	LIVE_NOT_INSURED("INS-0173", HttpStatus.UNPROCESSABLE_CONTENT),
	/** No live settlement with this key: key. */
	LIVE_NOT_FOUND("INS-0174", HttpStatus.NOT_FOUND),
	/** med_type 41 (定点药店购药) at an institution that is not a retail pharmacy: code. */
	PHARMACY_MED_TYPE_ELSEWHERE("INS-0180", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * A pharmacy purchase with lines on an external prescription and lines without: the
	 * prescriptions.
	 */
	PHARMACY_MIXED_LINES("INS-0181", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * The lines' external prescription may not be settled here: rxno, the owner's error
	 * code, the reason.
	 */
	EXTERNAL_RX_REFUSED("INS-0182", HttpStatus.UNPROCESSABLE_CONTENT);

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
