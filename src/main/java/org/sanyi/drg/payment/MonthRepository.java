package org.sanyi.drg.payment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.sanyi.drg.engine.MonthSummary;
import org.sanyi.drg.payment.MonthSettlementService.MonthCase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A hospital's DRG settlement of a month ({@code drg_month}, {@code drg_month_case}) and
 * the cases it is made of.
 */
@Repository
class MonthRepository {

	private final JdbcClient jdbc;

	MonthRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The hospitals with current lists discharged in the month, within a scope. */
	List<String> institutionsWithLists(YearMonth month, boolean all, String regionPrefix, String ownInstitution) {
		return jdbc.sql("""
				select distinct institution_code from drg_setl_list
				where current_version and dscg_time >= :from and dscg_time < :to
				  and (:all or institution_region like :prefix || '%' or institution_code = :own)
				order by institution_code""")
			.param("from", month.atDay(1).atStartOfDay())
			.param("to", month.plusMonths(1).atDay(1).atStartOfDay())
			.param("all", all)
			.param("prefix", regionPrefix)
			.param("own", ownInstitution)
			.query(String.class)
			.list();
	}

	/**
	 * The hospital's current, unreversed lists discharged in the month, in discharge
	 * order.
	 */
	List<MonthCase> cases(String institution, YearMonth month) {
		return jdbc.sql("""
				select l.setl_list_id, l.setl_id, l.status, l.drg, l.drg_name, l.scheme_region,
				       cast(l.dscg_time as date) as dscg_date, l.act_ipt_days as los, s.medfee_sumamt as cost,
				       s.fund_pay_sumamt as fund
				from drg_setl_list l join drg_settlement s on s.setl_id = l.setl_id
				where l.current_version and not s.reversed and l.institution_code = :i
				  and l.dscg_time >= :from and l.dscg_time < :to
				order by l.dscg_time, l.setl_list_id""")
			.param("i", institution)
			.param("from", month.atDay(1).atStartOfDay())
			.param("to", month.plusMonths(1).atDay(1).atStartOfDay())
			.query(MonthCase.class)
			.list();
	}

	/** Removes an earlier settlement of the month (a re-run replaces it). */
	void delete(String institution, YearMonth month) {
		jdbc.sql("delete from drg_month where institution_code = :i and month = :m")
			.param("i", institution)
			.param("m", month.atDay(1))
			.update();
	}

	String institutionRegion(String setlId) {
		return jdbc.sql("select institution_region from drg_settlement where setl_id = :s")
			.param("s", setlId)
			.query(String.class)
			.single();
	}

	long insert(String institution, String region, YearMonth month, long versionId, MonthSummary.Result m, String by) {
		return jdbc.sql("""
				insert into drg_month (institution_code, institution_region, month, param_version_id, cases, drg_cases,
				    ffs_cases, high_cases, low_cases, cmi, total_cost, drg_fund, ffs_fund, settle_rate, surplus,
				    cost_index, time_index, settled_by)
				values (:i, :r, :m, :v, :cases, :drgCases, :ffs, :high, :low, :cmi, :cost, :drgFund, :ffsFund, :rate,
				    :surplus, :costIndex, :timeIndex, :by) returning id""")
			.param("i", institution)
			.param("r", region)
			.param("m", month.atDay(1))
			.param("v", versionId)
			.param("cases", m.cases())
			.param("drgCases", m.drgCases())
			.param("ffs", m.ffsCases())
			.param("high", m.highCases())
			.param("low", m.lowCases())
			.param("cmi", m.cmi())
			.param("cost", m.totalCost())
			.param("drgFund", m.drgFund())
			.param("ffsFund", m.ffsFund())
			.param("rate", m.settleRate())
			.param("surplus", m.surplus())
			.param("costIndex", m.costIndex())
			.param("timeIndex", m.timeIndex())
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/** The month's cases, 200 rows a statement. */
	void insertCases(long monthId, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += 200) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 200));
			StringBuilder sql = new StringBuilder(
					"""
							insert into drg_month_case (month_id, setl_list_id, setl_id, drg, drg_name, kind, ffs_reason, rw,
							    group_mean_cost, group_mean_los, cost, los, patient_paid, ffs_fund, standard, drg_fund) values """);
			List<Object> params = new ArrayList<>();
			for (int i = 0; i < chunk.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				params.add(monthId);
				params.addAll(Arrays.asList(chunk.get(i)));
			}
			jdbc.sql(sql.toString()).params(params).update();
		}
	}

}
