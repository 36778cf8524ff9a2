package org.sanyi.clinical.familydoctor.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.Team;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contracts (签约): inserted, renewed, terminated on condition of their state, read by the
 * resident, the team's institution or a region prefix. Two signings of one resident are
 * serialised by an advisory lock on the resident, and the unique index of the active
 * contract per year stops what the lock would not (another node before V107).
 */
@Repository
public class ContractRepository {

	private static final String COLUMNS = """
			c.id, c.resident_id, c.team_id, t.name as team_name, t.leader_name, t.institution_code, t.institution_name,
			t.region_code, c.crowds, c.crowds_derived, c.crowds_pending, c.packages, c.fee, c.insurance_pays,
			c.public_health_pays, c.starts_on, c.ends_on, c.contract_year, c.status, c.signed_via, c.signed_by,
			c.signed_at, c.renews, c.terminated_at, c.terminated_by, c.terminated_via, c.terminate_code,
			c.terminate_reason
			""";

	private final JdbcClient jdbc;

	ContractRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A contract with its team.
	 *
	 * @param crowds the categories in force (comma-joined codes)
	 * @param crowdsDerived those the platform derived itself
	 * @param crowdsPending those a resident declared on the portal, not yet confirmed by
	 * the team
	 * @param fee the resident's part
	 */
	public record Contract(long id, String residentId, long teamId, String teamName, String leaderName,
			String institutionCode, String institutionName, String regionCode, String crowds, String crowdsDerived,
			String crowdsPending, String packages, BigDecimal fee, BigDecimal insurancePays,
			BigDecimal publicHealthPays, LocalDate startsOn, LocalDate endsOn, int contractYear, String status,
			String signedVia, String signedBy, OffsetDateTime signedAt, Long renews, OffsetDateTime terminatedAt,
			String terminatedBy, String terminatedVia, String terminateCode, String terminateReason) {

		public boolean active() {
			return "ACTIVE".equals(status);
		}

		public BigDecimal total() {
			return fee.add(insurancePays).add(publicHealthPays);
		}

	}

	/** What a new contract holds. */
	record NewContract(String residentId, Team team, String crowds, String crowdsDerived, String crowdsPending,
			String packages, BigDecimal fee, BigDecimal insurancePays, BigDecimal publicHealthPays, LocalDate startsOn,
			LocalDate endsOn, String via, String by, Instant at, Long renews) {
	}

