package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of an enterprise's invoice (发票) for a 阳光采购 order and of the hospital's check
 * of it (验票), before the fund may pay: the order, the receipt and the invoices must agree
 * (三单一致).
 * <p>
 * An invoice is either a 数电发票 (a 20-digit number whose first two digits are the year it
 * was issued, no invoice code) or an earlier 增值税发票 (a 10-digit code for a 专用发票 or a
 * 12-digit code for a 普通发票, and an 8-digit number). It states the amount without tax, one
 * tax rate, the tax and the total (价税合计 = amount + tax, to the fen). Winning prices
 * include tax, so the totals of an order's accepted invoices must come to the order's
 * amount exactly; the tax may differ from amount × rate by at most one fen per order
 * line, because the invoice rounds each line's tax.
 * <p>
 * The payment clock starts when the invoices match: the fund owes the enterprise
 * {@code payment days} after the later of the receipt and the day the last invoice was
 * accepted. A hospital has {@link #CHECK_DAYS} to check an invoice once it has both the
 * invoice and the goods; a hospital that sits on invoices delays the enterprise's money,
 * so a late check is flagged like a late payment.
 */
public final class Invoicing {

	private Invoicing() {
	}

	/** The states of an invoice. */
	public enum Status {

		/** Submitted by the enterprise, waiting for the hospital's check. */
		SUBMITTED,
		/** Checked by the hospital: it counts towards the order's amount. */
		ACCEPTED,
		/** Refused by the hospital with a reason: the enterprise issues another. */
		REJECTED

	}

	/**
	 * VAT rates an invoice for drugs or consumables may carry (13 % general, 3 % simple).
	 */
	public static final List<BigDecimal> TAX_RATES = List.of(new BigDecimal("0.13"), new BigDecimal("0.09"),
			new BigDecimal("0.06"), new BigDecimal("0.03"), new BigDecimal("0.01"), BigDecimal.ZERO);

	/**
	 * Days a hospital has to check an invoice once it holds the invoice and the goods.
	 */
	public static final int CHECK_DAYS = 5;

	private static final BigDecimal FEN = new BigDecimal("0.01");

	/**
	 * The field at fault in an invoice's number and code, or {@code null} when they are
	 * well formed: {@code invoiceNo} for a number that is neither 20 digits (数电发票, no
	 * code, starting with the issue year's last two digits) nor 8 digits with a code;
	 * {@code invoiceCode} for a code that is not 10 or 12 digits, or present with a
	 * 20-digit number.
	 */
	public static String numberFault(String code, String number, LocalDate issuedOn) {
		if (number == null || !number.matches("[0-9]{8}|[0-9]{20}")) {
			return "invoiceNo";
		}
		boolean hasCode = code != null && !code.isEmpty();
		if (number.length() == 20) {
			if (hasCode) {
				return "invoiceCode";
			}
			String year = String.format("%02d", issuedOn.getYear() % 100);
			return number.startsWith(year) ? null : "invoiceNo";
		}
		return hasCode && code.matches("[0-9]{10}|[0-9]{12}") ? null : "invoiceCode";
	}

	/** Whether the rate is one an invoice for drugs or consumables may carry. */
	public static boolean validRate(BigDecimal rate) {
		return rate != null && TAX_RATES.stream().anyMatch(r -> r.compareTo(rate) == 0);
	}

	/** The tax an amount without tax calls for at a rate, rounded half up to the fen. */
	public static BigDecimal tax(BigDecimal amount, BigDecimal rate) {
		return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * Whether a stated tax agrees with amount × rate: within one fen for each line of the
	 * order the invoice is for (each line's tax is rounded on its own).
	 */
	public static boolean taxAgrees(BigDecimal amount, BigDecimal rate, BigDecimal tax, int lines) {
		BigDecimal tolerance = FEN.multiply(BigDecimal.valueOf(Math.max(1, lines)));
		return tax.subtract(tax(amount, rate)).abs().compareTo(tolerance) <= 0;
	}

	/** Whether an amount is positive with at most two decimals (yuan and fen). */
	public static boolean money(BigDecimal amount) {
		return amount != null && amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2;
	}

	/**
	 * The day the fund must have paid the enterprise once the invoices matched: the
	 * payment days after the later of the receipt and the match.
	 */
	public static LocalDate dueOn(LocalDate received, LocalDate matched, int paymentDays) {
		return Ordering.dueOn(matched.isAfter(received) ? matched : received, paymentDays);
	}

	/**
	 * The day a hospital is late to check an invoice it holds: {@link #CHECK_DAYS} after
	 * the later of the invoice's submission and the goods' receipt.
	 */
	public static LocalDate checkBy(LocalDate submitted, LocalDate received) {
		return (received != null && received.isAfter(submitted) ? received : submitted).plusDays(CHECK_DAYS);
	}

}
