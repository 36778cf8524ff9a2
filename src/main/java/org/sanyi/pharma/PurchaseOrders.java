package org.sanyi.pharma;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.security.DataScope;

/**
 * 阳光采购 settled by the fund: hospitals order a round's winning products from the
 * enterprises that won them, the enterprise confirms and ships with batch, expiry and
 * 药品追溯码, the hospital receives (the receipt becomes purchase lines of the round, so 完成进度
 * counts it) and the insurance fund pays the enterprise directly by the enterprise's
 * deadline, out of what it owes the hospital (医保基金与药企直接结算). Every write is audited; a
 * wrong state, a foreign order, a bad code or an amount that does not add up is refused
 * with a PH-04xx error and changes nothing.
 * <p>
 * An enterprise acts through an account scoped to an "institution" whose code is the
 * enterprise's platform code ({@code E…}): it sees the orders placed with it and nothing
 * of any hospital's data.
 */
public interface PurchaseOrders {

	/** Fact: what the fund owes enterprises for receipts (yuan), by receipt day. */
	String PAYABLE_FACT = "pharma.direct.payable";

	/** Fact: what the fund paid enterprises (yuan), by payment day. */
	String PAID_FACT = "pharma.direct.paid";

	/** Fact: of {@link #PAID_FACT}, what was paid by its due day. */
	String PAID_ON_TIME_FACT = "pharma.direct.paid.ontime";

	/**
	 * Fact: the amount of orders that ended (received in full, closed short, refused by
	 * the enterprise or ended by the hospital for non-delivery; not those the hospital
	 * cancelled), by the day they ended and the {@code supplier}: the base of 配送率.
	 */
	String DELIVERY_DUE_FACT = "pharma.delivery.due";

	/** Fact: of {@link #DELIVERY_DUE_FACT}, what the enterprise delivered (received). */
	String DELIVERED_FACT = "pharma.delivery.delivered";

	/**
	 * Fact: of {@link #DELIVERED_FACT}, what was received by the day the hospital needed
	 * it (按时到货).
	 */
	String DELIVERED_ON_TIME_FACT = "pharma.delivery.ontime";

	/**
	 * Registers an enterprise for ordering and direct settlement; its code. Refused with
	 * PH-0401 (a field), PH-0402 (a malformed 统一社会信用代码) or PH-0403 (the code, USCC or
	 * name is registered).
	 */
	String registerSupplier(NewSupplier supplier, String by);

	/**
	 * Places the items as one order per enterprise (an item is ordered from the
	 * enterprise that won it, at its winning price); the order ids. Refused with PH-0001,
	 * PH-0009, PH-0404 (the enterprise is not registered), PH-0405 (not a winning item of
	 * the round), PH-0412 (a field) or PH-0419 (the hospital system's order number was
	 * placed before: a request sent again places nothing).
	 */
	List<Long> place(NewOrder order, DataScope scope, String by);

	/** The enterprise confirms a submitted order. */
	void confirm(long orderId, LocalDate on, DataScope scope, String by);

	/** The enterprise refuses a submitted order, with the reason. */
	void refuse(long orderId, String reason, LocalDate on, DataScope scope, String by);

	/** The hospital withdraws an order the enterprise has not confirmed. */
	void cancel(long orderId, String reason, LocalDate on, DataScope scope, String by);

	/**
	 * The enterprise ships what it has of the order (分批配送): the batches of some or all
	 * lines, each line at most what is neither received nor on its way already (several
	 * shipments may be on their way at once, from different warehouses or days). The
	 * shipment's number. Refused with PH-0408 (a line's batches exceed what is still to
	 * ship), PH-0409 (a batch expires within six months), PH-0410 (a malformed trace
	 * code, or a drug batch without one) or PH-0411 (a trace code delivered before).
	 */
	int ship(long orderId, LocalDate on, List<Lot> lots, DataScope scope, String by);

	/**
	 * The hospital sends a shipment on its way back, with the reason: its trace codes are
	 * forgotten and its invoices waiting for a check go back with it; the enterprise
	 * ships again. {@code shipmentNo} names the shipment; it may be null when only one is
	 * on its way (PH-0420 when several are, PH-0412 when the one named is not on its
	 * way).
	 */
	void returnDelivery(long orderId, Integer shipmentNo, String reason, LocalDate on, DataScope scope, String by);

	/**
	 * The hospital receives a shipment on its way (named as for {@link #returnDelivery}):
	 * purchase lines of the round are stored and the fund owes the enterprise the
	 * shipment's amount once its invoices match. Once no shipment is on its way the order
	 * is received when every line is in, partly received otherwise.
	 */
	void receive(long orderId, Integer shipmentNo, LocalDate on, DataScope scope, String by);

	/**
	 * The hospital takes a partly received order as complete, with the reason (the
	 * enterprise cannot supply the rest): nothing more is shipped or owed.
	 */
	void closeShort(long orderId, String reason, LocalDate on, DataScope scope, String by);

