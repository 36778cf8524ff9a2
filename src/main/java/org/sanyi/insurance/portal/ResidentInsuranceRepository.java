package org.sanyi.insurance.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.sanyi.insurance.portal.ResidentInsuranceViews.AccountMovement;
import org.sanyi.insurance.portal.ResidentInsuranceViews.MySettlement;
import org.sanyi.insurance.support.InsuranceConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What 我的医保 reads of a resident's own insured persons: their numbers, account movements
 * and settlements.
 */
@Repository
class ResidentInsuranceRepository {

	private final JdbcClient jdbc;

	ResidentInsuranceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest movements of the persons' accounts, newest first. */
	List<AccountMovement> movements(List<String> psnNos, int limit) {
		return jdbc.sql("""
				select e.account_key, e.posting_date, e.posted_at, e.txn_kind, e.txn_id, s.fixmedins_name, e.amount
				from ins_ledger_entry e left join ins_settlement s on s.setl_id = e.txn_id
				where e.account_kind = 'PERSONAL' and e.account_key = any (:p)
				order by e.posted_at desc, e.id desc limit :limit
				""")
			.param("p", psnNos.toArray(String[]::new))
			.param("limit", limit)
			.query((rs, i) -> new AccountMovement(rs.getString(1), rs.getObject(2, LocalDate.class),
					InsuranceConfiguration.local(rs.getObject(3, OffsetDateTime.class)), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBigDecimal(7)))
			.list();
	}

	/** The persons' settlements and reversals, newest first. */
	List<MySettlement> settlements(List<String> psnNos, int limit) {
		return jdbc.sql("""
				select setl_id, setl_time, insutype, med_type, fixmedins_name, medfee_sumamt, fund_pay_sumamt, acct_pay,
				       psn_cash_pay, status, refd_setl_flag
				from ins_settlement where psn_no = any (:p) order by setl_time desc, setl_id desc limit :limit
				""")
			.param("p", psnNos.toArray(String[]::new))
			.param("limit", limit)
			.query((rs, i) -> new MySettlement(rs.getString(1),
					InsuranceConfiguration.local(rs.getObject(2, OffsetDateTime.class)), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
					rs.getBigDecimal(9), rs.getString(10), "1".equals(rs.getString(11))))
			.list();
	}

}
