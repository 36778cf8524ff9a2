package org.sanyi.insurance.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanyi.insurance.BudgetFacts;
import org.sanyi.insurance.budget.BudgetRow.BudgetKey;
import org.sanyi.insurance.support.InsuranceConfiguration;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.VersionTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Budget versions, advances and clearings ({@code ins_budget*}), and the spend they are
 * measured against.
 */
@Repository
class BudgetRepository extends VersionTable<BudgetRow, BudgetKey> {

	BudgetRepository(JdbcClient jdbc) {
		super(jdbc, "ins_budget", "*", BudgetRepository::row);
	}

	/** A version with the fields the insert needs. */
	record NewRow(String code, long allianceId, String allianceCode, String allianceName, String allianceRegion,
			String leadInstitution, String region, String fundPayType, int year, BigDecimal amount, String terms,
			ReviewStatus status, Long basedOn, String summary, String proposedBy, String reviewedBy) {
	}

	/** One month's advance. */
	record Advance(int month, long budgetId, BigDecimal amount, String txnId, LocalDate postingDate, String postedBy,
			OffsetDateTime postedAt) {
	}

	/**
	 * The fund's payments at one institution on one day (reversals deducted), and the
	 * number of settlements.
	 */
	record DaySpend(String institution, LocalDate date, BigDecimal amount, long settlements) {
	}

