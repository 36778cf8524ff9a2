package org.sanyi.insurance.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.insurance.policy.PolicyRow.PolicyKey;
import org.sanyi.insurance.support.InsuranceConfiguration;
import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.VersionStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored policy versions ({@code ins_policy_version}). */
@Repository
class PolicyRepository implements VersionStore<PolicyRow, PolicyKey> {

	private static final String COLUMNS = "id, code, region, insutype, effective_from, effective_to, "
			+ "parameters::text as parameters, status, based_on, summary, proposed_by, proposed_at, reviewed_by, "
			+ "reviewed_at, review_note";

	private final JdbcClient jdbc;

	PolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	Optional<PolicyRow> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from ins_policy_version where id = :id")
			.param("id", id)
			.query(PolicyRepository::row)
			.optional();
	}

	Optional<PolicyRow> findForUpdate(long id) {
		return jdbc.sql("select " + COLUMNS + " from ins_policy_version where id = :id for update")
			.param("id", id)
			.query(PolicyRepository::row)
			.optional();
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

	/**
	 * A policy is dated: the version replaced ends the day before the new one starts (and
	 * stays approved).
	 */
	@Override
	public void supersede(PolicyRow version, LocalDate from) {
		jdbc.sql("update ins_policy_version set effective_to = :to where id = :id")
			.param("to", from.minusDays(1))
			.param("id", version.id())
			.update();
	}

	@Override
	public void decide(PolicyRow version, ReviewStatus outcome, String reviewer, String note) {
		jdbc.sql(
				"update ins_policy_version set status = :s, reviewed_by = :by, reviewed_at = now(), review_note = :note "
						+ "where id = :id")
			.param("s", outcome.name())
			.param("by", reviewer)
			.param("note", note)
			.param("id", version.id())
			.update();
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
