package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of 阳光采购 settled by the fund: the purchase order's states and who moves them,
 * the checks of an enterprise's 统一社会信用代码 and of a 药品追溯码, the shortest shelf life a
 * delivery may carry, the payment deadline and what is late.
 * <p>
 * An order is {@code SUBMITTED} by the hospital; the enterprise {@code CONFIRMED}s or
 * {@code REFUSED}s it (the hospital may {@code CANCELLED} it until confirmed); the
 * enterprise ships all of it or part of it, in as many shipments as its stock and its
 * warehouses make (分批配送; {@code SHIPPED} while any shipment is on its way, each with
 * batches, expiry and trace codes, together never more than was ordered); the hospital
 * receives each shipment (it becomes purchase lines and a payable of the fund) or returns
 * it. Once none is on its way the order is {@code RECEIVED} when every line is in,
 * {@code PART_RECEIVED} while some is still to come, {@code RETURNED} when nothing came
 * in; the enterprise ships again. A hospital that will not wait for the rest closes a
 * partly received order with a reason ({@code RECEIVED}, short). An enterprise that has
 * shipped nothing that stayed by the day needed may lose the order: the hospital ends it
 * with a reason ({@code LAPSED}, 逾期未配送) and buys elsewhere.
 */
public final class Ordering {

	private Ordering() {
	}

	/** The states of a purchase order. */
	public enum Status {

		SUBMITTED, CONFIRMED, REFUSED, CANCELLED, SHIPPED, RETURNED, PART_RECEIVED, RECEIVED, LAPSED;

		public boolean open() {
			return this == SUBMITTED || this == CONFIRMED || this == SHIPPED || this == RETURNED
					|| this == PART_RECEIVED;
		}

	}

	/** Who acts on an order. */
	public enum Party {

		HOSPITAL, SUPPLIER

	}

	/** What can be done to an order, by whom, from which states, into which. */
	public enum Action {

		CONFIRM(Party.SUPPLIER, Status.CONFIRMED, EnumSet.of(Status.SUBMITTED)),
		REFUSE(Party.SUPPLIER, Status.REFUSED, EnumSet.of(Status.SUBMITTED)),
		CANCEL(Party.HOSPITAL, Status.CANCELLED, EnumSet.of(Status.SUBMITTED)),
		/** Another shipment may leave while one is on its way. */
		SHIP(Party.SUPPLIER, Status.SHIPPED,
				EnumSet.of(Status.CONFIRMED, Status.SHIPPED, Status.RETURNED, Status.PART_RECEIVED)),
		/**
		 * One shipment on its way goes back: see {@link #to(boolean, boolean, boolean)}.
		 */
		RETURN(Party.HOSPITAL, Status.RETURNED, EnumSet.of(Status.SHIPPED)),
		/**
		 * One shipment on its way comes in: see {@link #to(boolean, boolean, boolean)}.
		 */
		RECEIVE(Party.HOSPITAL, Status.RECEIVED, EnumSet.of(Status.SHIPPED)),
		/** The hospital takes what came as the whole order and waits for no more. */
		CLOSE(Party.HOSPITAL, Status.RECEIVED, EnumSet.of(Status.PART_RECEIVED)),
		/**
		 * The hospital ends an order of which nothing came by the day needed (only after
		 * it: {@link #mayLapse}).
		 */
		LAPSE(Party.HOSPITAL, Status.LAPSED, EnumSet.of(Status.CONFIRMED, Status.RETURNED));

		private final Party party;

		private final Status to;

		private final Set<Status> from;

		Action(Party party, Status to, Set<Status> from) {
			this.party = party;
			this.to = to;
			this.from = from;
		}

		public Party party() {
			return party;
		}

		public Status to() {
			return to;
		}

		public boolean allowedFrom(Status status) {
			return from.contains(status);
		}

		/**
		 * Whether the action needs a reason (a refusal, a cancellation, a return, a close
		 * short).
		 */
		public boolean needsReason() {
			return this == REFUSE || this == CANCEL || this == RETURN || this == CLOSE || this == LAPSE;
		}

		/**
		 * Where a receipt or a return of one shipment takes an order: still
		 * {@code SHIPPED} while another shipment is on its way ({@code onItsWay}); else
		 * {@code RECEIVED} when every line is in ({@code complete}),
		 * {@code PART_RECEIVED} when some came in ({@code anyReceived}), {@code RETURNED}
		 * when nothing did. Other actions go where they go.
		 */
		public Status to(boolean onItsWay, boolean complete, boolean anyReceived) {
			if (this != RECEIVE && this != RETURN) {
				return to;
			}
			if (onItsWay) {
				return Status.SHIPPED;
			}
			return complete ? Status.RECEIVED : anyReceived ? Status.PART_RECEIVED : Status.RETURNED;
		}

	}

	/**
	 * A delivered batch must keep at least this many months of shelf life from the day it
	 * ships (近效期 goods are refused).
	 */
	public static final int MIN_SHELF_MONTHS = 6;

	/** The enterprise has this many days from the order to confirm it. */
	public static final int CONFIRM_DAYS = 1;

	/** Default days between the order and the day it must arrive (配送时限). */
	public static final int DEFAULT_DELIVERY_DAYS = 3;

	/** The longest delivery time a hospital may ask for. */
	public static final int MAX_DELIVERY_DAYS = 30;

	/** Days the hospital has to receive or return a shipment once it left. */
	public static final int RECEIPT_DAYS = 3;

	/**
	 * Whether a hospital may end an order for non-delivery on {@code day}: only once the
	 * day it needed the goods has passed.
	 */
	public static boolean mayLapse(LocalDate deliverBy, LocalDate day) {
		return day.isAfter(deliverBy);
	}

