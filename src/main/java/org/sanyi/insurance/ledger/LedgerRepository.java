package org.sanyi.insurance.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.insurance.ledger.Ledger.Entry;
import org.sanyi.insurance.ledger.Ledger.Posting;
import org.sanyi.insurance.settlement.SettlementRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes postings to the append-only {@code ins_ledger_entry} and reads them back. */
@Repository
public class LedgerRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	LedgerRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public void post(Posting posting) {
		postAll(List.of(posting));
	}

	/** Inserts the entries of many postings in batches; returns how many entries. */
	public long postAll(List<Posting> postings) {
		List<Object[]> rows = new ArrayList<>();
		for (Posting posting : postings) {
			Date date = Date.valueOf(posting.date());
			for (Entry e : posting.entries()) {
				rows.add(new Object[] { posting.txnId(), posting.txnKind(), e.accountKind(), e.accountKey(), e.region(),
						e.amount(), date });
			}
		}
		batch.batchUpdate("insert into ins_ledger_entry (txn_id, txn_kind, account_kind, account_key, region, amount, "
				+ "posting_date) values (?, ?, ?, ?, ?, ?, ?)", rows);
		return rows.size();
	}

	/**
	 * Cross-region clearing rows for settlements treated outside their insured region:
	 * the insured region owes the treatment region what its funds and the person's
	 * account paid (negative for a reversal).
	 */
	public void clearing(List<SettlementRow> rows) {
		List<Object[]> values = new ArrayList<>();
		for (SettlementRow r : rows) {
			if (r.crossRegion()) {
				values.add(new Object[] { r.setlId(), r.insuredRegion(), r.treatmentRegion(), r.institution(),
						r.settlementDate().toString().substring(0, 7).replace("-", ""), r.medicalFees(), r.fundTotal(),
						r.accountPay() });
			}
		}
		if (values.isEmpty()) {
			return;
		}
		batch.batchUpdate(
				"insert into ins_clearing (setl_id, insuplc_admdvs, mdtrtarea_admvs, fixmedins_code, clr_month, "
						+ "medfee_sumamt, fund_pay_sumamt, acct_pay) values (?, ?, ?, ?, ?, ?, ?, ?)",
				values);
	}

	/** The entries of one transaction, in the order they were posted. */
	public List<Entry> entriesOf(String txnId) {
		return jdbc
			.sql("select account_kind, account_key, region, amount from ins_ledger_entry where txn_id = :t "
					+ "order by id")
			.param("t", txnId)
			.query((rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
			.list();
	}

	public BigDecimal balance(String accountKind, String accountKey) {
		return jdbc
			.sql("select coalesce(sum(amount), 0) from ins_ledger_entry where account_kind = :k and account_key = :a")
			.param("k", accountKind)
			.param("a", accountKey)
			.query(BigDecimal.class)
			.single();
	}

}
