package org.sanyi.pharma.retention;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.pharma.procurement.ScopeFilter;
import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.VersionStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code ph_retention} and its lines; the maker–checker's store of 结余留用 computations. */
@Repository
class RetentionRepository implements VersionStore<RetentionVersion, RetentionVersion.Key> {

	private final JdbcClient jdbc;

	RetentionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RetentionVersion.Key keyOf(RetentionVersion version) {
		return new RetentionVersion.Key(version.roundId(), version.cycleNo());
	}

	@Override
	public List<RetentionVersion> lockOpen(RetentionVersion.Key key) {
		return jdbc.sql("""
				select * from ph_retention where round_id = :round and cycle_no = :cycle
				and status in ('APPROVED', 'PENDING') order by id for update""")
			.param("round", key.roundId())
			.param("cycle", key.cycleNo())
			.query(RetentionRepository::version)
			.list();
	}

	@Override
	public void decide(RetentionVersion version, ReviewStatus outcome, String reviewer, String note) {
		jdbc.sql("""
				update ph_retention set status = :status, decided_by = :by, decided_at = now(), note = :note
				where id = :id and status = 'PENDING'""")
			.param("status", outcome.name())
			.param("by", reviewer)
			.param("note", note)
			.param("id", version.id())
			.update();
	}

	@Override
	public void supersede(RetentionVersion version, LocalDate from) {
		jdbc.sql("update ph_retention set status = 'SUPERSEDED' where id = :id and status = 'APPROVED'")
			.param("id", version.id())
			.update();
	}

	long insert(long roundId, int cycle, LocalDate start, LocalDate end, BigDecimal budget, BigDecimal spend,
			BigDecimal surplus, BigDecimal retained, String by) {
		return jdbc
			.sql("""
					insert into ph_retention (round_id, cycle_no, cycle_start, cycle_end, budget, actual_spend, surplus,
					    retained, status, proposed_by)
					values (:round, :cycle, :start, :end, :budget, :spend, :surplus, :retained, 'PENDING', :by) returning id""")
			.param("round", roundId)
			.param("cycle", cycle)
			.param("start", start)
			.param("end", end)
			.param("budget", budget)
			.param("spend", spend)
			.param("surplus", surplus)
			.param("retained", retained)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	void insertLine(long retentionId, RetentionLine l) {
		jdbc.sql(
				"""
						insert into ph_retention_line (retention_id, institution_code, institution_region, agreed, winning, completion, budget,
						    actual_spend, surplus, eligible, retained)
						values (:id, :institution, :region, :agreed, :winning, :completion, :budget, :spend, :surplus, :eligible, :retained)""")
			.param("id", retentionId)
			.param("institution", l.institutionCode())
			.param("region", l.institutionRegion())
			.param("agreed", l.agreed())
			.param("winning", l.winning())
			.param("completion", l.completion())
			.param("budget", l.budget())
			.param("spend", l.actualSpend())
			.param("surplus", l.surplus())
			.param("eligible", l.eligible())
			.param("retained", l.retained())
			.update();
	}

	List<RetentionVersion> ofRound(long roundId) {
		return jdbc.sql("select * from ph_retention where round_id = :round order by cycle_no, id desc")
			.param("round", roundId)
			.query(RetentionRepository::version)
			.list();
	}

	Optional<RetentionVersion> find(long id) {
		return jdbc.sql("select * from ph_retention where id = :id")
			.param("id", id)
			.query(RetentionRepository::version)
			.optional();
	}

	/** The lines of a computation within a data scope. */
	List<RetentionLine> lines(long retentionId, ScopeFilter scope) {
		return jdbc
			.sql("select * from ph_retention_line l where retention_id = :id and " + ScopeFilter.condition("l")
					+ " order by institution_code")
			.param("id", retentionId)
			.param("prefix", scope.prefix())
			.param("institution", scope.institution())
			.query((rs, n) -> new RetentionLine(rs.getString("institution_code"), rs.getString("institution_region"),
					rs.getLong("agreed"), rs.getLong("winning"), rs.getBigDecimal("completion"),
					rs.getBigDecimal("budget"), rs.getBigDecimal("actual_spend"), rs.getBigDecimal("surplus"),
					rs.getBoolean("eligible"), rs.getBigDecimal("retained")))
			.list();
	}

	static RetentionVersion version(ResultSet rs, int n) throws SQLException {
		return new RetentionVersion(rs.getLong("id"), rs.getLong("round_id"), rs.getInt("cycle_no"),
				rs.getObject("cycle_start", LocalDate.class), rs.getObject("cycle_end", LocalDate.class),
				rs.getBigDecimal("budget"), rs.getBigDecimal("actual_spend"), rs.getBigDecimal("surplus"),
				rs.getBigDecimal("retained"), ReviewStatus.of(rs.getString("status")), rs.getString("proposed_by"),
				rs.getObject("proposed_at", OffsetDateTime.class), rs.getString("decided_by"),
				rs.getObject("decided_at", OffsetDateTime.class), rs.getString("note"));
	}

}
