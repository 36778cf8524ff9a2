package org.sanyi.insurance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.insurance.engine.Settlement;
import org.sanyi.insurance.engine.FundPayment;

/**
 * The double-entry postings of the insurance funds. Every posting's entries sum to zero.
 * Accounts and their sign (+ the account holds more, - it holds less):
 * <ul>
 * <li>{@code FUND fund_pay_type:admdvs}: a pooled fund of a region; contributions +,
 * payments -;</li>
 * <li>{@code PERSONAL psn_no}: an employee's personal account; deposits +, payments
 * -;</li>
 * <li>{@code RECEIVABLE fixmedins_code}: what an institution has billed for settled
 * visits (the medical fees) +;</li>
 * <li>{@code CASH fixmedins_code}: the patients' cash the institution collected at its
 * counter -, so that RECEIVABLE + CASH is what the funds and accounts owe the
 * institution;</li>
 * <li>{@code CONTRIBUTION insutype:admdvs}: the contributions side (employers, residents,
 * subsidies) -.</li>
 * </ul>
 * A settlement posts RECEIVABLE +medfee, CASH -cash, PERSONAL -acct_pay and FUND -each
 * fund payment; a reversal posts the same entries negated. An adjustment (a deduction or
 * a payout posted by another module through {@code FundAdjustments}) moves an amount
 * between an institution's RECEIVABLE and a FUND; its reversal (ADJ_REVERSAL) negates it.
 * A supplier payment (SUPPLIER_PAY, 医保基金与药企直接结算) moves an amount from an institution's
 * RECEIVABLE to the enterprise's {@code SUPPLIER} account: the fund pays the enterprise
 * what it would otherwise have paid the institution.
 */
public final class Ledger {

	private Ledger() {
	}

	/** One line of a posting. */
	public record Entry(String accountKind, String accountKey, String region, BigDecimal amount) {
	}

	/** A balanced set of entries under one transaction id. */
	public record Posting(String txnId, String txnKind, LocalDate date, List<Entry> entries) {

		public Posting {
			entries = List.copyOf(entries);
			BigDecimal sum = BigDecimal.ZERO;
			for (Entry entry : entries) {
				sum = sum.add(entry.amount());
			}
			if (sum.signum() != 0) {
				throw new IllegalStateException("posting " + txnId + " does not balance: " + sum);
			}
		}

		/**
		 * The same entries negated, under another transaction id: the compensation of
		 * this posting.
		 */
		public Posting reversedAs(String reversalId, LocalDate on) {
			return reversedAs(reversalId, "REVERSAL", on);
		}

		/** The compensation of this posting under a transaction kind of its own. */
		public Posting reversedAs(String reversalId, String kind, LocalDate on) {
			List<Entry> negated = new ArrayList<>(entries.size());
			for (Entry entry : entries) {
				negated
					.add(new Entry(entry.accountKind(), entry.accountKey(), entry.region(), entry.amount().negate()));
			}
			return new Posting(reversalId, kind, on, negated);
		}

	}

	/** The entries of a settlement: who billed, who paid. Zero amounts are left out. */
	public static Posting settlement(String setlId, LocalDate date, Settlement s, String institution,
			String treatmentRegion, String insuredRegion) {
		List<Entry> entries = new ArrayList<>();
		add(entries, "RECEIVABLE", institution, treatmentRegion, s.totals().medicalFees().amount());
		add(entries, "CASH", institution, treatmentRegion, s.cashPay().amount().negate());
		add(entries, "PERSONAL", s.visit().personId(), insuredRegion, s.accountPay().amount().negate());
		for (FundPayment payment : s.fundPayments()) {
			add(entries, "FUND", payment.fund().code() + ":" + insuredRegion, insuredRegion,
					payment.amount().amount().negate());
		}
		return new Posting(setlId, "SETTLEMENT", date, entries);
	}

	/**
	 * An adjustment of what the funds owe an institution (ADJUSTMENT): a deduction takes
	 * the amount off its {@code RECEIVABLE} and gives it back to the fund that paid, a
	 * payout the other way round. Its reversal is {@code reversedAs(id, "ADJ_REVERSAL",
	 * on)}.
	 * @param deduction whether the institution is owed less
	 * @param poolingRegion the institution's pooling region (the region of its
	 * receivable, as at settlement)
	 * @param fundPayType the fund ({@code 310100}) and {@code fundRegion} its region
	 */
	public static Posting adjustment(String txnId, LocalDate date, boolean deduction, String institution,
			String poolingRegion, String fundPayType, String fundRegion, BigDecimal amount) {
		BigDecimal receivable = deduction ? amount.negate() : amount;
		return new Posting(txnId, "ADJUSTMENT", date,
				List.of(new Entry("RECEIVABLE", institution, poolingRegion, receivable),
						new Entry("FUND", fundPayType + ":" + fundRegion, fundRegion, receivable.negate())));
	}

	/**
	 * A payment to an enterprise on an institution's behalf (SUPPLIER_PAY): RECEIVABLE
	 * −amount in the institution's pooling region, SUPPLIER +amount.
	 */
	public static Posting supplierPayment(String txnId, LocalDate date, String institution, String poolingRegion,
			String supplierCode, BigDecimal amount) {
		return new Posting(txnId, "SUPPLIER_PAY", date,
				List.of(new Entry("RECEIVABLE", institution, poolingRegion, amount.negate()),
						new Entry("SUPPLIER", supplierCode, poolingRegion, amount)));
	}

	/**
	 * A deposit into a personal account from the contributions of its scheme and region.
	 */
	public static Posting deposit(String txnId, LocalDate date, String psnNo, String region, BigDecimal amount) {
		return new Posting(txnId, "DEPOSIT", date, List.of(new Entry("PERSONAL", psnNo, region, amount),
				new Entry("CONTRIBUTION", "310:" + region, region, amount.negate())));
	}

	/** Contributions into a pooled fund. */
	public static Posting contribution(String txnId, LocalDate date, String fundPayType, String region,
			BigDecimal amount) {
		return new Posting(txnId, "CONTRIBUTION", date, List.of(
				new Entry("FUND", fundPayType + ":" + region, region, amount),
				new Entry("CONTRIBUTION", fundPayType.substring(0, 3) + ":" + region, region, amount.negate())));
	}

	private static void add(List<Entry> entries, String kind, String key, String region, BigDecimal amount) {
		if (amount.signum() != 0) {
			entries.add(new Entry(kind, key, region, amount));
		}
	}

}
