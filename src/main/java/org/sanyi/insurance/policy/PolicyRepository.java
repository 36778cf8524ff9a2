package org.sanyi.insurance.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.sanyi.insurance.policy.PolicyRow.PolicyKey;
import org.sanyi.insurance.support.InsuranceConfiguration;
import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.VersionTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored policy versions ({@code ins_policy_version}). */
@Repository
class PolicyRepository extends VersionTable<PolicyRow, PolicyKey> {

	private static final String COLUMNS = "id, code, region, insutype, effective_from, effective_to, "
			+ "parameters::text as parameters, status, based_on, summary, proposed_by, proposed_at, reviewed_by, "
			+ "reviewed_at, review_note";

	PolicyRepository(JdbcClient jdbc) {
		super(jdbc, "ins_policy_version", COLUMNS, PolicyRepository::row);
	}

	List<PolicyRow> approved() {
		return jdbc.sql("select " + COLUMNS + " from ins_policy_version where status = 'APPROVED' order by id")
			.query(PolicyRepository::row)
			.list();
	}

	/**
	 * The approved versions of a region and scheme, locked: approving a version changes
	 * their end dates.
	 */
	List<PolicyRow> approvedForUpdate(String region, String insutype) {
		return jdbc
			.sql("select " + COLUMNS + " from ins_policy_version where region = :r and insutype = :t "
					+ "and status = 'APPROVED' order by effective_from for update")
			.param("r", region)
			.param("t", insutype)
			.query(PolicyRepository::row)
			.list();
	}

	@Override
	public PolicyKey keyOf(PolicyRow version) {
		return version.key();
	}

	/**
	 * The approved and pending versions of a region and scheme, locked: a review changes
	 * them.
	 */
	@Override
	public List<PolicyRow> lockOpen(PolicyKey key) {
		return jdbc
			.sql("select " + COLUMNS + " from ins_policy_version where region = :r and insutype = :t "
					+ "and status in ('APPROVED', 'PENDING') order by effective_from, id for update")
			.param("r", key.region())
			.param("t", key.insutype())
			.query(PolicyRepository::row)
			.list();
	}

	boolean codeExists(String code) {
		return jdbc.sql("select exists (select 1 from ins_policy_version where code = :c)")
			.param("c", code)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Every version visible under a region prefix condition, newest first per region and
	 * scheme.
	 */
	List<PolicyRow> list(String scopeRegion, String scopePrefix) {
		return jdbc.sql("select " + COLUMNS
				+ " from ins_policy_version where (:prefix = '' or region like :prefix || '%' "
				+ "or :scopeRegion like (case when region like '%0000' then left(region, 2) when region like '%00' "
				+ "then left(region, 4) else region end) || '%') order by region, insutype, effective_from desc, id desc")
			.param("prefix", scopePrefix)
			.param("scopeRegion", scopeRegion == null ? "" : scopeRegion)
			.query(PolicyRepository::row)
			.list();
	}

	List<PolicyRow> history(String region, String insutype) {
		return jdbc
			.sql("select " + COLUMNS + " from ins_policy_version where region = :r and insutype = :t "
					+ "order by effective_from desc, id desc")
			.param("r", region)
			.param("t", insutype)
			.query(PolicyRepository::row)
			.list();
	}

	long insert(String code, String region, String insutype, LocalDate from, LocalDate to, String parameters,
			ReviewStatus status, Long basedOn, String summary, String proposedBy) {
		return jdbc
			.sql("""
					insert into ins_policy_version (code, region, insutype, effective_from, effective_to, parameters, status,
					    based_on, summary, proposed_by, reviewed_by, reviewed_at)
					values (:code, :region, :insutype, :from, :to, cast(:parameters as jsonb), :status, :basedOn, :summary,
					    :by, case when :status = 'APPROVED' then 'system' end,
					    case when :status = 'APPROVED' then now() end)
					returning id
					""")
			.param("code", code)
			.param("region", region)
			.param("insutype", insutype)
			.param("from", from)
			.param("to", to)
			.param("parameters", parameters)
			.param("status", status.name())
			.param("basedOn", basedOn)
			.param("summary", summary == null ? "" : summary)
			.param("by", proposedBy)
			.query(Long.class)
			.single();
	}

	private static PolicyRow row(ResultSet rs, int i) throws SQLException {
		Long basedOn = rs.getObject("based_on", Long.class);
		return new PolicyRow(rs.getLong("id"), rs.getString("code"), rs.getString("region"), rs.getString("insutype"),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
				rs.getString("parameters"), ReviewStatus.valueOf(rs.getString("status")), basedOn,
				rs.getString("summary"), rs.getString("proposed_by"),
				InsuranceConfiguration.local(rs.getObject("proposed_at", OffsetDateTime.class)),
				rs.getString("reviewed_by"),
				InsuranceConfiguration.local(rs.getObject("reviewed_at", OffsetDateTime.class)),
				rs.getString("review_note"));
	}

}