	/** The latest expiry a delivered batch may not fall before. */
	public static LocalDate earliestExpiry(LocalDate shipped) {
		return shipped.plusMonths(MIN_SHELF_MONTHS);
	}

	/** The day the fund must have paid the enterprise, counted from a day. */
	public static LocalDate dueOn(LocalDate received, int paymentDays) {
		return received.plusDays(paymentDays);
	}

	/** What is late about an open order or an unpaid payable on a given day. */
	public enum Late {

		/** Not confirmed within {@link #CONFIRM_DAYS} of the order. */
		CONFIRMATION,
		/**
		 * Confirmed (or returned, or partly received) and not all shipped by the day the
		 * hospital needs it, also while part of it is on its way.
		 */
		DELIVERY,
		/**
		 * A shipment not received or returned within {@link #RECEIPT_DAYS} of shipping.
		 */
		RECEIPT,
		/** Received and not paid by the fund by its due day. */
		PAYMENT,
		/**
		 * Received with an invoice the hospital has not checked within
		 * {@link Invoicing#CHECK_DAYS} (the payment clock waits for the check).
		 */
		INVOICE_CHECK

	}

	/**
	 * What is late about an order in this state on {@code today}, or {@code null}: first
	 * what its state waits for (the confirmation, the delivery, the receipt of the
	 * shipment on its way longest: {@code shippedOn}; with shipments on their way, the
	 * delivery of what is left to ship, {@code leftToShip}), then the fund's payment of a
	 * received shipment past {@code dueOn} (the earliest due day of what is unpaid, null
	 * when nothing is due), then the hospital's check of an invoice past {@code checkBy}
	 * ({@link Invoicing#checkBy}, null when none waits).
	 */
	public static Late lateness(Status status, LocalDate orderedOn, LocalDate deliverBy, LocalDate shippedOn,
			boolean leftToShip, LocalDate dueOn, LocalDate checkBy, LocalDate today) {
		Late waiting = switch (status) {
			case SUBMITTED -> today.isAfter(orderedOn.plusDays(CONFIRM_DAYS)) ? Late.CONFIRMATION : null;
			case CONFIRMED, RETURNED, PART_RECEIVED -> today.isAfter(deliverBy) ? Late.DELIVERY : null;
			case SHIPPED -> shippedOn != null && today.isAfter(shippedOn.plusDays(RECEIPT_DAYS)) ? Late.RECEIPT
					: leftToShip && today.isAfter(deliverBy) ? Late.DELIVERY : null;
			case RECEIVED, REFUSED, CANCELLED, LAPSED -> null;
		};
		if (waiting != null) {
			return waiting;
		}
		if (dueOn != null && today.isAfter(dueOn)) {
			return Late.PAYMENT;
		}
		return checkBy != null && today.isAfter(checkBy) ? Late.INVOICE_CHECK : null;
	}

	/**
	 * What a shipment of {@code quantity} of a line is worth: the unit price × quantity
	 * rounded half up, except that the shipment that completes the line takes what its
	 * amount leaves after the shipments received or on their way ({@code valuedBefore}
	 * for {@code before} units), so the parts of a line always add up to the line's
	 * amount: whichever of them is returned later, the shipment that completes the line
	 * again is valued against those that stay.
	 */
	public static BigDecimal partAmount(BigDecimal unitPrice, long quantity, long ordered, long before,
			BigDecimal lineAmount, BigDecimal valuedBefore) {
		if (before + quantity == ordered) {
			return lineAmount.subtract(valuedBefore);
		}
		return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
	}

	private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] USCC_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	/**
	 * Whether a 统一社会信用代码 is well formed (GB 32100-2015): 18 characters of the code's
	 * alphabet (no I, O, S, V, Z), a registering authority and kind, a 6-digit division,
	 * the 9-character organisation code with its own check character (GB 11714) and the
	 * final check character.
	 */
	public static boolean validUscc(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int v = USCC_CHARS.indexOf(code.charAt(i));
			if (v < 0) {
				return false;
			}
			sum += v * USCC_WEIGHTS[i];
		}
		for (int i = 2; i < 8; i++) {
			if (!Character.isDigit(code.charAt(i))) {
				return false;
			}
		}
		int check = (31 - sum % 31) % 31;
		if (code.charAt(17) != USCC_CHARS.charAt(check)) {
			return false;
		}
		return validOrganisationCode(code.substring(8, 17));
	}

	/** The check character a USCC's first 17 characters call for. */
	public static char usccCheck(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += USCC_CHARS.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
		}
		return USCC_CHARS.charAt((31 - sum % 31) % 31);
	}

	/** The check character of an organisation code's first 8 characters (GB 11714). */
	public static char organisationCheck(String first8) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += value(first8.charAt(i)) * ORG_WEIGHTS[i];
		}
		int c = 11 - sum % 11;
		return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
	}

	private static boolean validOrganisationCode(String code) {
		for (int i = 0; i < 8; i++) {
			if (value(code.charAt(i)) < 0) {
				return false;
			}
		}
		return code.charAt(8) == organisationCheck(code.substring(0, 8));
	}

	private static int value(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'A' && c <= 'Z') {
			return c - 'A' + 10;
		}
		return -1;
	}

	/**
	 * Whether a 药品追溯码 is well formed: 20 digits, the first 7 the drug's identification
	 * code (药品标识码), then a 9-digit serial and 4 check digits issued by the code provider
	 * (whose check the platform cannot recompute, so only the form is checked here; a
	 * code's reuse is checked against every delivery).
	 */
	public static boolean validTraceCode(String code) {
		if (code == null || code.length() != 20) {
			return false;
		}
		for (int i = 0; i < 20; i++) {
			if (code.charAt(i) < '0' || code.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
