package org.sanyi.pharma.resistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Susceptibility results ({@code ph_ast_import}, {@code ph_ast_result}). */
@Repository
class AstRepository {

	private final JdbcClient jdbc;

	AstRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A counted cell: organism × antibiotic, first isolates tested and resistant, and all
	 * isolates tested.
	 */
	record Cell(String organismCode, String organismName, String antibioticCode, String antibioticName, long tested,
			long resistant, long isolates) {
	}

	/** The keys already stored of an institution, among the given specimens. */
	Set<String> existing(String institution, List<String> specimens) {
		return Set.copyOf(jdbc.sql("""
				select specimen_id || '|' || organism_code || '|' || antibiotic_code from ph_ast_result
				where institution_code = :i and specimen_id = any(:s)""")
			.param("i", institution)
			.param("s", specimens.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	long insert(String institution, String region, String fileName, List<AstLine> lines, String by) {
		long id = jdbc.sql("""
				insert into ph_ast_import (institution_code, institution_region, file_name, lines, imported_by)
				values (:i, :r, :f, :n, :by) returning id""")
			.param("i", institution)
			.param("r", region)
			.param("f", fileName)
			.param("n", lines.size())
			.param("by", by)
			.query(Long.class)
			.single();
		for (AstLine l : lines) {
			jdbc.sql("""
					insert into ph_ast_result (import_id, institution_code, institution_region, specimen_id,
					    specimen_date, organism_code, organism_name, antibiotic_code, antibiotic_name, interpretation,
					    patient_key)
					values (:id, :i, :r, :sp, :day, :oc, :on, :ac, :an, :sir, :pk)""")
				.param("id", id)
				.param("i", institution)
				.param("r", region)
				.param("sp", l.specimenId())
				.param("day", l.specimenDate())
				.param("oc", l.organismCode())
				.param("on", l.organismName())
				.param("ac", l.antibioticCode())
				.param("an", l.antibioticName())
				.param("sir", l.interpretation())
				.param("pk", l.patientKey())
				.update();
		}
		return id;
	}

	/**
	 * Rates by organism × antibiotic over the scope and days, over the first isolate of
	 * each organism per patient in the period (CLSI M39, as
	 * {@link org.sanyi.pharma.engine.Resistance#firstIsolates}: the earliest specimen by
	 * date, then id; a result without a patient is its own), with all isolates counted
	 * too.
	 */
	List<Cell> cells(String prefix, String institution, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				with scoped as (
				    select * from ph_ast_result
				    where specimen_date between :from and :to
				    and (:prefix = '' or institution_region like :prefix || '%')
				    and (:institution = '' or institution_code = :institution)
				), firsts as (
				    select distinct on (institution_code, patient_key, organism_code,
				        case when patient_key = '' then specimen_id else '' end)
				        institution_code, specimen_id, organism_code
				    from scoped
				    order by institution_code, patient_key, organism_code,
				        case when patient_key = '' then specimen_id else '' end, specimen_date, specimen_id
				)
				select r.organism_code, min(r.organism_name) as organism_name, r.antibiotic_code,
				    min(r.antibiotic_name) as antibiotic_name,
				    count(f.specimen_id) as tested,
				    count(f.specimen_id) filter (where r.interpretation = 'R') as resistant,
				    count(*) as isolates
				from scoped r
				left join firsts f on f.institution_code = r.institution_code and f.specimen_id = r.specimen_id
				    and f.organism_code = r.organism_code
				group by r.organism_code, r.antibiotic_code order by r.organism_code, r.antibiotic_code""")
			.param("from", from)
			.param("to", to)
			.param("prefix", prefix)
			.param("institution", institution)
			.query(Cell.class)
			.list();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from ph_ast_import)").query(Boolean.class).single();
	}

}