	/** Serialises the writes of one resident's contracts until the transaction ends. */
	void lockResident(String residentId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('fd_contract:' || :r))")
			.param("r", residentId)
			.query((rs, n) -> 0)
			.list();
	}

	/**
	 * Whether an active contract of the resident overlaps the term or the contract year.
	 */
	boolean activeOverlapping(String residentId, LocalDate from, LocalDate to, Long except) {
		return jdbc.sql("""
				select exists (select 1 from fd_contract where resident_id = :r and status = 'ACTIVE'
				   and (starts_on < :to and ends_on > :from or contract_year = :year)
				   and (cast(:except as bigint) is null or id <> :except))""")
			.param("r", residentId)
			.param("from", from)
			.param("to", to)
			.param("year", from.getYear())
			.param("except", except)
			.query(Boolean.class)
			.single();
	}

	long insert(NewContract n) {
		return jdbc
			.sql("""
					insert into fd_contract (resident_id, team_id, institution_code, crowds, crowds_derived, crowds_pending,
					       packages, fee, insurance_pays, public_health_pays, starts_on, ends_on, contract_year, status,
					       signed_via, signed_by, signed_at, renews)
					values (:resident, :team, :inst, :crowds, :derived, :pending, :packages, :fee, :insurance, :publicHealth,
					       :starts, :ends, :year, 'ACTIVE', :via, :by, :at, :renews)
					returning id""")
			.param("resident", n.residentId())
			.param("team", n.team().id())
			.param("inst", n.team().institutionCode())
			.param("crowds", n.crowds())
			.param("derived", n.crowdsDerived())
			.param("pending", n.crowdsPending())
			.param("packages", n.packages())
			.param("fee", n.fee())
			.param("insurance", n.insurancePays())
			.param("publicHealth", n.publicHealthPays())
			.param("starts", n.startsOn())
			.param("ends", n.endsOn())
			.param("year", n.startsOn().getYear())
			.param("via", n.via())
			.param("by", n.by())
			.param("at", Timestamp.from(n.at()))
			.param("renews", n.renews())
			.query(Long.class)
			.single();
	}

	Optional<Contract> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from fd_contract c join fd_team t on t.id = c.team_id where c.id = :id")
			.param("id", id)
			.query(Contract.class)
			.optional();
	}

	/** Whether an active renewal of the contract exists. */
	boolean renewed(long id) {
		return jdbc.sql("select exists (select 1 from fd_contract where renews = :id and status = 'ACTIVE')")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	/** Ends an active contract; false when it was not active any more. */
	boolean terminate(long id, String code, String note, String via, String by, Instant at) {
		return jdbc.sql("""
				update fd_contract set status = 'TERMINATED', terminated_at = :at, terminate_code = :code,
				       terminate_reason = :note, terminated_via = :via, terminated_by = :by
				 where id = :id and status = 'ACTIVE'""")
			.param("id", id)
			.param("code", code)
			.param("note", note)
			.param("via", via)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** The team confirms the declared categories: they join the contract's categories. */
	boolean confirmCrowds(long id, String crowds, String pendingBefore) {
		return jdbc.sql("""
				update fd_contract set crowds = :crowds, crowds_pending = ''
				 where id = :id and status = 'ACTIVE' and crowds_pending = :pending""")
			.param("id", id)
			.param("crowds", crowds)
			.param("pending", pendingBefore)
			.update() == 1;
	}

	/**
	 * The resident's active contracts in force on the day or starting later, earliest
	 * first.
	 */
	List<Contract> currentOf(String residentId, LocalDate day) {
		return jdbc
			.sql("select " + COLUMNS + " from fd_contract c join fd_team t on t.id = c.team_id"
					+ " where c.resident_id = :r and c.status = 'ACTIVE' and c.ends_on > :day order by c.starts_on")
			.param("r", residentId)
			.param("day", day)
			.query(Contract.class)
			.list();
	}

	/** The resident's contracts, newest first. */
	List<Contract> historyOf(String residentId) {
		return jdbc
			.sql("select " + COLUMNS + " from fd_contract c join fd_team t on t.id = c.team_id"
					+ " where c.resident_id = :r order by c.starts_on desc, c.id desc limit 20")
			.param("r", residentId)
			.query(Contract.class)
			.list();
	}

	/**
	 * Contracts of one institution's teams, or of the teams in a region prefix, filtered
	 * by status and whether declared categories wait for confirmation.
	 */
	Page<Contract> list(String institution, String regionPrefix, String status, boolean pendingOnly, PageQuery query) {
		String where = """
				where (cast(:inst as varchar) is null or t.institution_code = :inst) and t.region_code like :prefix || '%'
				  and (cast(:status as varchar) is null or c.status = :status)
				  and (not :pending or c.crowds_pending <> '')""";
		long total = jdbc.sql("select count(*) from fd_contract c join fd_team t on t.id = c.team_id " + where)
			.param("inst", institution)
			.param("prefix", regionPrefix)
			.param("status", status)
			.param("pending", pendingOnly)
			.query(Long.class)
			.single();
		List<Contract> rows = jdbc
			.sql("select " + COLUMNS + " from fd_contract c join fd_team t on t.id = c.team_id " + where
					+ " order by c.signed_at desc, c.id desc limit :limit offset :offset")
			.param("inst", institution)
			.param("prefix", regionPrefix)
			.param("status", status)
			.param("pending", pendingOnly)
			.param("limit", query.size())
			.param("offset", query.offset())
			.query(Contract.class)
			.list();
		return new Page<>(rows, total, query.page(), query.size());
	}

	/** The conditions the resident is on a register for, at any team. */
	List<String> registersOf(String residentId) {
		return jdbc.sql("select condition from fd_register where resident_id = :r")
			.param("r", residentId)
			.query(String.class)
			.list();
	}

	List<Team> teams() {
		return jdbc
			.sql("select id, institution_code, institution_name, region_code, name, leader_name, members, specialist"
					+ " from fd_team order by institution_code, name")
			.query(Team.class)
			.list();
	}

	/** The counts at the top of the contract list. */
	public record Summary(long active, long keyPopulation, long pending, long expiring, long terminated) {
	}

	/**
	 * Active contracts in force today, those with a key-population category, those
	 * waiting for the team to confirm declared categories, those ending within the
	 * renewal window without a renewal, and those terminated this year.
	 */
	Summary summary(String institution, String regionPrefix, LocalDate today) {
		return jdbc
			.sql("""
					select count(*) filter (where c.status = 'ACTIVE' and c.starts_on <= :today and c.ends_on > :today) as active,
					       count(*) filter (where c.status = 'ACTIVE' and c.starts_on <= :today and c.ends_on > :today
					                          and c.crowds <> 'GENERAL') as key_population,
					       count(*) filter (where c.status = 'ACTIVE' and c.crowds_pending <> '') as pending,
					       count(*) filter (where c.status = 'ACTIVE' and c.ends_on > :today and c.ends_on <= :soon
					                          and not exists (select 1 from fd_contract r where r.renews = c.id
					                                            and r.status = 'ACTIVE')) as expiring,
					       count(*) filter (where c.status = 'TERMINATED' and c.terminated_at >= :yearStart) as terminated
					  from fd_contract c join fd_team t on t.id = c.team_id
					 where (cast(:inst as varchar) is null or t.institution_code = :inst) and t.region_code like :prefix || '%'""")
			.param("today", today)
			.param("soon", today.plusDays(60))
			.param("yearStart", today.withDayOfYear(1).atStartOfDay(PlatformTime.zone()).toOffsetDateTime())
			.param("inst", institution)
			.param("prefix", regionPrefix)
			.query(Summary.class)
			.single();
	}

}
