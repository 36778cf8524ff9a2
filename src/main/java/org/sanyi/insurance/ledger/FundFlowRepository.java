package org.sanyi.insurance.ledger;

import java.math.BigDecimal;
import java.util.List;

import org.sanyi.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The funds as a finance officer reads them (基金收支): per fund, its income (征缴 and
 * deposits), its expenditure (settlement payments net of reversals and of the
 * adjustments: a deduction recovered lowers it, a payout raises it; a positive number)
 * and its balance (结余 = income − expenditure); and the contributions collected per
 * insurance type, as positive amounts. The double-entry signs stay in the ledger.
 */
@Repository
class FundFlowRepository {

	private final JdbcClient jdbc;

	FundFlowRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One fund or one collection account of a pooling region.
	 *
	 * @param kind {@code FUND} or {@code CONTRIBUTION}
	 * @param code the fund code (310100) or the insurance type collected (310)
	 */
	public record Flow(String kind, String code, String region, BigDecimal income, BigDecimal expenditure,
			BigDecimal balance) {

		/**
		 * What a collection account took in, positive (the ledger books it as a credit,
		 * negative).
		 */
		public BigDecimal collected() {
			return balance.negate();
		}

	}

	public List<Flow> of(DataScope scope) {
		return LedgerViewRepository
			.bindLedgerScope(jdbc.sql("""
					select account_kind, split_part(account_key, ':', 1), min(region),
					       coalesce(sum(amount) filter (where txn_kind in ('CONTRIBUTION', 'DEPOSIT')), 0),
					       coalesce(-sum(amount) filter (where txn_kind in ('SETTLEMENT', 'REVERSAL', 'ADJUSTMENT',
					                                                  'ADJ_REVERSAL')), 0),
					       sum(amount)
					from ins_ledger_entry where account_kind in ('FUND', 'CONTRIBUTION') and """
					+ LedgerViewRepository.LEDGER_SCOPE + """
							 group by account_kind, account_key order by account_kind desc, account_key limit 200
							"""), scope)
			.query((rs, i) -> new Flow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6)))
			.list();
	}

}
