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

}
