package org.sanyi.monitoring.zone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums of facts grouped by institution and by the values of one or two of their
 * dimensions: what the analyses break down that an indicator sums away. Reads the
 * day-level fact table (every fact, reversals included, so the sums equal the
 * indicators').
 */
@Repository
public class ZoneRepository {

	/**
	 * The visit and fund facts of one chapter slice: inpatient or outpatient, in or out
	 * of the county (blank: both), of the institutions given (null: all) between two
	 * days.
	 */
	private static final String CHAPTER_SLICE = """
			where f.element in ('ins.visit.count', 'ins.fund_paid') and f.day between :first and :last
			  and f.dims @> jsonb_build_object('clr_type', :clr, 'icd_chapter', :chapter)
			  and (:inCounty = '' or f.dims @> jsonb_build_object('in_county', :inCounty))
			  and (:everyone or f.institution = any(:institutions))""";

	private final JdbcClient jdbc;

	ZoneRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One group: an institution, the values of the two dimensions ({@code null} when a
	 * fact lacks one) and an element's total.
	 */
	public record Cell(String institution, String first, String second, String element, BigDecimal total) {
	}

	/**
	 * The facts of {@code elements} between two days, of the given institutions or of
	 * persons insured in a county under {@code personPrefix} (flows out of the area), or
	 * of every institution when {@code institutions} is null; grouped by institution and
	 * the two dimensions.
	 */
	public List<Cell> grouped(List<String> elements, String firstDimension, String secondDimension,
			List<String> institutions, String personPrefix, LocalDate first, LocalDate last) {
		return jdbc.sql("""
				select institution, dims ->> :d1, dims ->> :d2, element, sum(value)
				  from mon_fact
				 where element = any(:elements) and day between :first and :last -- codePrefix: a registry region prefix
				   and (:everyone or institution = any(:institutions)
				        or (:codePrefix <> '' and coalesce(dims ->> 'person_county', '') like :codePrefix || '%'))
				 group by 1, 2, 3, 4""")
			.param("d1", firstDimension)
			.param("d2", secondDimension)
			.param("elements", elements.toArray(String[]::new))
			.param("first", first)
			.param("last", last)
			.param("everyone", institutions == null)
			.param("institutions", institutions == null ? new String[0] : institutions.toArray(String[]::new))
			.param("codePrefix", personPrefix == null ? "" : personPrefix)
			.query((rs, n) -> new Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBigDecimal(5)))
			.list();
	}

	/** The DRGs' names as the DRG module last reported them ({@code mon_drg_name}). */
	public Map<String, String> drgNames(java.util.Collection<String> codes) {
		Map<String, String> names = new java.util.HashMap<>();
		if (codes.isEmpty()) {
			return names;
		}
		jdbc.sql("select drg, name from mon_drg_name where drg = any(:c)")
			.param("c", codes.toArray(String[]::new))
			.query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
			.list();
		return names;
	}

	/**
	 * One group of the disease mix by ICD-10 chapter: an institution, the chapter,
	 * whether the patients were treated in their own county, an element's total.
	 */
	public record ChapterCell(String institution, String chapter, String inCounty, String element, BigDecimal total) {
	}

	/**
	 * The facts of {@code elements} of one visit kind ({@code clr_type}) that carry an
	 * ICD-10 chapter, between two days, of the given institutions (every institution when
	 * null), grouped by institution, chapter and in/out of county.
	 */
	public List<ChapterCell> byChapter(List<String> elements, String clrType, List<String> institutions,
			LocalDate first, LocalDate last) {
		return jdbc.sql("""
				select institution, dims ->> 'icd_chapter', coalesce(dims ->> 'in_county', 'Y'), element, sum(value)
				  from mon_fact
				 where element = any(:elements) and day between :first and :last
				   and dims @> jsonb_build_object('clr_type', :clr) and dims ->> 'icd_chapter' is not null
				   and (:everyone or institution = any(:institutions))
				 group by 1, 2, 3, 4""")
			.param("elements", elements.toArray(String[]::new))
			.param("clr", clrType)
			.param("first", first)
			.param("last", last)
			.param("everyone", institutions == null)
			.param("institutions", institutions == null ? new String[0] : institutions.toArray(String[]::new))
			.query((rs, n) -> new ChapterCell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBigDecimal(5)))
			.list();
	}

	/**
	 * One report behind a figure: a settlement ({@code ins:setl:<setl_id>}, a reversal
	 * with negative values) or a month of recorded history, with its visits and fund
	 * paid.
	 */
	public record Behind(String reportKey, String institution, LocalDate day, BigDecimal visits, BigDecimal fund) {
	}

	/**
	 * The reports whose facts make up the visits and fund paid of one chapter slice, the
	 * latest first, at most {@code limit}; and (second element) their totals over all
	 * reports.
	 */
	public List<Behind> behindChapter(String chapter, String clrType, String inCounty, List<String> institutions,
			LocalDate first, LocalDate last, int limit) {
		return chapterSlice("""
				select r.report_key, f.institution, min(f.day),
				       coalesce(sum(f.value) filter (where f.element = 'ins.visit.count'), 0),
				       coalesce(sum(f.value) filter (where f.element = 'ins.fund_paid'), 0)
				  from mon_fact f join mon_fact_report r on r.id = f.report_id
				""" + CHAPTER_SLICE + " group by 1, 2 order by 3 desc, 1 desc limit :n", chapter, clrType, inCounty,
				institutions, first, last)
			.param("n", limit)
			.query((rs, n) -> new Behind(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getBigDecimal(4), rs.getBigDecimal(5).setScale(2)))
			.list();
	}

	/** How many reports {@link #behindChapter} would list without a limit. */
	public long countBehindChapter(String chapter, String clrType, String inCounty, List<String> institutions,
			LocalDate first, LocalDate last) {
		return chapterSlice("select count(distinct (f.report_id, f.institution)) from mon_fact f\n" + CHAPTER_SLICE,
				chapter, clrType, inCounty, institutions, first, last)
			.query(Long.class)
			.single();
	}

	private JdbcClient.StatementSpec chapterSlice(String sql, String chapter, String clrType, String inCounty,
			List<String> institutions, LocalDate first, LocalDate last) {
		return jdbc.sql(sql)
			.param("clr", clrType)
			.param("chapter", chapter)
			.param("inCounty", inCounty == null ? "" : inCounty)
			.param("first", first)
			.param("last", last)
			.param("everyone", institutions == null)
			.param("institutions", institutions == null ? new String[0] : institutions.toArray(String[]::new));
	}

}
