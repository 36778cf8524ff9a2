package org.sanyi.clinical.familydoctor.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.clinical.familydoctor.engine.Tier;
import org.sanyi.clinical.familydoctor.engine.TierRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teams, packages, contracts, registers, tiering rules and follow-ups. */
@Repository
public class FamilyDoctorRepository {

	private final JdbcClient jdbc;

	FamilyDoctorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A team as pages show it. */
	public record Team(long id, String institutionCode, String institutionName, String regionCode, String name,
			String leaderName, String members, String specialist) {
	}

	/**
	 * A package of services: the resident's part ({@code price}) and what the insurance
	 * and public-health funds pay on top; withdrawn packages are no longer
	 * {@code offered}.
	 */
	public record ServicePackage(String code, String name, String kind, BigDecimal price, String services,
			BigDecimal insurancePays, BigDecimal publicHealthPays, boolean offered) {

		public ServicePackage(String code, String name, String kind, BigDecimal price, String services) {
			this(code, name, kind, price, services, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), true);
		}

		public BigDecimal total() {
			return price.add(insurancePays).add(publicHealthPays);
		}

	}

	/** One follow-up as stored. */
	public record FollowUp(long id, String residentId, long teamId, OffsetDateTime visitedAt, boolean hypertension,
			boolean diabetes, Integer sbp, Integer dbp, BigDecimal fpg, String medication, String lifestyle, Tier tier,
			boolean controlled, String reasons, String rulesVersion, LocalDate nextDue, String recordedBy) {
	}

	/**
	 * A registered patient of a team with the latest follow-up (tier and due date), null
	 * fields when never followed up.
	 */
	public record Patient(String residentId, long teamId, String teamName, boolean hypertension, boolean diabetes,
			Tier tier, OffsetDateTime lastVisit, LocalDate nextDue) {
	}

	/** The centre's count of one team's patients by latest tier. */
	public record TeamTiers(String institutionCode, String institutionName, String teamName, long patients, long red,
			long yellow, long green, long unseen, long overdue) {
	}

	long insertTeam(String institution, String institutionName, String region, String name, String leader,
			String members, String specialist) {
		return jdbc
			.sql("""
					insert into fd_team (institution_code, institution_name, region_code, name, leader_name, members, specialist)
					values (:inst, :instName, :region, :name, :leader, :members, :specialist)
					on conflict (institution_code, name) do update set leader_name = excluded.leader_name
					returning id""")
			.param("inst", institution)
			.param("instName", institutionName)
			.param("region", region)
			.param("name", name)
			.param("leader", leader)
			.param("members", members)
			.param("specialist", specialist)
			.query(Long.class)
			.single();
	}

	void insertPackage(ServicePackage p) {
		jdbc.sql("""
				insert into fd_package (code, name, kind, price, services, insurance_pays, public_health_pays)
				values (:code, :name, :kind, :price, :services, :insurance, :publicHealth)
				on conflict (code) do nothing""")
			.param("code", p.code())
			.param("name", p.name())
			.param("kind", p.kind())
			.param("price", p.price())
			.param("services", p.services())
			.param("insurance", p.insurancePays())
			.param("publicHealth", p.publicHealthPays())
			.update();
	}

	List<ServicePackage> packages() {
		return jdbc
			.sql("select code, name, kind, price, services, insurance_pays, public_health_pays, offered from fd_package"
					+ " order by kind, code")
			.query(ServicePackage.class)
			.list();
	}

	Optional<Team> team(long id) {
		return jdbc
			.sql("select id, institution_code, institution_name, region_code, name, leader_name, members,"
					+ " specialist from fd_team where id = :id")
			.param("id", id)
			.query(Team.class)
			.optional();
	}

	void register(String resident, String condition, long team, String institution, LocalDate on) {
		jdbc.sql("""
				insert into fd_register (resident_id, condition, team_id, institution_code, registered_on)
				values (:resident, :condition, :team, :inst, :on) on conflict do nothing""")
			.param("resident", resident)
			.param("condition", condition)
			.param("team", team)
			.param("inst", institution)
			.param("on", on)
			.update();
	}

	/** The conditions the resident is registered for at the institution, and the team. */
	List<Registration> registrations(String resident, String institution) {
		return jdbc.sql(
				"select condition, team_id from fd_register where resident_id = :resident and institution_code = :inst")
			.param("resident", resident)
			.param("inst", institution)
			.query((rs, n) -> new Registration(rs.getString(1), rs.getLong(2)))
			.list();
	}

	record Registration(String condition, long teamId) {
	}

	Optional<TierRules> rulesOn(LocalDate day) {
		return jdbc
			.sql("""
					select version, effective_from, sbp_red, dbp_red, sbp_target, dbp_target, elderly_age, sbp_target_elderly,
					       sbp_target_comorbid, dbp_target_comorbid, fpg_red_high, fpg_red_low, fpg_target, green_days,
					       yellow_days
					  from fd_tier_rules where effective_from <= :day order by effective_from desc limit 1""")
			.param("day", day)
			.query(TierRules.class)
			.optional();
	}

	long insertFollowUp(FollowUp f, String institution) {
		return jdbc
			.sql("""
					insert into fd_follow_up (resident_id, team_id, institution_code, visited_at, hypertension, diabetes, sbp,
					       dbp, fpg, medication, lifestyle, adverse_reaction, danger_signs, tier, controlled, reasons,
					       rules_version, next_due, recorded_by)
					values (:resident, :team, :inst, :at, :htn, :dm, :sbp, :dbp, :fpg, :med, :life, :adverse, :danger, :tier,
					       :controlled, :reasons, :version, :due, :by)
					returning id""")
			.param("resident", f.residentId())
			.param("team", f.teamId())
			.param("inst", institution)
			.param("at", Timestamp.from(f.visitedAt().toInstant()))
			.param("htn", f.hypertension())
			.param("dm", f.diabetes())
			.param("sbp", f.sbp())
			.param("dbp", f.dbp())
			.param("fpg", f.fpg())
			.param("med", f.medication())
			.param("life", f.lifestyle())
			.param("adverse", f.reasons().contains("ADVERSE_REACTION"))
			.param("danger", f.reasons().contains("DANGER_SIGNS"))
			.param("tier", f.tier().name())
			.param("controlled", f.controlled())
			.param("reasons", f.reasons())
			.param("version", f.rulesVersion())
			.param("due", f.nextDue())
			.param("by", f.recordedBy())
			.query(Long.class)
			.single();
	}

	public List<FollowUp> followUps(String resident, int limit) {
		return jdbc
			.sql("""
					select id, resident_id, team_id, visited_at, hypertension, diabetes, sbp, dbp, fpg, medication, lifestyle,
					       tier, controlled, reasons, rules_version, next_due, recorded_by
					  from fd_follow_up where resident_id = :resident order by visited_at desc, id desc limit :limit""")
			.param("resident", resident)
			.param("limit", limit)
			.query(FollowUp.class)
			.list();
	}

	long followUpsSince(String resident, Instant since) {
		return jdbc.sql("select count(*) from fd_follow_up where resident_id = :resident and visited_at >= :since")
			.param("resident", resident)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	/** The registered patients of an institution with their latest follow-up. */
	public List<Patient> patients(String institution) {
		return jdbc
			.sql("""
					select r.resident_id, r.team_id, t.name as team_name, bool_or(r.condition = 'HTN') as hypertension,
					       bool_or(r.condition = 'DM') as diabetes, f.tier, f.visited_at as last_visit, f.next_due
					  from fd_register r join fd_team t on t.id = r.team_id
					  left join lateral (select tier, visited_at, next_due from fd_follow_up x where x.resident_id = r.resident_id
					                      order by visited_at desc, id desc limit 1) f on true
					 where r.institution_code = :inst
					 group by r.resident_id, r.team_id, t.name, f.tier, f.visited_at, f.next_due
					 order by f.next_due nulls first, r.resident_id""")
			.param("inst", institution)
			.query(Patient.class)
			.list();
	}

	/**
	 * Registered patients by latest tier per team, for the teams of institutions in the
	 * region prefix or of one institution.
	 */
	public List<TeamTiers> tiersByTeam(String regionPrefix, String institution, LocalDate today) {
		return jdbc
			.sql("""
					with latest as (
					  select distinct on (r.resident_id) r.resident_id, r.team_id, f.tier, f.next_due
					    from fd_register r
					    left join lateral (select tier, next_due from fd_follow_up x where x.resident_id = r.resident_id
					                        order by visited_at desc, id desc limit 1) f on true
					   order by r.resident_id, r.team_id)
					select t.institution_code, t.institution_name, t.name as team_name, count(*) as patients,
					       count(*) filter (where l.tier = 'RED') as red, count(*) filter (where l.tier = 'YELLOW') as yellow,
					       count(*) filter (where l.tier = 'GREEN') as green, count(*) filter (where l.tier is null) as unseen,
					       count(*) filter (where l.next_due < :today) as overdue
					  from latest l join fd_team t on t.id = l.team_id
					 where (cast(:inst as varchar) is null or t.institution_code = :inst)
					   and t.region_code like :prefix || '%'
					 group by t.institution_code, t.institution_name, t.name
					 order by t.institution_code, t.name""")
			.param("inst", institution)
			.param("prefix", regionPrefix)
			.param("today", today)
			.query(TeamTiers.class)
			.list();
	}

	/** The institution of the contract's team. */
	Optional<String> contractInstitution(long contractId) {
		return jdbc.sql("select institution_code from fd_contract where id = :id")
			.param("id", contractId)
			.query(String.class)
			.optional();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from fd_team)").query(Boolean.class).single();
	}

}
