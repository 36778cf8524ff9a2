package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sanyi.monitoring.engine.FactTotals.Component;
import org.sanyi.monitoring.engine.FactTotals.DaySpan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums of facts: one statement for all the components an indicator names, each a filtered
 * sum over the facts of its element whose dimensions contain its slice
 * ({@code dims @> slice}), over the given institutions and days.
 */
@Repository
class FactTotalsRepository {

	private final JdbcClient jdbc;

	FactTotalsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The sum of each component, in the order given ({@code null} where there are no
	 * facts).
	 */
	List<BigDecimal> sums(List<Component> components, List<String> institutions, DaySpan days) {
		StringBuilder select = new StringBuilder("select ");
		Set<String> elements = new LinkedHashSet<>();
		for (int i = 0; i < components.size(); i++) {
			if (i > 0) {
				select.append(", ");
			}
			select.append("sum(value) filter (where element = :e")
				.append(i)
				.append(" and dims @> cast(:s")
				.append(i)
				.append(" as jsonb))");
			elements.add(components.get(i).element());
		}
		select
			.append("""
					 from mon_fact
					where element = any(:elements) and institution = any(:institutions) and day between :first and :last""");
		JdbcClient.StatementSpec statement = jdbc.sql(select.toString())
			.param("elements", elements.toArray(String[]::new))
			.param("institutions", institutions.toArray(String[]::new))
			.param("first", days.first())
			.param("last", days.last());
		for (int i = 0; i < components.size(); i++) {
			statement = statement.param("e" + i, components.get(i).element())
				.param("s" + i, DimensionsJson.of(components.get(i).slice()));
		}
		int n = components.size();
		return statement.query((ResultSet rs) -> {
			List<BigDecimal> out = new ArrayList<>(n);
			rs.next();
			for (int i = 1; i <= n; i++) {
				out.add(rs.getBigDecimal(i));
			}
			return out;
		});
	}

}
