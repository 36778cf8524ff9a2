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
	 * the round) or PH-0412 (a field).
	 */
	List<Long> place(NewOrder order, DataScope scope, String by);

	/** The enterprise confirms a submitted order. */
	void confirm(long orderId, LocalDate on, DataScope scope, String by);

	/** The enterprise refuses a submitted order, with the reason. */
	void refuse(long orderId, String reason, LocalDate on, DataScope scope, String by);

	/** The hospital withdraws an order the enterprise has not confirmed. */
	void cancel(long orderId, String reason, LocalDate on, DataScope scope, String by);

	/**
	 * The enterprise ships every line in full, in one or more batches each. Refused with
	 * PH-0408 (a line's batches do not add up to what was ordered), PH-0409 (a batch
	 * expires within six months), PH-0410 (a malformed trace code, or a drug batch
	 * without one) or PH-0411 (a trace code delivered before).
	 */
	void ship(long orderId, LocalDate on, List<Lot> lots, DataScope scope, String by);

	/**
	 * The hospital sends a delivery back, with the reason; the enterprise ships again.
	 */
	void returnDelivery(long orderId, String reason, LocalDate on, DataScope scope, String by);

	/**
	 * The hospital receives a delivery: purchase lines of the round are stored and the
	 * fund owes the enterprise the order's amount, due after the enterprise's payment
	 * days.
	 */
	void receive(long orderId, LocalDate on, DataScope scope, String by);

	/**
	 * The fund pays every unpaid receipt in scope received on or before {@code through}
	 * (of one enterprise, or all when {@code supplierCode} is null), posting each through
	 * insurance's ledger once.
	 */
	PaymentRun payDue(LocalDate through, String supplierCode, LocalDate on, DataScope scope, String by);

	/** The lines of an order in scope (PH-0406 when it is not). */
	List<OrderLine> lines(long orderId, DataScope scope);

	/** A line of an order: its number, item and quantity in minimum units. */
	record OrderLine(int lineNo, String itemCode, long quantity) {
	}

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

	/** An order: the round, the ordering institution, when it is needed by, the items. */
	record NewOrder(long roundId, String institutionCode, LocalDate orderedOn, LocalDate deliverBy,
			List<OrderItem> items) {
	}

	/** An item and its quantity in minimum units. */
	record OrderItem(String itemCode, long quantity) {
	}

	/** A shipped batch of an order line, with the trace codes scanned for it. */
	record Lot(int lineNo, String batchNo, LocalDate expiryDate, long quantity, List<String> traceCodes) {
	}

	/** What a payment run paid. */
	record PaymentRun(int payables, int suppliers, BigDecimal amount) {
	}

}
