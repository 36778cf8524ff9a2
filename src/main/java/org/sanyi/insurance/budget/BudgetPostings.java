package org.sanyi.insurance.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.insurance.budget.engine.YearEnd;
import org.sanyi.insurance.ledger.Ledger.Entry;
import org.sanyi.insurance.ledger.Ledger.Posting;

/**
 * The ledger postings of the global budget. The member institutions' settlements have
 * already charged the fund ({@code FUND -fund payment}, the institution's
 * {@code RECEIVABLE}), so paying the group is not a second expense:
 * <ul>
 * <li>an advance (BUDGET_ADV) moves cash on account: {@code FUND_ADV fund:admdvs} − (the
 * fund's advances, 暂付款) and {@code GROUP_ADV alliance:fund:year} + (what the group holds
 * until the clearing);</li>
 * <li>the clearing (BUDGET_CLR) settles the advances ({@code GROUP_ADV} −advanced,
 * {@code FUND_ADV} +advanced) and turns the fund's expense for the group's year from the
 * item spend into the final amount: {@code FUND} −(final − spend) and
 * {@code GROUP_CLR alliance:fund:year} +(final − spend) — the retained surplus is an
 * extra expense of the fund, the group's share of an overspend a saving.</li>
 * </ul>
 * Zero amounts are left out.
 */
final class BudgetPostings {

	private BudgetPostings() {
	}

	static Posting advance(String txnId, LocalDate date, BudgetRow b, BigDecimal amount) {
		List<Entry> entries = new ArrayList<>();
		add(entries, "FUND_ADV", b.fundPayType() + ":" + b.region(), b.region(), amount.negate());
		add(entries, "GROUP_ADV", b.accountKey(), b.region(), amount);
		return new Posting(txnId, "BUDGET_ADV", date, entries);
	}

	static Posting clearing(String txnId, LocalDate date, BudgetRow b, YearEnd r) {
		List<Entry> entries = new ArrayList<>();
		BigDecimal advanced = r.advanced().amount();
		BigDecimal adjustment = r.adjustment().amount();
		add(entries, "GROUP_ADV", b.accountKey(), b.region(), advanced.negate());
		add(entries, "FUND_ADV", b.fundPayType() + ":" + b.region(), b.region(), advanced);
		add(entries, "FUND", b.fundPayType() + ":" + b.region(), b.region(), adjustment.negate());
		add(entries, "GROUP_CLR", b.accountKey(), b.region(), adjustment);
		return new Posting(txnId, "BUDGET_CLR", date, entries);
	}

	private static void add(List<Entry> entries, String kind, String key, String region, BigDecimal amount) {
		if (amount.signum() != 0) {
			entries.add(new Entry(kind, key, region, amount));
		}
	}

}
