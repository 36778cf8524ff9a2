package org.sanyi.pharma;

import org.sanyi.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Errors of the pharma module; texts in {@code messages/pharma*.properties}. */
public enum PharmaErrors implements ErrorCode {

	/** No round with this id (or outside the caller's scope). */
	ROUND_NOT_FOUND("PH-0001", HttpStatus.NOT_FOUND),
	/** A field has a value the platform cannot accept: field, value. */
	INVALID_FIELD("PH-0002", HttpStatus.BAD_REQUEST),
	/** A round with this code exists: code. */
	ROUND_EXISTS("PH-0003", HttpStatus.CONFLICT),
	/** The round already has this product: generic, form, specification. */
	PRODUCT_EXISTS("PH-0004", HttpStatus.CONFLICT),
	/**
	 * A winning price above the pre-round price without the price-rise flag: item,
	 * winning price, pre-round price.
	 */
	PRICE_RISE_NOT_FLAGGED("PH-0005", HttpStatus.BAD_REQUEST),
	/** The item code is not in the catalogue in force: code. */
	ITEM_NOT_IN_CATALOGUE("PH-0006", HttpStatus.BAD_REQUEST),
	/** The item already belongs to a product of the round: code. */
	ITEM_IN_ANOTHER_PRODUCT("PH-0007", HttpStatus.CONFLICT),
	/** Demand below the floor without a reason: institution, reported, floor. */
	DEMAND_BELOW_FLOOR("PH-0008", HttpStatus.BAD_REQUEST),
	/** No institution with this code in the caller's scope: code. */
	INSTITUTION_NOT_FOUND("PH-0009", HttpStatus.NOT_FOUND),
	/** No product with this id in the round. */
	PRODUCT_NOT_FOUND("PH-0010", HttpStatus.NOT_FOUND),
	/** A purchase of an item that is not a product of the round: item. */
	ITEM_NOT_IN_ROUND("PH-0011", HttpStatus.BAD_REQUEST),
	/** A purchase dated before the round started: date, start. */
	PURCHASE_BEFORE_ROUND("PH-0012", HttpStatus.BAD_REQUEST),
	/** A line of an import file is wrong: line, column, the problem. */
	IMPORT_LINE("PH-0013", HttpStatus.BAD_REQUEST),
	/** An import file cannot be read at all: the reason. */
	IMPORT_FILE("PH-0014", HttpStatus.BAD_REQUEST),
	/** The 结余留用 computation is not waiting for review. */
	RETENTION_NOT_PENDING("PH-0015", HttpStatus.CONFLICT),
	/** The officer who proposed the computation cannot approve it. */
	RETENTION_OWN_PROPOSAL("PH-0016", HttpStatus.FORBIDDEN),
	/** A computation of the cycle is already waiting for review: its id. */
	RETENTION_PENDING_EXISTS("PH-0017", HttpStatus.CONFLICT),
	/** The cycle has not ended: cycle end. */
	CYCLE_NOT_ENDED("PH-0018", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The cycle number is outside the round's contract: cycle. */
	NO_SUCH_CYCLE("PH-0019", HttpStatus.BAD_REQUEST),
	/** A product without a winning bid cannot take demand: product. */
	NO_WINNER("PH-0020", HttpStatus.UNPROCESSABLE_CONTENT),

	// --- 腾笼换鸟 price reform: PH-0101… (a range of its own)

	/** A field of a price-reform scenario has a value it cannot take: field, value. */
	PRICING_FIELD("PH-0101", HttpStatus.BAD_REQUEST),
	/** The baseline period has no settled fee lines in the region: region, from, to. */
	PRICING_NO_BASELINE("PH-0102", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * A scenario whose service increases exceed the room it frees cannot be published:
	 * increase, room.
	 */
	PRICING_OVER_ROOM("PH-0103", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The publication is not waiting for review. */
	PUBLICATION_NOT_PENDING("PH-0104", HttpStatus.CONFLICT),
	/** The officer who proposed the publication cannot review it. */
	PUBLICATION_OWN_PROPOSAL("PH-0105", HttpStatus.FORBIDDEN),
	/** A publication of the region waits for review: its id. */
	PUBLICATION_PENDING_EXISTS("PH-0106", HttpStatus.CONFLICT),
	/** The new prices cannot start on this day: the day, why. */
	PUBLICATION_DATE("PH-0107", HttpStatus.BAD_REQUEST),

	// --- 双通道 and 处方流转: PH-0201…

	/**
	 * No prescription with this number, token or hospital number (for the caller): the
	 * key.
	 */
	RX_NOT_FOUND("PH-0201", HttpStatus.NOT_FOUND),
	/** The prescription expired: valid end. */
	RX_EXPIRED("PH-0202", HttpStatus.CONFLICT),
	/** The prescribing institution revoked the prescription. */
	RX_REVOKED("PH-0203", HttpStatus.CONFLICT),
	/** Every use of the prescription is sold: used/max. */
	RX_USED_UP("PH-0204", HttpStatus.CONFLICT),
	/**
	 * Another pharmacy holds the prescription or the resident chose another: the
	 * pharmacy.
	 */
	RX_WRONG_PHARMACY("PH-0205", HttpStatus.CONFLICT),
	/** The step does not follow from the prescription's state: the state. */
	RX_WRONG_STATE("PH-0206", HttpStatus.CONFLICT),
	/** A repeat use before the minimum interval: the first allowed day. */
	RX_TOO_EARLY("PH-0207", HttpStatus.CONFLICT),
	/** Only the prescribing institution may revoke: the institution. */
	RX_NOT_ISSUER("PH-0208", HttpStatus.FORBIDDEN),
	/** A pharmacy holds the prescription: the pharmacy. */
	RX_HELD("PH-0209", HttpStatus.CONFLICT),
	/** A signature does not verify: whose, the signer code. */
	RX_SIGNATURE_INVALID("PH-0210", HttpStatus.BAD_REQUEST),
	/** No signing key is registered for the signer: the signer code, institution. */
	RX_SIGNER_UNKNOWN("PH-0211", HttpStatus.BAD_REQUEST),
	/** The institution already uploaded a prescription with this number: hosp_rxno. */
	RX_EXISTS("PH-0212", HttpStatus.CONFLICT),
	/** The pre-check refused the prescription: the findings. */
	RX_PRECHECK_FAILED("PH-0213", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The institution is not a 双通道 designated pharmacy: code. */
	NOT_DUAL_CHANNEL_PHARMACY("PH-0214", HttpStatus.BAD_REQUEST),
	/** The settlement does not cover a sold drug: setl_id, item. */
	RX_SETTLEMENT_MISMATCH("PH-0215", HttpStatus.BAD_REQUEST),
	/** No settlement in force with this id: setl_id. */
	RX_SETTLEMENT_NOT_FOUND("PH-0221", HttpStatus.BAD_REQUEST),
	/** The settlement is another pharmacy's or another person's: setl_id. */
	RX_SETTLEMENT_NOT_OURS("PH-0222", HttpStatus.BAD_REQUEST),
	/** Another sale was already written off against the settlement: setl_id. */
	RX_SETTLEMENT_USED("PH-0223", HttpStatus.CONFLICT),
	/**
	 * A definite violation of a fund-supervision rule the region made blocking refuses
	 * the upload: the rules and what they found.
	 */
	RX_FUND_RULES_REFUSED("PH-0224", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The prescription waits for 审方 by the issuing hospital's pharmacist: hi_rxno. */
	RX_AWAITING_VERIFICATION("PH-0225", HttpStatus.CONFLICT),
	/** A 审方 field is missing or too long (a return needs an opinion): field, value. */
	RX_VERIFY_FIELD("PH-0226", HttpStatus.BAD_REQUEST),
	/** The prescription's 审方 was already decided: hi_rxno. */
	RX_VERIFY_DONE("PH-0227", HttpStatus.CONFLICT),
	/** The prescription a pharmacy settles on is another person's: hi_rxno, psn_no. */
	RX_NOT_THE_PERSONS("PH-0228", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * Every use left of the prescription is held by a settlement not yet written off by a
	 * sale: hi_rxno, the settlements.
	 */
	RX_SETTLED_NOT_SOLD("PH-0229", HttpStatus.CONFLICT),
	/**
	 * A pharmacy settles more of a drug on the prescription than one use prescribes:
	 * hi_rxno, item, quantity settled, quantity prescribed.
	 */
	RX_SETTLED_OVER_PRESCRIBED("PH-0230", HttpStatus.UNPROCESSABLE_CONTENT),
	/** Not enough stock for a sold line: item, stock. */
	RX_STOCK_SHORT("PH-0216", HttpStatus.CONFLICT),
	/** A sold line is not a drug of the prescription, or more than prescribed: item. */
	RX_LINE_NOT_PRESCRIBED("PH-0217", HttpStatus.BAD_REQUEST),
	/** The renewal names an original prescription that does not exist: init_rxno. */
	RX_INIT_NOT_FOUND("PH-0218", HttpStatus.BAD_REQUEST),
	/** The drug is not on the region's 双通道 list: code. */
	NOT_DUAL_CHANNEL_DRUG("PH-0219", HttpStatus.BAD_REQUEST),
	/** A public key that is not a point of the algorithm's curve: signer. */
	SIGNER_KEY_INVALID("PH-0220", HttpStatus.BAD_REQUEST),

	// --- drug-use indicators, 处方点评, 细菌耐药: PH-0301…

	/** A field of a DDD line is wrong: column, value. */
	DDD_FIELD("PH-0301", HttpStatus.BAD_REQUEST),
	/** The same ATC code and route twice in one file: code, route, the earlier line. */
	DDD_DUPLICATE("PH-0302", HttpStatus.BAD_REQUEST),
	/** DDD rows can only be imported for a region of the caller's scope: region. */
	DDD_REGION("PH-0303", HttpStatus.BAD_REQUEST),
	/**
	 * No 处方点评 sample or sampled prescription with this key in the caller's scope: key.
	 */
	RX_REVIEW_NOT_FOUND("PH-0310", HttpStatus.NOT_FOUND),
	/** The institution's month is sampled already: institution, month, sample id. */
	RX_SAMPLE_EXISTS("PH-0311", HttpStatus.CONFLICT),
	/** A sample is drawn for an ended or the current month only: month. */
	RX_SAMPLE_MONTH("PH-0312", HttpStatus.BAD_REQUEST),
	/** A field of a sample or a review has a value it cannot take: field, value. */
	RX_REVIEW_FIELD("PH-0313", HttpStatus.BAD_REQUEST),
	/** The institution issued no prescription that month: institution, month. */
	RX_SAMPLE_EMPTY("PH-0314", HttpStatus.UNPROCESSABLE_CONTENT),
	/** Only the institution's own pharmacists review its prescriptions: institution. */
	RX_REVIEW_NOT_OWN("PH-0315", HttpStatus.FORBIDDEN),
	/** A field of a susceptibility result is wrong: column, value. */
	AST_FIELD("PH-0320", HttpStatus.BAD_REQUEST),
	/**
	 * The result was imported before or appears twice: specimen, organism, antimicrobial.
	 */
	AST_DUPLICATE("PH-0321", HttpStatus.CONFLICT),
	/** A field of a review-rule line is wrong: column, value. */
	REVIEW_RULE_FIELD("PH-0330", HttpStatus.BAD_REQUEST),
	/** The same key twice in one review-rule file: key, the earlier line. */
	REVIEW_RULE_DUPLICATE("PH-0331", HttpStatus.BAD_REQUEST),
	/**
	 * Review rules can only be imported for a region of the caller's scope, not the
	 * platform's defaults: region.
	 */
	REVIEW_RULE_REGION("PH-0332", HttpStatus.BAD_REQUEST),
	/** Not one of the review tables: table. */
	REVIEW_RULE_TABLE("PH-0333", HttpStatus.BAD_REQUEST),
	/** The review-rule import was decided already. */
	REVIEW_RULE_NOT_PENDING("PH-0334", HttpStatus.CONFLICT),
	/** The officer who imported the review rules cannot approve them. */
	REVIEW_RULE_OWN_PROPOSAL("PH-0335", HttpStatus.FORBIDDEN),
	/** An import of the region's table waits for review: its id, who imported it. */
	REVIEW_RULE_PENDING_EXISTS("PH-0336", HttpStatus.CONFLICT),

	// --- 阳光采购 and direct settlement: PH-0401…

	/** A field of an enterprise has a value it cannot take: field, value. */
	SUPPLIER_FIELD("PH-0401", HttpStatus.BAD_REQUEST),
	/** A malformed 统一社会信用代码: value. */
	USCC_INVALID("PH-0402", HttpStatus.BAD_REQUEST),
	/** An enterprise with this code, USCC or name is registered: value. */
	SUPPLIER_EXISTS("PH-0403", HttpStatus.CONFLICT),
	/**
	 * The enterprise that won the item is not registered for ordering: item, enterprise.
	 */
	SUPPLIER_NOT_REGISTERED("PH-0404", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The item is not a winning item of the round: item. */
	ORDER_ITEM_NOT_WINNING("PH-0405", HttpStatus.BAD_REQUEST),
	/** No order with this id in the caller's scope: id. */
	ORDER_NOT_FOUND("PH-0406", HttpStatus.NOT_FOUND),
	/**
	 * The order is not in a state that allows the action, or not the caller's to act on:
	 * order, state, action.
	 */
	ORDER_STATE("PH-0407", HttpStatus.CONFLICT),
	/** A line's batches do not add up to what was ordered: line, shipped, ordered. */
	LOT_QUANTITY("PH-0408", HttpStatus.BAD_REQUEST),
	/** A batch expires too soon: batch, expiry, the earliest expiry accepted. */
	EXPIRY_TOO_SOON("PH-0409", HttpStatus.BAD_REQUEST),
	/** A trace code is malformed or a drug batch has none: batch, code. */
	TRACE_CODE_INVALID("PH-0410", HttpStatus.BAD_REQUEST),
	/** A trace code was delivered before: code, the order it came with. */
	TRACE_CODE_USED("PH-0411", HttpStatus.CONFLICT),
	/**
	 * A field of an order, a delivery or a payment run has a value it cannot take: field,
	 * value.
	 */
	ORDER_FIELD("PH-0412", HttpStatus.BAD_REQUEST),
	/** A field of an invoice has a value it cannot take: field, value. */
	INVOICE_FIELD("PH-0413", HttpStatus.BAD_REQUEST),
	/**
	 * The invoice names another seller or buyer than the order's: field, the order's, the
	 * invoice's.
	 */
	INVOICE_PARTY("PH-0414", HttpStatus.UNPROCESSABLE_CONTENT),
	/**
	 * The invoice's amounts do not add up, or its total would take the order's invoices
	 * beyond the order's amount: field, stated, expected.
	 */
	INVOICE_AMOUNT("PH-0415", HttpStatus.UNPROCESSABLE_CONTENT),
	/** The invoice was presented before: number, the order it came with. */
	INVOICE_USED("PH-0416", HttpStatus.CONFLICT),
	/** No invoice with this id on an order in the caller's scope: id. */
	INVOICE_NOT_FOUND("PH-0417", HttpStatus.NOT_FOUND),
	/**
	 * The invoice is not in a state that allows the action, or not the caller's to act
	 * on: invoice, state, action.
	 */
	INVOICE_STATE("PH-0418", HttpStatus.CONFLICT),
	/**
	 * The hospital system's order number was placed before: the number, the orders it
	 * placed.
	 */
	ORDER_REPLAYED("PH-0419", HttpStatus.CONFLICT),
	/**
	 * A receipt or a return that does not name its shipment while several are on their
	 * way: order, how many, their numbers.
	 */
	SHIPMENT_UNNAMED("PH-0420", HttpStatus.BAD_REQUEST),
	/**
	 * An order ended for non-delivery before the day the hospital needed it: order, that
	 * day.
	 */
	LAPSE_TOO_EARLY("PH-0421", HttpStatus.CONFLICT);

	private final String code;

	private final HttpStatus status;

	PharmaErrors(String code, HttpStatus status) {
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
