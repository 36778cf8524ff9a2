package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 医保基金与药企直接结算, for other modules: the fund pays a drug or consumable enterprise for what
 * a designated institution received through 阳光采购, out of what the fund owes that
 * institution (Sanming's way: hospitals never hold the money for drugs, enterprises are
 * paid on a deadline). Each payment is a balanced posting in insurance's ledger
 * ({@code SUPPLIER_PAY}: the institution's {@code RECEIVABLE} −, the enterprise's
 * {@code SUPPLIER} account +), idempotent by the caller's key (the same key again returns
 * the stored payment and posts nothing; the same key with other content is refused with
 * INS-0145), audited and shown on the 基金账务 page. Joins the caller's transaction.
 */
public interface SupplierPayments {

	/**
	 * Posts a payment once per key. Refused with INS-0141 (a field: key, amount, reason,
	 * supplier, on, by), INS-0142 (institution unknown) or INS-0145 (the key was used for
	 * another payment).
	 */
	Payment pay(NewPayment payment);

	Optional<Payment> find(String key);

	/**
	 * A payment to post.
	 *
	 * @param key the caller's key, unique for ever (e.g. {@code PH-PAY-123}), at most 80
	 * characters
	 * @param institutionCode the institution whose receipt is paid for
	 * ({@code fixmedins_code})
	 * @param supplierCode the enterprise's code on the platform (12 characters)
	 * @param supplierName its registered name
	 * @param supplierUscc its 统一社会信用代码 (18 characters, checked by the caller's registry
	 * of enterprises)
	 * @param amount positive, at most two decimals
	 * @param on the posting (payment) date
	 * @param reason what it pays for (an order number), at most 500 characters
	 * @param by who released it
	 */
	record NewPayment(String key, String institutionCode, String supplierCode, String supplierName, String supplierUscc,
			BigDecimal amount, LocalDate on, String reason, String by) {
	}

	/** A posted payment and its ledger transaction. */
	record Payment(String key, String institutionCode, String supplierCode, BigDecimal amount, LocalDate paidOn,
			String txnId) {
	}

}
