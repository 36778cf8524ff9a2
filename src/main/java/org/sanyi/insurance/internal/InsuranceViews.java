package org.sanyi.insurance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.insurance.internal.Ledger.Entry;
import org.sanyi.insurance.internal.Visits.Diagnosis;
import org.sanyi.insurance.internal.Visits.FeeLineRow;
import org.sanyi.security.DataScope;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;

/**
 * The queries behind the insurance pages, each narrowed by the user's data scope in its SQL: a bureau sees the
 * settlements made in its region or of persons living in it, an institution's clerk only the institution's own.
 * Something outside the scope is "not found".
 */
@Service
public class InsuranceViews {

	/** Settlements visible under {@code :kind}, {@code :prefix}, {@code :inst}. */
	private static final String SCOPE = """
			(:kind = 'ALL' or (:kind = 'REGION' and (s.fixmedins_region like :prefix || '%'
			  or s.person_region like :prefix || '%')) or (:kind = 'INSTITUTION' and s.fixmedins_code = :inst))
			""";

	private static final String FILTER = """
			 and (:q = '' or s.setl_id = :q or s.mdtrt_id = :q or s.psn_no = :q or s.psn_name = :q)
			 and (:institution = '' or s.fixmedins_code = :institution)
			 and (:insutype = '' or s.insutype = :insutype) and (:clrType = '' or s.clr_type = :clrType)
			 and (:status = '' or s.status = :status)
			 and (cast(:from as date) is null or s.setl_date >= :from)
			 and (cast(:to as date) is null or s.setl_date <= :to)
			 and (not :crossRegion or s.insuplc_admdvs <> s.mdtrtarea_admvs)
			""";

	private final JdbcClient jdbc;

	private final SettlementRepository settlements;

	private final VisitRepository visits;

	private final LedgerRepository ledger;

	private final PersonRepository persons;

	InsuranceViews(JdbcClient jdbc, SettlementRepository settlements, VisitRepository visits, LedgerRepository ledger,
			PersonRepository persons) {
		this.persons = persons;
		this.jdbc = jdbc;
		this.settlements = settlements;
		this.visits = visits;
		this.ledger = ledger;
	}

	/** The search form of the settlements list; blanks mean any. */
	public record SettlementFilter(String q, String institution, String insutype, String clrType, String status,
			LocalDate from, LocalDate to, boolean crossRegion) {
	}

	/** A row of the settlements list. */
	public record SettlementListRow(String setlId, OffsetDateTime settledAt, String psnNo, String psnName,
			String insutype, String medType, String clrType, String institution, String institutionName,
			String insuredRegion, String treatmentRegion, BigDecimal medicalFees, BigDecimal fundTotal,
			BigDecimal accountPay, BigDecimal cashPay, String status) {

		public boolean crossRegion() {
			return !insuredRegion.equals(treatmentRegion);
		}

	}

	/** Totals of the filtered settlements. */
	public record SettlementSums(long count, BigDecimal medicalFees, BigDecimal fundTotal, BigDecimal accountPay,
			BigDecimal cashPay) {
	}

	public Page<SettlementListRow> settlements(DataScope scope, SettlementFilter f, PageQuery page) {
		List<SettlementListRow> rows = bind(jdbc.sql("select s.* from ins_settlement s where " + SCOPE + FILTER
				+ " order by s.setl_time desc, s.setl_id desc limit :limit offset :offset"), scope, f)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(InsuranceViews::listRow)
			.list();
		return page.page(rows, sums(scope, f).count());
	}