	long insert(NewRow r) {
		return jdbc
			.sql("""
					insert into ins_budget (code, alliance_id, alliance_code, alliance_name, alliance_region,
					    lead_institution, region, fund_pay_type, budget_year, amount, terms, status, based_on, summary,
					    proposed_by, reviewed_by, reviewed_at)
					values (:code, :allianceId, :allianceCode, :allianceName, :allianceRegion, :lead, :region, :fund, :year,
					    :amount, cast(:terms as jsonb), :status, :basedOn, :summary, :proposedBy, cast(:reviewedBy as varchar),
					    case when cast(:reviewedBy as varchar) is null then null else now() end)
					returning id
					""")
			.param("code", r.code())
			.param("allianceId", r.allianceId())
			.param("allianceCode", r.allianceCode())
			.param("allianceName", r.allianceName())
			.param("allianceRegion", r.allianceRegion())
			.param("lead", r.leadInstitution())
			.param("region", r.region())
			.param("fund", r.fundPayType())
			.param("year", r.year())
			.param("amount", r.amount())
			.param("terms", r.terms())
			.param("status", r.status().name())
			.param("basedOn", r.basedOn(), java.sql.Types.BIGINT)
			.param("summary", r.summary() == null ? "" : r.summary())
			.param("proposedBy", r.proposedBy())
			.param("reviewedBy", r.reviewedBy())
			.query(Long.class)
			.single();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from ins_budget)").query(Boolean.class).single();
	}

	@Override
	public BudgetKey keyOf(BudgetRow version) {
		return version.key();
	}

	/** The approved or pending versions of a group, fund and year, locked. */
	@Override
	public List<BudgetRow> lockOpen(BudgetKey key) {
		return jdbc
			.sql("select * from ins_budget where alliance_id = :a and fund_pay_type = :f and budget_year = :y "
					+ "and status in ('APPROVED', 'PENDING') order by id for update")
			.param("a", key.allianceId())
			.param("f", key.fundPayType())
			.param("y", key.year())
			.query(BudgetRepository::row)
			.list();
	}

	boolean codeExists(String code) {
		return jdbc.sql("select exists (select 1 from ins_budget where code = :c)")
			.param("c", code)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The current versions (approved and pending) visible in a scope: under a region
	 * prefix (the group's or the fund's region), or of groups an institution leads;
	 * optionally of one year and fund.
	 */
	List<BudgetRow> list(String prefix, String leadInstitution, Integer year, String fund) {
		return jdbc
			.sql("""
					select * from ins_budget
					where status in ('APPROVED', 'PENDING')
					  and (:lead <> '' and lead_institution = :lead
					       or :lead = '' and (:prefix = '' or alliance_region like :prefix || '%' or region like :prefix || '%'))
					  and (:year = 0 or budget_year = :year) and (:fund = '' or fund_pay_type = :fund)
					order by budget_year desc, alliance_code, fund_pay_type, status
					""")
			.param("prefix", prefix == null ? "" : prefix)
			.param("lead", leadInstitution == null ? "" : leadInstitution)
			.param("year", year == null ? 0 : year)
			.param("fund", fund == null ? "" : fund)
			.query(BudgetRepository::row)
			.list();
	}

	/** Every version of a group, fund and year, newest first. */
	List<BudgetRow> history(long allianceId, String fund, int year) {
		return jdbc
			.sql("select * from ins_budget where alliance_id = :a and fund_pay_type = :f and budget_year = :y "
					+ "order by id desc")
			.param("a", allianceId)
			.param("f", fund)
			.param("y", year)
			.query(BudgetRepository::row)
			.list();
	}

	/** Every approved version (for the monthly advance job). */
	List<BudgetRow> approved(int year) {
		return jdbc.sql("select * from ins_budget where status = 'APPROVED' and budget_year = :y order by id")
			.param("y", year)
			.query(BudgetRepository::row)
			.list();
	}

	List<Advance> advances(long allianceId, String fund, int year) {
		return jdbc
			.sql("select * from ins_budget_advance where alliance_id = :a and fund_pay_type = :f "
					+ "and budget_year = :y order by month")
			.param("a", allianceId)
			.param("f", fund)
			.param("y", year)
			.query((rs, i) -> new Advance(rs.getInt("month"), rs.getLong("budget_id"), rs.getBigDecimal("amount"),
					rs.getString("txn_id"), rs.getObject("posting_date", LocalDate.class), rs.getString("posted_by"),
					InsuranceConfiguration.local(rs.getObject("posted_at", OffsetDateTime.class))))
			.list();
	}

	/** Inserts an advance unless the month has one; false when it had. */
	boolean insertAdvance(BudgetRow b, int month, BigDecimal amount, String txnId, LocalDate date, String by) {
		return jdbc
			.sql("""
					insert into ins_budget_advance (alliance_id, fund_pay_type, budget_year, month, budget_id, amount, txn_id,
					    posting_date, posted_by)
					values (:a, :f, :y, :m, :b, :amount, :txn, :date, :by)
					on conflict (alliance_id, fund_pay_type, budget_year, month) do nothing
					""")
			.param("a", b.allianceId())
			.param("f", b.fundPayType())
			.param("y", b.year())
			.param("m", month)
			.param("b", b.id())
			.param("amount", amount)
			.param("txn", txnId)
			.param("date", date)
			.param("by", by)
			.update() == 1;
	}

	Optional<BudgetClearing> clearing(long allianceId, String fund, int year) {
		return jdbc
			.sql("select * from ins_budget_clearing where alliance_id = :a and fund_pay_type = :f "
					+ "and budget_year = :y")
			.param("a", allianceId)
			.param("f", fund)
			.param("y", year)
			.query((rs, i) -> clearing(rs))
			.optional();
	}

	void insertClearing(BudgetRow b, BudgetClearing c) {
		jdbc.sql(
				"""
						insert into ins_budget_clearing (alliance_id, fund_pay_type, budget_year, budget_id, budget_amount, spend,
						    surplus, overspend, retained, fund_share, group_share, final_amount, advanced, balance_due, txn_id,
						    posting_date, detail, cleared_by)
						values (:a, :f, :y, :b, :budget, :spend, :surplus, :overspend, :retained, :fundShare, :groupShare,
						    :final, :advanced, :due, :txn, :date, cast(:detail as jsonb), :by)
						""")
			.param("a", b.allianceId())
			.param("f", b.fundPayType())
			.param("y", b.year())
			.param("b", b.id())
			.param("budget", c.budget())
			.param("spend", c.spend())
			.param("surplus", c.surplus())
			.param("overspend", c.overspend())
			.param("retained", c.retained())
			.param("fundShare", c.fundShare())
			.param("groupShare", c.groupShare())
			.param("final", c.finalAmount())
			.param("advanced", c.advanced())
			.param("due", c.balanceDue())
			.param("txn", c.txnId())
			.param("date", c.postingDate())
			.param("detail", c.detail())
			.param("by", c.clearedBy())
			.update();
	}

	/**
	 * The fund's payments of one fund and insured region at the given institutions per
	 * day in [from, to), reversals included with their negative amounts on their own
	 * date.
	 */
	List<DaySpend> spend(Collection<String> institutions, String fund, String region, LocalDate from, LocalDate to) {
		if (institutions.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
					select s.fixmedins_code, s.setl_date, sum(f.fund_payamt) as amount,
					       count(*) filter (where s.status <> 'REVERSAL') - count(*) filter (where s.status = 'REVERSAL') as n
					from ins_settlement s join ins_settlement_fund f on f.setl_id = s.setl_id
					where s.fixmedins_code in (:codes) and s.setl_date >= :from and s.setl_date < :to
					  and f.fund_pay_type = :fund and s.insuplc_admdvs = :region
					group by s.fixmedins_code, s.setl_date
					""")
			.param("codes", institutions)
			.param("from", from)
			.param("to", to)
			.param("fund", fund)
			.param("region", region)
			.query((rs, i) -> new DaySpend(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
					rs.getLong(4)))
			.list();
	}

	/**
	 * One fund's payments of one insured region at one institution on one day (reversals
	 * deducted).
	 */
	record FundDaySpend(String institution, LocalDate date, String fund, String region, BigDecimal amount) {
	}

	/**
	 * The spend of {@link #spend(Collection, String, String, LocalDate, LocalDate)} for
	 * several funds and regions in one statement, per fund and insured region: what a
	 * list of budgets is measured against.
	 */
	List<FundDaySpend> spend(Collection<String> institutions, Collection<String> funds, Collection<String> regions,
			LocalDate from, LocalDate to) {
		if (institutions.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select s.fixmedins_code, s.setl_date, f.fund_pay_type, s.insuplc_admdvs, sum(f.fund_payamt) as amount
				from ins_settlement s join ins_settlement_fund f on f.setl_id = s.setl_id
				where s.fixmedins_code in (:codes) and s.setl_date >= :from and s.setl_date < :to
				  and f.fund_pay_type in (:funds) and s.insuplc_admdvs in (:regions)
				group by s.fixmedins_code, s.setl_date, f.fund_pay_type, s.insuplc_admdvs
				""")
			.param("codes", institutions)
			.param("from", from)
			.param("to", to)
			.param("funds", Set.copyOf(funds))
			.param("regions", Set.copyOf(regions))
			.query((rs, i) -> new FundDaySpend(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getBigDecimal(5)))
			.list();
	}

	/**
	 * What has been advanced to the groups, by {@link BudgetRow#accountKey()} (group,
	 * fund and year).
	 */
	Map<String, BigDecimal> advanced(Collection<Long> allianceIds) {
		Map<String, BigDecimal> advanced = new HashMap<>();
		jdbc.sql("select alliance_id, fund_pay_type, budget_year, sum(amount) from ins_budget_advance "
				+ "where alliance_id in (:a) group by alliance_id, fund_pay_type, budget_year")
			.param("a", allianceIds)
			.query((rs, i) -> advanced.put(rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getInt(3),
					rs.getBigDecimal(4)))
			.list();
		return advanced;
	}

	/**
	 * The year-end clearings of the groups, by {@link BudgetRow#accountKey()} (group,
	 * fund and year).
	 */
	Map<String, BudgetClearing> clearings(Collection<Long> allianceIds) {
		Map<String, BudgetClearing> clearings = new HashMap<>();
		jdbc.sql("select * from ins_budget_clearing where alliance_id in (:a)")
			.param("a", allianceIds)
			.query((rs,
					i) -> clearings.put(rs.getLong("alliance_id") + ":" + rs.getString("fund_pay_type") + ":"
							+ rs.getInt("budget_year"), clearing(rs)))
			.list();
		return clearings;
	}

	private static BudgetClearing clearing(ResultSet rs) throws SQLException {
		return new BudgetClearing(rs.getLong("budget_id"), rs.getBigDecimal("budget_amount"), rs.getBigDecimal("spend"),
				rs.getBigDecimal("surplus"), rs.getBigDecimal("overspend"), rs.getBigDecimal("retained"),
				rs.getBigDecimal("fund_share"), rs.getBigDecimal("group_share"), rs.getBigDecimal("final_amount"),
				rs.getBigDecimal("advanced"), rs.getBigDecimal("balance_due"), rs.getString("txn_id"),
				rs.getObject("posting_date", LocalDate.class), rs.getString("detail"), rs.getString("cleared_by"),
				InsuranceConfiguration.local(rs.getObject("cleared_at", OffsetDateTime.class)));
	}

	private static BudgetRow row(ResultSet rs, int i) throws SQLException {
		return new BudgetRow(rs.getLong("id"), rs.getString("code"), rs.getLong("alliance_id"),
				rs.getString("alliance_code"), rs.getString("alliance_name"), rs.getString("alliance_region"),
				rs.getString("lead_institution"), rs.getString("region"), rs.getString("fund_pay_type"),
				rs.getInt("budget_year"), rs.getBigDecimal("amount"), rs.getString("terms"),
				ReviewStatus.valueOf(rs.getString("status")), rs.getObject("based_on", Long.class),
				rs.getString("summary"), rs.getString("proposed_by"),
				InsuranceConfiguration.local(rs.getObject("proposed_at", OffsetDateTime.class)),
				rs.getString("reviewed_by"),
				InsuranceConfiguration.local(rs.getObject("reviewed_at", OffsetDateTime.class)),
				rs.getString("review_note"));
	}

	/**
	 * What a group's budget of a fund and year has reported as facts so far
	 * ({@code ins_budget_fact}), after taking a lock held until the transaction ends, so
	 * that two reports of the same budget follow one another.
	 */
	Map<BudgetFacts.Cell, BigDecimal> reportedFacts(BudgetKey key) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('ins_budget_fact'), hashtext(:k))")
			.param("k", key.allianceId() + ":" + key.fundPayType() + ":" + key.year())
			.query((rs, i) -> 1)
			.list();
		Map<BudgetFacts.Cell, BigDecimal> reported = new HashMap<>();
		jdbc.sql("""
				select element, institution, month, value from ins_budget_fact
				where alliance_id = :a and fund_pay_type = :f and budget_year = :y
				""")
			.param("a", key.allianceId())
			.param("f", key.fundPayType())
			.param("y", key.year())
			.query((rs,
					i) -> reported.put(
							new BudgetFacts.Cell(rs.getString(1), rs.getString(2),
									LocalDate.of(key.year(), rs.getInt(3), 1), BudgetFacts.insutype(key.fundPayType())),
							rs.getBigDecimal(4)))
			.list();
		return reported;
	}

	/** Adds the differences just reported to what a budget has reported. */
	void addReportedFacts(BudgetKey key, List<Fact> facts) {
		for (Fact f : facts) {
			jdbc.sql(
					"""
							insert into ins_budget_fact (alliance_id, fund_pay_type, budget_year, element, institution, month, value)
							values (:a, :f, :y, :e, :i, :m, :v)
							on conflict (alliance_id, fund_pay_type, budget_year, element, institution, month)
							do update set value = ins_budget_fact.value + excluded.value, reported_at = now()
							""")
				.param("a", key.allianceId())
				.param("f", key.fundPayType())
				.param("y", key.year())
				.param("e", f.element())
				.param("i", f.institution())
				.param("m", f.day().getMonthValue())
				.param("v", f.value())
				.update();
		}
	}

	/** The approved budgets of the years from {@code fromYear} on, oldest first. */
	List<BudgetRow> approvedSince(int fromYear) {
		return jdbc.sql("select * from ins_budget where status = 'APPROVED' and budget_year >= :y order by id")
			.param("y", fromYear)
			.query(BudgetRepository::row)
			.list();
	}

}
