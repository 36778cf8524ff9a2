package org.sanyi.drg.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.sanyi.shared.Like;
import org.sanyi.drg.DrgErrors;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read model of DRG payment for pages and exports: settlement lists (current and
 * history), a hospital's settled months, their groups and outliers. Every query applies
 * the caller's data scope in SQL: a hospital sees its own institution, a bureau its
 * region, the platform everything; outside the scope is "not found".
 */
@Repository
class ReportRepository {

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String SCOPE = " " + """
			(:all or institution_region like :prefix || '%' or institution_code = :own) """;

	private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, DataScope scope) {
		return spec.param("all", scope.kind() == DataScope.Kind.ALL)
			.param("prefix", scope.regionPrefix())
			.param("own", scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : "~");
	}

	/** A row of the case list. */
	public record CaseRow(String setlListId, String setlId, String institutionCode, String psnName, String gend,
			int age, LocalDateTime dscgTime, int actIptDays, String status, String drg, String drgName,
			BigDecimal medfeeSumamt, BigDecimal fundPaySumamt, String infno, OffsetDateTime uploadedAt,
			boolean reversed) {
	}

	/** Filter of the case list; blank fields do not filter. */
	public record CaseFilter(String institution, String month, String drg, String status, String keyword) {

		public CaseFilter {
			institution = institution == null ? "" : institution.strip();
			month = month == null ? "" : month.strip();
			drg = drg == null ? "" : drg.strip().toUpperCase(java.util.Locale.ROOT);
			status = status == null ? "" : status.strip();
			keyword = keyword == null ? "" : keyword.strip();
		}

	}

	private static final String CASE_FROM = " " + """
			from drg_setl_list l join drg_settlement s on s.setl_id = l.setl_id
			where l.current_version and (:all or l.institution_region like :prefix || '%' or l.institution_code = :own)
			  and (:inst = '' or l.institution_code = :inst) and (:drg = '' or l.drg like :drg || '%')
			  and (:status = '' or l.status = :status)
			  and (cast(:from as timestamp) is null or (l.dscg_time >= :from and l.dscg_time < :to))
			  and (:kw = '' or l.setl_id = :kw or l.setl_list_id = :kw or l.psn_name = :kw)""";

	public Page<CaseRow> cases(CaseFilter f, PageQuery page, DataScope scope) {
		long total = caseParams(jdbc.sql("select count(*)" + CASE_FROM), f, scope).query(Long.class).single();
		List<CaseRow> rows = caseParams(jdbc.sql("""
				select l.setl_list_id, l.setl_id, l.institution_code, l.psn_name, l.gend, l.age, l.dscg_time,
				       l.act_ipt_days, l.status, l.drg, l.drg_name, s.medfee_sumamt, s.fund_pay_sumamt, l.infno,
				       l.uploaded_at, s.reversed""" + CASE_FROM
				+ " order by l.dscg_time desc, l.id desc limit :limit offset :offset"), f, scope)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(CaseRow.class)
			.list();
		return page.page(rows, total);
	}

	/** All matching cases (for the export), at most 50,000. */
	public List<CaseRow> allCases(CaseFilter f, DataScope scope) {
		return caseParams(jdbc.sql("""
				select l.setl_list_id, l.setl_id, l.institution_code, l.psn_name, l.gend, l.age, l.dscg_time,
				       l.act_ipt_days, l.status, l.drg, l.drg_name, s.medfee_sumamt, s.fund_pay_sumamt, l.infno,
				       l.uploaded_at, s.reversed""" + CASE_FROM + " order by l.dscg_time desc, l.id desc limit 50000"),
				f, scope)
			.query(CaseRow.class)
			.list();
	}

	private static JdbcClient.StatementSpec caseParams(JdbcClient.StatementSpec spec, CaseFilter f, DataScope scope) {
		LocalDateTime from = null;
		LocalDateTime to = null;
		if (!f.month().isEmpty()) {
			try {
				YearMonth m = YearMonth.parse(f.month());
				from = m.atDay(1).atStartOfDay();
				to = m.plusMonths(1).atDay(1).atStartOfDay();
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new BusinessException(DrgErrors.MONTH_INVALID, f.month());
			}
		}
		return scoped(spec, scope).param("inst", f.institution())
			.param("drg", Like.escape(f.drg()))
			.param("status", f.status())
			.param("from", from)
			.param("to", to)
			.param("kw", f.keyword());
	}

	/** A settlement list in full. */
	public record CaseDetail(long id, String setlListId, String setlId, String mdtrtId, String psnNo,
			String institutionCode, String institutionRegion, String infno, String msgid, boolean currentVersion,
			String supersededBy, OffsetDateTime uploadedAt, String uploadedBy, String psnName, String gend,
			LocalDate brdy, int age, Integer nwbAgeDays, int nwbBirWt, LocalDateTime admTime, LocalDateTime dscgTime,
			int actIptDays, String admCaty, String dscgCaty, String dscgWay, String diagnoses, String procedures,
			String schemeRegion, long schemeId, String schemeLabel, String status, String mdc, String adrg, String drg,
			String drgName, String complication, String decidingDx, String unknownCodes, String trace) {
	}

	public CaseDetail caseDetail(String setlListId, DataScope scope) {
		return scoped(jdbc
			.sql("""
					select id, setl_list_id, setl_id, mdtrt_id, psn_no, institution_code, institution_region, infno, msgid,
					       current_version, superseded_by, uploaded_at, uploaded_by, psn_name, gend, brdy, age, nwb_age_days,
					       nwb_bir_wt, adm_time, dscg_time, act_ipt_days, adm_caty, dscg_caty, dscg_way,
					       cast(diagnoses as text) as diagnoses, cast(procedures as text) as procedures, scheme_region,
					       scheme_id, scheme_label, status, mdc, adrg, drg, drg_name, complication, deciding_dx,
					       unknown_codes, cast(trace as text) as trace
					from drg_setl_list where setl_list_id = :id and """
					+ SCOPE),
				scope)
			.param("id", setlListId)
			.query(CaseDetail.class)
			.optional()
			.orElseThrow(() -> new BusinessException(DrgErrors.SETL_LIST_NOT_FOUND, setlListId));
	}

	/** The uploads of one settlement, newest first. */
	public record ListVersion(String setlListId, String infno, OffsetDateTime uploadedAt, String uploadedBy, String drg,
			boolean currentVersion) {
	}

	public List<ListVersion> history(String setlId) {
		return jdbc.sql("""
				select setl_list_id, infno, uploaded_at, uploaded_by, drg, current_version from drg_setl_list
				where setl_id = :s order by id desc""").param("s", setlId).query(ListVersion.class).list();
	}

	/** The case as paid in its settled month, if settled. */
	public record PaidCase(YearMonth month, String kind, String ffsReason, BigDecimal rw, BigDecimal groupMeanCost,
			BigDecimal cost, BigDecimal patientPaid, BigDecimal ffsFund, BigDecimal standard, BigDecimal drgFund,
			String parameterCode, BigDecimal baseRate, BigDecimal highFactor, BigDecimal highRatio,
			BigDecimal lowFactor, OffsetDateTime settledAt) {
	}

	public Optional<PaidCase> paid(String setlListId) {
		return jdbc.sql("""
				select to_char(m.month, 'YYYY-MM') as month, c.kind, c.ffs_reason, c.rw, c.group_mean_cost, c.cost,
				       c.patient_paid, c.ffs_fund, c.standard, c.drg_fund, v.code as parameter_code, v.base_rate,
				       v.high_factor, v.high_ratio, v.low_factor, m.settled_at
				from drg_month_case c join drg_month m on m.id = c.month_id
				left join drg_param_version v on v.id = m.param_version_id
				where c.setl_list_id = :id""")
			.param("id", setlListId)
			.query((rs, n) -> new PaidCase(YearMonth.parse(rs.getString("month")), rs.getString("kind"),
					rs.getString("ffs_reason"), rs.getBigDecimal("rw"), rs.getBigDecimal("group_mean_cost"),
					rs.getBigDecimal("cost"), rs.getBigDecimal("patient_paid"), rs.getBigDecimal("ffs_fund"),
					rs.getBigDecimal("standard"), rs.getBigDecimal("drg_fund"), rs.getString("parameter_code"),
					rs.getBigDecimal("base_rate"), rs.getBigDecimal("high_factor"), rs.getBigDecimal("high_ratio"),
					rs.getBigDecimal("low_factor"), rs.getObject("settled_at", OffsetDateTime.class)))
			.optional();
	}

	/** A settled month of a hospital. */
	public record MonthRow(long id, String institutionCode, String institutionRegion, LocalDate month,
			String parameterCode, int cases, int drgCases, int ffsCases, int highCases, int lowCases, BigDecimal cmi,
			BigDecimal totalCost, BigDecimal drgFund, BigDecimal ffsFund, BigDecimal settleRate, BigDecimal surplus,
			BigDecimal costIndex, BigDecimal timeIndex, OffsetDateTime settledAt, String settledBy) {

		public String monthText() {
			return month.toString().substring(0, 7);
		}

	}

	private static final String MONTH_COLUMNS = """
			m.id, m.institution_code, m.institution_region, m.month, v.code as parameter_code, m.cases, m.drg_cases,
			m.ffs_cases, m.high_cases, m.low_cases, m.cmi, m.total_cost, m.drg_fund, m.ffs_fund, m.settle_rate,
			m.surplus, m.cost_index, m.time_index, m.settled_at, m.settled_by
			from drg_month m left join drg_param_version v on v.id = m.param_version_id""";

	/** The hospitals in scope that have settled months, with their latest month. */
	public List<String> institutions(DataScope scope) {
		return scoped(
				jdbc.sql(
						"select distinct institution_code from drg_month where" + SCOPE + " order by institution_code"),
				scope)
			.query(String.class)
			.list();
	}

	public List<MonthRow> months(String institution, DataScope scope) {
		return scoped(jdbc.sql("select " + MONTH_COLUMNS + " where m.institution_code = :i and"
				+ SCOPE.replace("institution_", "m.institution_") + " order by m.month"), scope)
			.param("i", institution)
			.query(MonthRow.class)
			.list();
	}

	/**
	 * The months of every hospital in scope (for the regional overview), newest first.
	 */
	public List<MonthRow> latestMonths(DataScope scope) {
		return scoped(jdbc.sql("select " + MONTH_COLUMNS + " where" + SCOPE.replace("institution_", "m.institution_")
				+ " and m.month = (select max(month) from drg_month x where x.institution_code = m.institution_code)"
				+ " order by m.institution_code"), scope)
			.query(MonthRow.class)
			.list();
	}

	/** A group of a settled month. */
	public record GroupRow(String drg, String drgName, int cases, BigDecimal rw, BigDecimal cost, BigDecimal meanCost,
			BigDecimal groupMeanCost, BigDecimal drgFund, BigDecimal ffsFund, BigDecimal surplus, int high, int low,
			int ffs) {
	}

	public List<GroupRow> groups(long monthId) {
		return jdbc.sql("""
				select drg, max(drg_name) as drg_name, count(*) as cases, max(rw) as rw, sum(cost) as cost,
				       round(avg(cost), 2) as mean_cost, max(group_mean_cost) as group_mean_cost,
				       sum(drg_fund) as drg_fund, sum(ffs_fund) as ffs_fund,
				       sum(drg_fund + patient_paid - cost) as surplus,
				       count(*) filter (where kind = 'HIGH') as high, count(*) filter (where kind = 'LOW') as low,
				       count(*) filter (where kind = 'FFS') as ffs
				from drg_month_case where month_id = :m group by drg
				order by sum(drg_fund + patient_paid - cost), drg""").param("m", monthId).query(GroupRow.class).list();
	}

	/** An outlier or by-item case of a settled month. */
	public record OutlierRow(String setlListId, String setlId, String drg, String drgName, String kind,
			String ffsReason, BigDecimal cost, BigDecimal groupMeanCost, BigDecimal standard, BigDecimal drgFund,
			BigDecimal ffsFund, int los) {
	}

	public List<OutlierRow> outliers(long monthId) {
		return jdbc
			.sql("""
					select setl_list_id, setl_id, drg, drg_name, kind, ffs_reason, cost, group_mean_cost, standard, drg_fund,
					       ffs_fund, los
					from drg_month_case where month_id = :m and kind <> 'NORMAL' order by kind, cost desc""")
			.param("m", monthId)
			.query(OutlierRow.class)
			.list();
	}

}
