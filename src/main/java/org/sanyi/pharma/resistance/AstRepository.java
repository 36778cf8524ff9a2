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
					    patient_key, counted)
					values (:id, :i, :r, :sp, :day, :oc, :on, :ac, :an, :sir, :pk, false)""")
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
	 * Rates by organism × antibiotic over the scope and days: first isolates (the results
	 * marked {@code counted}: the first of each organism per patient and calendar year,
	 * CLSI M39, as {@link org.sanyi.pharma.engine.Resistance#firstIsolates}; the same
	 * results the facts for monitoring count) tested and resistant, and all isolates.
	 */
	List<Cell> cells(String prefix, String institution, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select organism_code, min(organism_name) as organism_name, antibiotic_code,
				    min(antibiotic_name) as antibiotic_name,
				    count(*) filter (where counted is not false) as tested,
				    count(*) filter (where counted is not false and interpretation = 'R') as resistant,
				    count(*) as isolates
				from ph_ast_result
				where specimen_date between :from and :to
				and (:prefix = '' or institution_region like :prefix || '%')
				and (:institution = '' or institution_code = :institution)
				group by organism_code, antibiotic_code order by organism_code, antibiotic_code""")
			.param("from", from)
			.param("to", to)
			.param("prefix", prefix)
			.param("institution", institution)
			.query(Cell.class)
			.list();
	}

	/**
	 * A stored result as the first-isolate count sees it; {@code counted} null for a
	 * result reported before V35 (every isolate was then reported).
	 */
	record Stored(String specimenId, LocalDate specimenDate, String organismCode, String antibioticCode,
			String interpretation, String patientKey, Boolean counted) {
	}

	/**
	 * The results of an import without a patient, and every result of the given patients
	 * from {@code from} to {@code to}: what decides which of them are first isolates.
	 */
	List<Stored> forRecount(String institution, long importId, List<String> patientKeys, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select specimen_id, specimen_date, organism_code, antibiotic_code, interpretation, patient_key, counted
				from ph_ast_result
				where institution_code = :i and (patient_key = '' and import_id = :id
				    or patient_key <> '' and patient_key = any(:keys) and specimen_date between :from and :to)""")
			.param("i", institution)
			.param("id", importId)
			.param("keys", patientKeys.toArray(String[]::new))
			.param("from", from)
			.param("to", to)
			.query(Stored.class)
			.list();
	}

	/**
	 * Every result of an institution (the one-off recount of results reported before
	 * V35).
	 */
	List<Stored> allOf(String institution) {
		return jdbc.sql("""
				select specimen_id, specimen_date, organism_code, antibiotic_code, interpretation, patient_key, counted
				from ph_ast_result where institution_code = :i""").param("i", institution).query(Stored.class).list();
	}

	/** Institutions with results reported before V35, not yet recounted. */
	List<String> notRecounted() {
		return jdbc.sql("select distinct institution_code from ph_ast_result where counted is null order by 1")
			.query(String.class)
			.list();
	}

	/** Marks the isolates (specimen and organism) as counted or not. */
	void markCounted(String institution, List<String> specimens, List<String> organisms, boolean counted) {
		if (specimens.isEmpty()) {
			return;
		}
		jdbc.sql(
				"""
						update ph_ast_result r set counted = :c
						from unnest(cast(:s as text[]), cast(:o as text[])) as u(specimen_id, organism_code)
						where r.institution_code = :i and r.specimen_id = u.specimen_id and r.organism_code = u.organism_code""")
			.param("c", counted)
			.param("s", specimens.toArray(String[]::new))
			.param("o", organisms.toArray(String[]::new))
			.param("i", institution)
			.update();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from ph_ast_import)").query(Boolean.class).single();
	}

}
