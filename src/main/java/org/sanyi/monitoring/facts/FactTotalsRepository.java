package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.sanyi.monitoring.engine.FactTotals.Component;
import org.sanyi.monitoring.engine.FactTotals.DaySpan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums of facts for all the components an indicator names, each a filtered sum over the
 * facts of its element whose dimensions contain its slice ({@code dims @> slice}), over
 * the given institutions and days. Whole years and whole months are read from the rollup
 * ({@code mon_fact_rollup}, with the live reports' deltas not yet folded into it), the
 * days of a month the span covers only in part from the facts themselves
 * ({@code mon_fact}); both hold the same sums.
 */
@Repository
class FactTotalsRepository {

	/** A span that matches nothing (its end before its start). */
	private static final LocalDate[] NONE = { LocalDate.of(2000, 2, 1), LocalDate.of(2000, 1, 1) };

	private final JdbcClient jdbc;

	FactTotalsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The sum of each component, in the order given ({@code null} where there are no
	 * facts).
	 */
	List<BigDecimal> sums(List<Component> components, List<String> institutions, DaySpan days) {
		LocalDate firstMonth = days.first().getDayOfMonth() == 1 ? days.first()
				: days.first().withDayOfMonth(1).plusMonths(1);
		LocalDate afterLastMonth = days.last().plusDays(1).getDayOfMonth() == 1 ? days.last().plusDays(1)
				: days.last().withDayOfMonth(1);
		if (!firstMonth.isBefore(afterLastMonth)) {
			return daySums(components, institutions, days);
		}
		List<BigDecimal> total = rollupSums(components, institutions, firstMonth, afterLastMonth);
		if (days.first().isBefore(firstMonth)) {
			total = plus(total, daySums(components, institutions, new DaySpan(days.first(), firstMonth.minusDays(1))));
		}
		if (!days.last().isBefore(afterLastMonth)) {
			total = plus(total, daySums(components, institutions, new DaySpan(afterLastMonth, days.last())));
		}
		return total;
	}

	/**
	 * The sums over the whole months from {@code first} (a first day of a month) to
	 * before {@code end} from the rollup: the calendar years inside as year rows, the
	 * months before and after them as month rows, and the live reports' month deltas not
	 * yet folded into either. The rows are summed by element and slice first, then only
	 * the few distinct slices found are matched against the components' slices.
	 */
	List<BigDecimal> rollupSums(List<Component> components, List<String> institutions, LocalDate first, LocalDate end) {
		LocalDate firstYear = first.getDayOfYear() == 1 ? first : first.withDayOfYear(1).plusYears(1);
		LocalDate endYear = end.withDayOfYear(1);
		boolean wholeYears = firstYear.isBefore(endYear);
		LocalDate[] years = wholeYears ? new LocalDate[] { firstYear, endYear.minusYears(1) } : NONE;
		LocalDate[] monthsBefore = { first, (wholeYears ? firstYear : end).minusMonths(1) };
		LocalDate[] monthsAfter = wholeYears ? new LocalDate[] { endYear, end.minusMonths(1) } : NONE;
		StringBuilder select = new StringBuilder(
				"""
						with g as (select element, dims_id, sum(value) as v from (
						    select element, dims_id, value from mon_fact_rollup
						    where element = any(:elements) and institution = any(:institutions)
						    and ((grain = 'Y' and period_start between :y1 and :y2)
						         or (grain = 'M' and (period_start between :first and :last or period_start between :m1 and :m2)))
						    union all
						    select element, dims_id, value from mon_fact_rollup_delta
						    where element = any(:elements) and institution = any(:institutions)
						    and ((cast(:y1 as date) <= :y2 and period_start between :y1 and cast(:y2 as date) + 335)
						         or period_start between :first and :last or period_start between :m1 and :m2)) r
						group by element, dims_id)
						select\s""");
		for (int i = 0; i < components.size(); i++) {
			select.append(i > 0 ? ", " : "")
				.append("sum(g.v) filter (where g.element = :e")
				.append(i)
				.append(" and d.dims @> cast(:s")
				.append(i)
				.append(" as jsonb))");
		}
		select.append(" from g join mon_dims d on d.id = g.dims_id");
		return run(select.toString(), components, institutions, monthsBefore[0], monthsBefore[1],
				spec -> spec.param("y1", years[0])
					.param("y2", years[1])
					.param("m1", monthsAfter[0])
					.param("m2", monthsAfter[1]));
	}

	/** The sums over the days from the facts themselves. */
	List<BigDecimal> daySums(List<Component> components, List<String> institutions, DaySpan days) {
		StringBuilder select = new StringBuilder("select ");
		for (int i = 0; i < components.size(); i++) {
			select.append(i > 0 ? ", " : "")
				.append("sum(value) filter (where element = :e")
				.append(i)
				.append(" and dims @> cast(:s")
				.append(i)
				.append(" as jsonb))");
		}
		select.append(" from mon_fact where element = any(:elements) and institution = any(:institutions) "
				+ "and day between :first and :last");
		return run(select.toString(), components, institutions, days.first(), days.last(), spec -> spec);
	}

	private List<BigDecimal> run(String sql, List<Component> components, List<String> institutions, LocalDate first,
			LocalDate last, UnaryOperator<JdbcClient.StatementSpec> more) {
		Set<String> elements = new LinkedHashSet<>();
		components.forEach(c -> elements.add(c.element()));
		JdbcClient.StatementSpec statement = jdbc.sql(sql)
			.param("elements", elements.toArray(String[]::new))
			.param("institutions", institutions.toArray(String[]::new))
			.param("first", first)
			.param("last", last);
		statement = more.apply(statement);
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

	private static List<BigDecimal> plus(List<BigDecimal> a, List<BigDecimal> b) {
		List<BigDecimal> sum = new ArrayList<>(a.size());
		for (int i = 0; i < a.size(); i++) {
			BigDecimal x = a.get(i);
			BigDecimal y = b.get(i);
			sum.add(x == null ? y : y == null ? x : x.add(y));
		}
		return sum;
	}

}
