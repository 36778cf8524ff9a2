package org.sanyi.insurance.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.sanyi.insurance.reconciliation.StatementService.DetailLine;
import org.sanyi.insurance.reconciliation.StatementService.StatementRequest;
import org.sanyi.insurance.reconciliation.StatementService.Totals;
import org.sanyi.insurance.support.InsuranceConfiguration;
import org.sanyi.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.sanyi.insurance.settlement.SettlementViewRepository.SCOPE;
import static org.sanyi.insurance.settlement.SettlementViewRepository.bindScope;

/**
 * Institutions' statements (3201/3202, {@code ins_statement}) and the platform's side of
 * them: the totals and lines of an institution's settlements in a period, and the daily
 * totals the 对账 page shows.
 */
@Repository
class StatementRepository {

	private final JdbcClient jdbc;

	StatementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A 3201/3202 statement as stored. */
	record StatementRow(long id, String msgid, String infno, String institution, String insutype, String clrType,
			LocalDate from, LocalDate to, BigDecimal hisMedicalFees, BigDecimal hisFundTotal, BigDecimal hisAccountPay,
			int hisCount, BigDecimal medicalFees, BigDecimal fundTotal, BigDecimal accountPay, int count, String result,
			String description, OffsetDateTime at) {
	}

	List<StatementRow> statements(DataScope scope) {
		return bindScope(jdbc.sql("select * from ins_statement s where (:kind = 'ALL' or (:kind = 'INSTITUTION' "
				+ "and s.fixmedins_code = :inst)) order by s.id desc limit 100"), scope)
			.query((rs, i) -> new StatementRow(rs.getLong("id"), rs.getString("msgid"), rs.getString("infno"),
					rs.getString("fixmedins_code"), rs.getString("insutype"), rs.getString("clr_type"),
					rs.getObject("stmt_begndate", LocalDate.class), rs.getObject("stmt_enddate", LocalDate.class),
					rs.getBigDecimal("his_medfee_sumamt"), rs.getBigDecimal("his_fund_pay_sumamt"),
					rs.getBigDecimal("his_acct_pay"), rs.getInt("his_setl_cnt"), rs.getBigDecimal("medfee_sumamt"),
					rs.getBigDecimal("fund_pay_sumamt"), rs.getBigDecimal("acct_pay"), rs.getInt("setl_cnt"),
					rs.getString("stmt_rslt"), rs.getString("stmt_rslt_dscr"),
					InsuranceConfiguration.local(rs.getObject("created_at", OffsetDateTime.class))))
			.list();
	}

	/**
	 * The platform's daily totals of the visible settlements over the last days (what a
	 * 3201 would compare).
	 */
	record DailyTotals(LocalDate day, long settlements, long reversals, BigDecimal medicalFees, BigDecimal fundTotal,
			BigDecimal accountPay) {
	}

	List<DailyTotals> daily(DataScope scope, int days) {
		return bindScope(jdbc.sql("select s.setl_date, count(*) filter (where s.status <> 'REVERSAL'), "
				+ "count(*) filter (where s.status = 'REVERSAL'), sum(s.medfee_sumamt), sum(s.fund_pay_sumamt), "
				+ "sum(s.acct_pay) from ins_settlement s where " + SCOPE
				+ " and s.setl_date > (select max(setl_date) from ins_settlement) - :days"
				+ " group by s.setl_date order by s.setl_date desc"), scope)
			.param("days", days)
			.query((rs, i) -> new DailyTotals(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)))
			.list();
	}

	private static final String FILTER = """
			 from ins_settlement where fixmedins_code = :i and setl_date between :from and :to
			   and (:insutype = '' or insutype = :insutype) and (:clr = '' or clr_type = :clr)
			   and (:refunds or status = 'SETTLED')
			""";

	/** The platform's totals of the request's period. */
	Totals totals(StatementRequest r) {
		return bind(jdbc.sql("select coalesce(sum(medfee_sumamt), 0), coalesce(sum(fund_pay_sumamt), 0), "
				+ "coalesce(sum(acct_pay), 0), count(*)" + FILTER), r)
			.query((rs, i) -> new Totals(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4)))
			.single();
	}

	/**
	 * The platform's settlements (and, unless {@code refd_setl_flag} 0, reversals) of the
	 * request's period.
	 */
	List<DetailLine> lines(StatementRequest r) {
		return bind(jdbc.sql("select setl_id, mdtrt_id, psn_no, medfee_sumamt, fund_pay_sumamt, acct_pay, "
				+ "refd_setl_flag" + FILTER), r)
			.query((rs, i) -> new DetailLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7) ? "1" : "0"))
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, StatementRequest r) {
		return spec.param("i", r.institution())
			.param("from", r.from())
			.param("to", r.to())
			.param("insutype", r.insutype() == null ? "" : r.insutype())
			.param("clr", r.clrType() == null ? "" : r.clrType())
			.param("refunds", !"0".equals(r.refundFlag()));
	}

	void insert(StatementRequest r, Totals platform, boolean balanced, String description, String fileQuryNo,
			String resultFileQuryNo) {
		jdbc.sql(
				"""
						insert into ins_statement (msgid, infno, fixmedins_code, insutype, clr_type, stmt_begndate, stmt_enddate,
						    refd_setl_flag, his_medfee_sumamt, his_fund_pay_sumamt, his_acct_pay, his_setl_cnt, medfee_sumamt,
						    fund_pay_sumamt, acct_pay, setl_cnt, stmt_rslt, stmt_rslt_dscr, file_qury_no, result_file_qury_no)
						values (:msgid, :infno, :i, :insutype, :clr, :from, :to, :refd, :hm, :hf, :ha, :hc, :pm, :pf, :pa, :pc,
						    :rslt, :dscr, :file, :result)
						""")
			.param("file", fileQuryNo)
			.param("result", resultFileQuryNo)
			.param("msgid", r.msgid())
			.param("infno", r.infno())
			.param("i", r.institution())
			.param("insutype", r.insutype())
			.param("clr", r.clrType())
			.param("from", r.from())
			.param("to", r.to())
			.param("refd", r.refundFlag())
			.param("hm", r.his().medicalFees())
			.param("hf", r.his().fundTotal())
			.param("ha", r.his().accountPay())
			.param("hc", r.his().count())
			.param("pm", platform.medicalFees())
			.param("pf", platform.fundTotal())
			.param("pa", platform.accountPay())
			.param("pc", platform.count())
			.param("rslt", balanced ? "0" : "1")
			.param("dscr", description.length() > 500 ? description.substring(0, 500) : description)
			.update();
	}

}
