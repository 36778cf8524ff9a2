package org.sanyi.insurance.ledger;

import java.math.BigDecimal;
import java.util.List;

import org.sanyi.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

import static org.sanyi.insurance.settlement.SettlementViewRepository.SCOPE;
import static org.sanyi.insurance.settlement.SettlementViewRepository.bindScope;

/**
 * The fund ledger as the 基金账务 page shows it, narrowed by the user's data scope in its
 * SQL: fund and personal account balances, what the funds owe the institutions,
 * cross-region clearing, and the monthly fund payments.
 */
@Repository
class LedgerViewRepository {

	private final JdbcClient jdbc;

	LedgerViewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Fund payments per month and scheme, for the chart. */
	record MonthlyFunds(String month, String insutype, BigDecimal fundTotal, BigDecimal accountPay, BigDecimal cashPay,
			long count) {
	}

	List<MonthlyFunds> monthly(DataScope scope) {
		return bindScope(jdbc.sql("select to_char(s.setl_date, 'YYYY-MM'), s.insutype, sum(s.fund_pay_sumamt), "
				+ "sum(s.acct_pay), sum(s.psn_cash_pay), count(*) filter (where s.status <> 'REVERSAL') "
				+ "from ins_settlement s where " + SCOPE + " group by 1, 2 order by 1, 2"), scope)
			.query((rs, i) -> new MonthlyFunds(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getLong(6)))
			.list();
	}

	/** An account's totals: what came in, what went out, the balance. */
	record AccountBalance(String kind, String key, String region, BigDecimal credits, BigDecimal debits,
			BigDecimal balance, long entries) {
	}

	/**
	 * What the funds and accounts owe an institution: fees billed at settlement
	 * ({@code credits}), cash it collected ({@code debits}, negative), adjustments posted
	 * by other modules (deductions −, payouts +, reversals included), what the fund paid
	 * enterprises for its drug and consumable receipts ({@code suppliers}, negative) and
	 * the balance.
	 */
	record Receivable(String key, String region, BigDecimal credits, BigDecimal debits, BigDecimal adjusted,
			BigDecimal suppliers, BigDecimal balance) {
	}

	/**
	 * What the funds and accounts owe each institution (RECEIVABLE + CASH), the largest
	 * first.
	 */
	List<Receivable> receivables(DataScope scope) {
		return bindLedgerScope(jdbc
			.sql("""
					select account_key, min(region),
					       coalesce(sum(amount) filter (where account_kind = 'RECEIVABLE'
					                                    and txn_kind not in ('ADJUSTMENT', 'ADJ_REVERSAL', 'SUPPLIER_PAY')), 0),
					       coalesce(sum(amount) filter (where account_kind = 'CASH'), 0),
					       coalesce(sum(amount) filter (where txn_kind in ('ADJUSTMENT', 'ADJ_REVERSAL')), 0),
					       coalesce(sum(amount) filter (where txn_kind = 'SUPPLIER_PAY'), 0), sum(amount)
					from ins_ledger_entry where account_kind in ('RECEIVABLE', 'CASH') and """
					+ LEDGER_SCOPE + """
							 group by account_key order by sum(amount) desc limit 20
							"""),
				scope)
			.query((rs, i) -> new Receivable(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
			.list();
	}

	/** Personal accounts summed per region: deposits, payments, balance. */
	List<AccountBalance> personalAccounts(DataScope scope) {
		return bindLedgerScope(jdbc
			.sql("""
					select 'PERSONAL', count(distinct account_key)::text, region,
					       coalesce(sum(amount) filter (where amount > 0), 0), coalesce(sum(amount) filter (where amount < 0), 0),
					       sum(amount), count(*)
					from ins_ledger_entry where account_kind = 'PERSONAL' and """
					+ LEDGER_SCOPE + """
							 group by region order by region
							"""),
				scope)
			.query(LedgerViewRepository::balance)
			.list();
	}

	/** Cross-region clearing per pair of regions and month. */
	record ClearingRow(String insuredRegion, String treatmentRegion, String month, long count, BigDecimal medicalFees,
			BigDecimal fundTotal, BigDecimal accountPay) {
	}

	List<ClearingRow> clearing(DataScope scope) {
		return bindLedgerScope(jdbc.sql("""
				select insuplc_admdvs, mdtrtarea_admvs, clr_month, count(*), sum(medfee_sumamt), sum(fund_pay_sumamt),
				       sum(acct_pay)
				from ins_clearing where (:prefix = '' or insuplc_admdvs like :prefix || '%'
				                         or mdtrtarea_admvs like :prefix || '%')
				group by 1, 2, 3 order by 3 desc, 1, 2 limit 60
				"""), scope)
			.query((rs, i) -> new ClearingRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
			.list();
	}

	/**
	 * Ledger entries visible under {@code :prefix}: those of the viewer's pooling region,
	 * and, for a county below the pooling region, the entries of settlements the county
	 * sees (made at its institutions or by its residents), the same scope as the
	 * settlements and the monthly chart.
	 */
	static final String LEDGER_SCOPE = """
			(:prefix = '' or region like :prefix || '%' or exists (select 1 from ins_settlement s
			  where s.setl_id = txn_id and (s.fixmedins_region like :prefix || '%' or s.person_region like :prefix || '%')))
			""";

	static StatementSpec bindLedgerScope(StatementSpec spec, DataScope scope) {
		return spec.param("prefix", switch (scope.kind()) {
			case ALL -> "";
			case REGION -> scope.regionPrefix();
			case INSTITUTION, SELF -> "~";
		});
	}

	private static AccountBalance balance(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new AccountBalance(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
				rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getLong(7));
	}

}