	/**
	 * The hospital ends, with the reason, an order of which nothing came by the day it
	 * needed (confirmed and never shipped, or shipped and returned): 逾期未配送, counted as
	 * due and not delivered in the enterprise's delivery rates. Refused with PH-0421
	 * before that day has passed, PH-0407 in another state (a shipment on its way is
	 * received or returned first; a partly received order is closed short).
	 */
	void lapse(long orderId, String reason, LocalDate on, DataScope scope, String by);

	/**
	 * The enterprise presents an invoice for a shipment on its way or received (the one
	 * {@link NewInvoice#shipmentNo()} names, else the only one on its way, else the last
	 * received; with several on their way the number is needed); its id. Refused with
	 * PH-0413 (a field: the number's form, the rate, a date, a returned or unknown
	 * shipment), PH-0414 (the seller is not the order's enterprise or the buyer not the
	 * ordering institution's registered name), PH-0415 (amount + tax ≠ total, the tax ≠
	 * amount × rate beyond a fen a line, or the order's invoices would exceed its
	 * amount), PH-0416 (the invoice was presented before) or PH-0407.
	 */
	long submitInvoice(long orderId, NewInvoice invoice, LocalDate on, DataScope scope, String by);

	/**
	 * The hospital accepts an invoice of a received shipment (验票); when the accepted
	 * totals come to the shipment's amount its payable matches and its due day is set.
	 * Whether it matched.
	 */
	boolean acceptInvoice(long invoiceId, LocalDate on, DataScope scope, String by);

	/** The hospital rejects an invoice with the reason; the enterprise issues another. */
	void rejectInvoice(long invoiceId, String reason, LocalDate on, DataScope scope, String by);

	/**
	 * The fund pays every unpaid, matched receipt in scope whose payment clock started on
	 * or before {@code through} (of one enterprise, or all when {@code supplierCode} is
	 * null), posting each through insurance's ledger once. A receipt without matching
	 * invoices is not paid.
	 */
	PaymentRun payDue(LocalDate through, String supplierCode, LocalDate on, DataScope scope, String by);

	/** The lines of an order in scope (PH-0406 when it is not). */
	List<OrderLine> lines(long orderId, DataScope scope);

	/**
	 * A line of an order: its number, item, quantity in minimum units, amount (the
	 * winning price, which includes tax, × quantity), what received shipments brought of
	 * it and what shipments on their way carry.
	 */
	record OrderLine(int lineNo, String itemCode, long quantity, BigDecimal amount, long received, long onItsWay) {

		/** What of the line is still to come in. */
		public long toCome() {
			return quantity - received;
		}

		/** What of the line the enterprise has still to ship. */
		public long toShip() {
			return quantity - received - onItsWay;
		}

	}

	/** What a shipment of an order in scope is worth (PH-0406, PH-0413). */
	BigDecimal shipmentAmount(long orderId, int shipmentNo, DataScope scope);

	/**
	 * An enterprise to register.
	 *
	 * @param uscc its 统一社会信用代码
	 * @param name the name its winning bids carry
	 * @param regionCode the division it is registered in (its code's digits)
	 * @param paymentDays the days the fund has to pay after a receipt (1–90)
	 */
	record NewSupplier(String uscc, String name, String regionCode, int paymentDays, String contact, String phone) {
	}

	/**
	 * An order: the round, the ordering institution, when it is needed by, the items, and
	 * the hospital system's own order number (optional; the same number is placed once).
	 */
	record NewOrder(long roundId, String institutionCode, LocalDate orderedOn, LocalDate deliverBy,
			List<OrderItem> items, String hisOrderNo) {

		public NewOrder(long roundId, String institutionCode, LocalDate orderedOn, LocalDate deliverBy,
				List<OrderItem> items) {
			this(roundId, institutionCode, orderedOn, deliverBy, items, null);
		}

	}

	/**
	 * An invoice as printed: code (none for a 数电发票) and number, the day issued, the
	 * seller's 纳税人识别号 (its 统一社会信用代码), the buyer's name, the amount without tax, the rate,
	 * the tax and the total (价税合计); and the shipment it is for (null: the one on its way,
	 * else the last received).
	 */
	record NewInvoice(String invoiceCode, String invoiceNo, LocalDate issuedOn, String sellerUscc, String buyerName,
			BigDecimal amount, BigDecimal taxRate, BigDecimal tax, BigDecimal total, Integer shipmentNo) {

		public NewInvoice(String invoiceCode, String invoiceNo, LocalDate issuedOn, String sellerUscc, String buyerName,
				BigDecimal amount, BigDecimal taxRate, BigDecimal tax, BigDecimal total) {
			this(invoiceCode, invoiceNo, issuedOn, sellerUscc, buyerName, amount, taxRate, tax, total, null);
		}

	}

	/** An item and its quantity in minimum units. */
	record OrderItem(String itemCode, long quantity) {
	}

	/**
	 * A shipped batch of an order line, with the trace codes scanned for it; a line's
	 * batches in a shipment add up to what is shipped of it.
	 */
	record Lot(int lineNo, String batchNo, LocalDate expiryDate, long quantity, List<String> traceCodes) {
	}

	/** What a payment run paid. */
	record PaymentRun(int payables, int suppliers, BigDecimal amount) {
	}

}
