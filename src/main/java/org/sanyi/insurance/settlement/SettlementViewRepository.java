package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.insurance.ledger.Ledger.Entry;
import org.sanyi.insurance.settlement.Visits.Diagnosis;
import org.sanyi.insurance.settlement.Visits.FeeLineRow;
import org.sanyi.insurance.ledger.LedgerRepository;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.insurance.person.Persons;
import org.sanyi.insurance.support.InsuranceConfiguration;
import org.sanyi.security.DataScope;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * The settlements a user may see, as the pages and the REST search list them, each query
 * narrowed by the user's data scope in its SQL: a bureau sees the settlements made in its
 * region or of persons living in it, an institution's clerk only the institution's own.
 * Something outside the scope is "not found". The ledger and the statements pages use the
 * same scope ({@link #SCOPE}, {@link #bindScope}).
 */
@Repository
public class SettlementViewRepository {

	/**
	 * Settlements visible under {@code :kind}, {@code :prefix}, {@code :inst}
	 * ({@link #bindScope}).
	 */
	public static final String SCOPE = """
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

	SettlementViewRepository(JdbcClient jdbc, SettlementRepository settlements, VisitRepository visits,
			LedgerRepository ledger, PersonRepository persons) {
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
			.query(SettlementViewRepository::listRow)
			.list();
		return page.page(rows, sums(scope, f).count());
	}

	public SettlementSums sums(DataScope scope, SettlementFilter f) {
		return bind(jdbc.sql("select count(*), coalesce(sum(medfee_sumamt), 0), coalesce(sum(fund_pay_sumamt), 0), "
				+ "coalesce(sum(acct_pay), 0), coalesce(sum(psn_cash_pay), 0) from ins_settlement s where " + SCOPE
				+ FILTER), scope, f)
			.query((rs, i) -> new SettlementSums(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5)))
			.single();
	}

	public List<SettlementListRow> exportSettlements(DataScope scope, SettlementFilter f) {
		return bind(jdbc.sql(
				"select s.* from ins_settlement s where " + SCOPE + FILTER + " order by s.setl_time desc limit 100000"),
				scope, f)
			.query(SettlementViewRepository::listRow)
			.list();
	}

	/** A settlement with everything its page shows. */
	public record SettlementDetail(SettlementRow settlement, List<FeeLineRow> lines, List<Entry> entries,
			List<Diagnosis> diagnoses, String certNo, Optional<SettlementRow> related) {
	}

	public Optional<SettlementDetail> settlement(DataScope scope, String setlId) {
		boolean visible = bindScope(
				jdbc.sql("select exists (select 1 from ins_settlement s where s.setl_id = :id and " + SCOPE + ")")
					.param("id", setlId),
				scope)
			.query(Boolean.class)
			.single();
		if (!visible) {
			return Optional.empty();
		}
		SettlementRow row = settlements.find(setlId).orElseThrow();
		String original = row.originalSetlId() != null ? row.originalSetlId() : row.reversedBy();
		String certNo = persons.find(row.psnNo()).map(Persons.Person::certNo).orElse("");
		return Optional
			.of(new SettlementDetail(row, visits.settledLines(row.refund() ? row.originalSetlId() : row.setlId()),
					ledger.entriesOf(setlId), visits.diagnoses(row.visitId()), certNo,
					original == null ? Optional.empty() : settlements.find(original)));
	}

	// --- binding
	// ---------------------------------------------------------------------------------------------------

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

	/** Binds the scope parameters of {@link #SCOPE}. */
	public static StatementSpec bindScope(StatementSpec spec, DataScope scope) {
		return spec.param("kind", scope.kind().name())
			.param("prefix", scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "~")
			.param("inst", scope.institutionCode() == null ? "~" : scope.institutionCode());
	}

	private static String blank(String s) {
		return s == null ? "" : s.trim();
	}

	private static SettlementListRow listRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new SettlementListRow(rs.getString("setl_id"),
				InsuranceConfiguration.local(rs.getObject("setl_time", OffsetDateTime.class)), rs.getString("psn_no"),
				rs.getString("psn_name"), rs.getString("insutype"), rs.getString("med_type"), rs.getString("clr_type"),
				rs.getString("fixmedins_code"), rs.getString("fixmedins_name"), rs.getString("insuplc_admdvs"),
				rs.getString("mdtrtarea_admvs"), rs.getBigDecimal("medfee_sumamt"), rs.getBigDecimal("fund_pay_sumamt"),
				rs.getBigDecimal("acct_pay"), rs.getBigDecimal("psn_cash_pay"), rs.getString("status"));
	}

}
