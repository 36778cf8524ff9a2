package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Adjustments of what the funds owe a designated institution, for other modules: a
 * deduction (扣款) fund supervision upheld, a payout such as 集采 结余留用. Each is a balanced
 * posting in insurance's ledger between the institution's {@code RECEIVABLE} and a pooled
 * {@code FUND}, idempotent by the caller's key (posting the same key again returns the
 * stored adjustment and posts nothing; the same key with other content is refused with
 * INS-0140), reversible once by a compensating posting (nothing is deleted), audited, and
 * shown on the 基金账务 page. Joins the caller's transaction.
 */
public interface FundAdjustments {

	/**
	 * Posts an adjustment once per key. Refused with INS-0141 (a field: key, amount,
	 * reason, fund), INS-0142 (institution unknown), INS-0143 (the settlement is not the
	 * institution's) or INS-0140 (the key was used for another adjustment).
	 */
	Adjustment post(NewAdjustment adjustment);

	/**
	 * Reverses the adjustment of a key by a compensating posting dated {@code on}; a
	 * reversed one is returned as it is (never twice). INS-0144 when the key is unknown.
	 */
	Adjustment reverse(String key, String reason, String by, LocalDate on);

	Optional<Adjustment> find(String key);

	/** What the adjustment does to the institution's receivable. */
	enum Kind {

		/** The fund owes the institution less (扣款): RECEIVABLE −, FUND +. */
		DEDUCTION,
		/** The fund owes the institution more (e.g. 结余留用): RECEIVABLE +, FUND −. */
		PAYOUT

	}

	/**
	 * An adjustment to post.
	 *
	 * @param key the caller's key, unique for ever (e.g. {@code SUP-DED-123}), at most 80
	 * characters
	 * @param kind deduction or payout
	 * @param institutionCode {@code fixmedins_code}
	 * @param settlementId the settlement it concerns, or {@code null}; when given, the
	 * fund is the settlement's pooled fund of its insured region and the settlement must
	 * be the institution's
	 * @param fundPayType the pooled fund ({@code 310100} or {@code 390100}) of the
	 * institution's pooling region when no settlement is given
	 * @param amount positive, at most two decimals
	 * @param on the posting date
	 * @param reason why (shown on the ledger page), at most 500 characters
	 * @param by who decided it
	 */
	record NewAdjustment(String key, Kind kind, String institutionCode, String settlementId, String fundPayType,
			BigDecimal amount, LocalDate on, String reason, String by) {
	}

	/**
	 * A posted adjustment.
	 *
	 * @param txnId its ledger transaction
	 * @param reversalTxnId the compensating transaction, or {@code null}
	 */
	record Adjustment(String key, Kind kind, String institutionCode, String fundPayType, String fundRegion,
			BigDecimal amount, LocalDate postedOn, String txnId, String reversalTxnId, LocalDate reversedOn) {

		public boolean reversed() {
			return reversalTxnId != null;
		}

	}

}
