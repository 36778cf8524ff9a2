package org.sanyi.clinical.familydoctor.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The population each centre serves per year, and the contracts counted against it. */
@Repository
public class PopulationRepository {

	private final JdbcClient jdbc;

	PopulationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What is stored for a centre and year, with its version. */
	record Stored(int residents, int keyResidents, int version) {
	}

	/**
	 * One centre with teams: its population of the year (null when not entered) and its
	 * contracts in force on the day, all and key-population ones.
	 */
	public record CentreCoverage(String institutionCode, String institutionName, Integer residents,
			Integer keyResidents, long contracted, long keyContracted) {
	}

	/** The row of the centre and year, locked until the transaction ends. */
	Optional<Stored> lock(String institution, int year) {
		return jdbc.sql("""
				select residents, key_residents, version from fd_service_population
				 where institution_code = :i and year = :y for update""")
			.param("i", institution)
			.param("y", year)
			.query(Stored.class)
			.optional();
	}

	void save(String institution, int year, int residents, int keyResidents, int version, String by) {
		jdbc.sql(
				"""
						insert into fd_service_population (institution_code, year, residents, key_residents, version, updated_by)
						values (:i, :y, :r, :k, :v, :by)
						on conflict (institution_code, year) do update set residents = excluded.residents,
						       key_residents = excluded.key_residents, version = excluded.version, updated_by = excluded.updated_by,
						       updated_at = now()""")
			.param("i", institution)
			.param("y", year)
			.param("r", residents)
			.param("k", keyResidents)
			.param("v", version)
			.param("by", by)
			.update();
	}

	/** Whether the institution has a family-doctor team in the region prefix. */
	boolean centreIn(String institution, String regionPrefix) {
		return jdbc.sql("""
				select exists (select 1 from fd_team where institution_code = :i and region_code like :p || '%')""")
			.param("i", institution)
			.param("p", regionPrefix)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The centres with teams in the region prefix (or one institution), with population
	 * and coverage.
	 */
	public List<CentreCoverage> coverage(String regionPrefix, String institution, int year, LocalDate day) {
		return jdbc
			.sql("""
					with centres as (
					  select distinct institution_code, institution_name from fd_team
					   where region_code like :p || '%' and (cast(:i as varchar) is null or institution_code = :i)),
					contracted as (
					  select c.institution_code, count(*) as contracted, count(*) filter (where c.crowds <> 'GENERAL') as key_contracted
					    from fd_contract c
					   where c.status = 'ACTIVE' and c.starts_on <= :day and c.ends_on > :day
					   group by c.institution_code)
					select ce.institution_code, ce.institution_name, p.residents, p.key_residents,
					       coalesce(k.contracted, 0) as contracted, coalesce(k.key_contracted, 0) as key_contracted
					  from centres ce
					  left join fd_service_population p on p.institution_code = ce.institution_code and p.year = :y
					  left join contracted k on k.institution_code = ce.institution_code
					 order by ce.institution_code""")
			.param("p", regionPrefix)
			.param("i", institution)
			.param("y", year)
			.param("day", day)
			.query(CentreCoverage.class)
			.list();
	}

}