	public SettlementSums sums(DataScope scope, SettlementFilter f) {
		return bind(jdbc.sql("select count(*), coalesce(sum(medfee_sumamt), 0), coalesce(sum(fund_pay_sumamt), 0), "
				+ "coalesce(sum(acct_pay), 0), coalesce(sum(psn_cash_pay), 0) from ins_settlement s where " + SCOPE + FILTER),
				scope, f)
			.query((rs, i) -> new SettlementSums(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5)))
			.single();
	}

	public List<SettlementListRow> exportSettlements(DataScope scope, SettlementFilter f) {
		return bind(jdbc.sql("select s.* from ins_settlement s where " + SCOPE + FILTER
				+ " order by s.setl_time desc limit 100000"), scope, f)
			.query(InsuranceViews::listRow)
			.list();
	}

	/** A settlement with everything its page shows. */
	public record SettlementDetail(SettlementRow settlement, List<FeeLineRow> lines, List<Entry> entries,
			List<Diagnosis> diagnoses, String certNo, Optional<SettlementRow> related) {
	}

	public Optional<SettlementDetail> settlement(DataScope scope, String setlId) {
		boolean visible = bindScope(jdbc.sql("select exists (select 1 from ins_settlement s where s.setl_id = :id and "
				+ SCOPE + ")").param("id", setlId), scope)
			.query(Boolean.class)
			.single();
		if (!visible) {
			return Optional.empty();
		}
		SettlementRow row = settlements.find(setlId).orElseThrow();
		String original = row.originalSetlId() != null ? row.originalSetlId() : row.reversedBy();
		String certNo = persons.find(row.psnNo()).map(Persons.Person::certNo).orElse("");
		return Optional.of(new SettlementDetail(row,
				visits.settledLines(row.refund() ? row.originalSetlId() : row.setlId()), ledger.entriesOf(setlId),
				visits.diagnoses(row.visitId()), certNo,
				original == null ? Optional.empty() : settlements.find(original)));
	}

	/** Fund payments per month and scheme, for the chart. */
	public record MonthlyFunds(String month, String insutype, BigDecimal fundTotal, BigDecimal accountPay,
			BigDecimal cashPay, long count) {
	}

	public List<MonthlyFunds> monthly(DataScope scope) {
		return bindScope(jdbc.sql("select to_char(s.setl_date, 'YYYY-MM'), s.insutype, sum(s.fund_pay_sumamt), "
				+ "sum(s.acct_pay), sum(s.psn_cash_pay), count(*) filter (where s.status <> 'REVERSAL') "
				+ "from ins_settlement s where " + SCOPE + " group by 1, 2 order by 1, 2"), scope)
			.query((rs, i) -> new MonthlyFunds(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getLong(6)))
			.list();
	}

	// --- ledger ---------------------------------------------------------------------------------------------------

	/** An account's totals: what came in, what went out, the balance. */
	public record AccountBalance(String kind, String key, String region, BigDecimal credits, BigDecimal debits,
			BigDecimal balance, long entries) {
	}

	public List<AccountBalance> fundBalances(DataScope scope) {
		return balances(scope, "account_kind in ('FUND', 'CONTRIBUTION')", "account_kind, account_key", 200);
	}

	/** What the funds and accounts owe each institution (RECEIVABLE + CASH), the largest first. */
	public List<AccountBalance> receivables(DataScope scope) {
		return bindLedgerScope(jdbc.sql("""
				select 'RECEIVABLE', account_key, min(region), coalesce(sum(amount) filter (where account_kind = 'RECEIVABLE'), 0),
				       coalesce(sum(amount) filter (where account_kind = 'CASH'), 0), sum(amount), count(*)
				from ins_ledger_entry where account_kind in ('RECEIVABLE', 'CASH') and """ + LEDGER_SCOPE + """
				 group by account_key order by sum(amount) desc limit 20
				"""), scope)
			.query(InsuranceViews::balance)
			.list();
	}

	/** Personal accounts summed per region: deposits, payments, balance. */
	public List<AccountBalance> personalAccounts(DataScope scope) {
		return bindLedgerScope(jdbc.sql("""
				select 'PERSONAL', count(distinct account_key)::text, region,
				       coalesce(sum(amount) filter (where amount > 0), 0), coalesce(sum(amount) filter (where amount < 0), 0),
				       sum(amount), count(*)
				from ins_ledger_entry where account_kind = 'PERSONAL' and """ + LEDGER_SCOPE + """
				 group by region order by region
				"""), scope)
			.query(InsuranceViews::balance)
			.list();
	}

	private List<AccountBalance> balances(DataScope scope, String condition, String groupBy, int limit) {
		return bindLedgerScope(jdbc.sql("select account_kind, account_key, min(region), "
				+ "coalesce(sum(amount) filter (where amount > 0), 0), coalesce(sum(amount) filter (where amount < 0), 0), "
				+ "sum(amount), count(*) from ins_ledger_entry where " + condition + " and " + LEDGER_SCOPE
				+ " group by " + groupBy + " order by " + groupBy + " limit " + limit), scope)
			.query(InsuranceViews::balance)
			.list();
	}

	/** Cross-region clearing per pair of regions and month. */
	public record ClearingRow(String insuredRegion, String treatmentRegion, String month, long count,
			BigDecimal medicalFees, BigDecimal fundTotal, BigDecimal accountPay) {
	}

	public List<ClearingRow> clearing(DataScope scope) {
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
	 * Ledger entries visible under {@code :prefix}: those of the viewer's pooling region, and, for a county below the
	 * pooling region, the entries of settlements the county sees (made at its institutions or by its residents), the
	 * same scope as the settlements and the monthly chart.
	 */
	static final String LEDGER_SCOPE = """
			(:prefix = '' or region like :prefix || '%' or exists (select 1 from ins_settlement s
			  where s.setl_id = txn_id and (s.fixmedins_region like :prefix || '%' or s.person_region like :prefix || '%')))
			""";

	// --- institutions' statements ----------------------------------------------------------------------------------

	/** A 3201/3202 statement as stored. */
	public record StatementRow(long id, String msgid, String infno, String institution, String insutype, String clrType,
			LocalDate from, LocalDate to, BigDecimal hisMedicalFees, BigDecimal hisFundTotal, BigDecimal hisAccountPay,
			int hisCount, BigDecimal medicalFees, BigDecimal fundTotal, BigDecimal accountPay, int count, String result,
			String description, OffsetDateTime at) {
	}

	public List<StatementRow> statements(DataScope scope) {
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

	/** The platform's daily totals of the visible settlements over the last days (what a 3201 would compare). */
	public record DailyTotals(LocalDate day, long settlements, long reversals, BigDecimal medicalFees,
			BigDecimal fundTotal, BigDecimal accountPay) {
	}

	public List<DailyTotals> daily(DataScope scope, int days) {
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

	// --- binding ---------------------------------------------------------------------------------------------------

	private static StatementSpec bind(StatementSpec spec, DataScope scope, SettlementFilter f) {
		return bindScope(spec, scope).param("q", blank(f.q()))
			.param("institution", blank(f.institution()))
			.param("insutype", blank(f.insutype()))
			.param("clrType", blank(f.clrType()))
			.param("status", blank(f.status()))
			.param("from", f.from())
			.param("to", f.to())
			.param("crossRegion", f.crossRegion());
	}

	private static StatementSpec bindScope(StatementSpec spec, DataScope scope) {
		return spec.param("kind", scope.kind().name())
			.param("prefix", scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "~")
			.param("inst", scope.institutionCode() == null ? "~" : scope.institutionCode());
	}

	static StatementSpec bindLedgerScope(StatementSpec spec, DataScope scope) {
		return spec.param("prefix", switch (scope.kind()) {
			case ALL -> "";
			case REGION -> scope.regionPrefix();
			case INSTITUTION, SELF -> "~";
		});
	}

	private static String blank(String s) {
		return s == null ? "" : s.trim();
	}

	private static SettlementListRow listRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new SettlementListRow(rs.getString("setl_id"),
				InsuranceConfiguration.local(rs.getObject("setl_time", OffsetDateTime.class)), rs.getString("psn_no"), rs.getString("psn_name"), rs.getString("insutype"), rs.getString("med_type"),
				rs.getString("clr_type"), rs.getString("fixmedins_code"), rs.getString("fixmedins_name"),
				rs.getString("insuplc_admdvs"), rs.getString("mdtrtarea_admvs"), rs.getBigDecimal("medfee_sumamt"),
				rs.getBigDecimal("fund_pay_sumamt"), rs.getBigDecimal("acct_pay"), rs.getBigDecimal("psn_cash_pay"),
				rs.getString("status"));
	}

	private static AccountBalance balance(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new AccountBalance(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
				rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getLong(7));
	}

}
