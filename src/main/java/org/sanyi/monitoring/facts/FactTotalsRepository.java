package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.postgresql.PGStatement;
import org.sanyi.monitoring.engine.FactTotals.Component;
import org.sanyi.monitoring.engine.FactTotals.DaySpan;
import org.sanyi.shared.facts.Dimensions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
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

	/**
	 * The selected institutions, as a set the planner joins (a hashed semi-join for a
	 * province's 400, an index probe each for a county's few). As
	 * {@code institution = any(:institutions)} the planner costed 400 index searches per
	 * key range too dear and read a province-quarter's margins by a parallel scan of the
	 * whole table (347 ms on a copy of the margins' shape, 14 ms as a semi-join); at 10⁸
	 * facts the benchmark's p99 went from 146 to 94 ms (issue 12).
	 */
	private static final String SELECTED = " (select unnest(cast(:institutions as varchar[])))";

	/** A span that matches nothing (its end before its start). */
	private static final LocalDate[] NONE = { LocalDate.of(2000, 2, 1), LocalDate.of(2000, 1, 1) };

	private final JdbcTemplate jdbc;

	/** Which components read a margin ({@link #hasMargin}). */
	private final Predicate<Map<String, String>> margins;

	@Autowired
	FactTotalsRepository(JdbcTemplate jdbc) {
		this(jdbc, FactTotalsRepository::hasMargin);
	}

	/**
	 * With {@code margins} saying which slices read a margin: the benchmark's baselines
	 * ({@code FactsBenchmark}: none, as before V65; one dimension at most, as before
	 * V67).
	 */
	FactTotalsRepository(JdbcTemplate jdbc, Predicate<Map<String, String>> margins) {
		this.jdbc = jdbc;
		this.margins = margins;
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
	 * yet folded into either. A component that narrows at most one dimension reads its
	 * margin ({@code mon_fact_margin}: one row per institution and period); the others
	 * read the rollup's rows, summed by element and slice first, so that only the few
	 * distinct slices found are matched against their slices. The deltas are matched the
	 * same way for every component. One statement, so one snapshot: a fold moving deltas
	 * into the rows and margins meanwhile is seen whole or not at all.
	 */
	List<BigDecimal> rollupSums(List<Component> components, List<String> institutions, LocalDate first, LocalDate end) {
		LocalDate firstYear = first.getDayOfYear() == 1 ? first : first.withDayOfYear(1).plusYears(1);
		LocalDate endYear = end.withDayOfYear(1);
		boolean wholeYears = firstYear.isBefore(endYear);
		LocalDate[] years = wholeYears ? new LocalDate[] { firstYear, endYear.minusYears(1) } : NONE;
		LocalDate[] monthsBefore = { first, (wholeYears ? firstYear : end).minusMonths(1) };
		LocalDate[] monthsAfter = wholeYears ? new LocalDate[] { endYear, end.minusMonths(1) } : NONE;
		Set<String> rowElements = new LinkedHashSet<>();
		Set<String> marginElements = new LinkedHashSet<>();
		Set<String> marginSlices = new LinkedHashSet<>();
		for (Component c : components) {
			if (readsMargin(c)) {
				marginElements.add(c.element());
				marginSlices.add(DimensionsJson.of(c.slice()));
			}
			else {
				rowElements.add(c.element());
			}
		}
		String periods = """
				((grain = 'Y' and period_start between :y1 and :y2)
				 or (grain = 'M' and (period_start between :first and :last or period_start between :m1 and :m2)))""";
		StringBuilder select = new StringBuilder("""
				with g as (select src, element, dims_id, sum(value) as v from (
				    select 'R' as src, element, dims_id, value from mon_fact_rollup
				    where element = any(:rowElements) and institution in""" + SELECTED + " and" + periods + """

				union all
				select 'D', element, dims_id, value from mon_fact_rollup_delta
				where element = any(:elements) and institution in""" + SELECTED + """
				  and ((cast(:y1 as date) <= :y2 and period_start between :y1 and cast(:y2 as date) + 335)
				       or period_start between :first and :last or period_start between :m1 and :m2)) r
				group by 1, 2, 3),
				   mg as (select element, dims_id, sum(value) as v from mon_fact_margin
				          where element = any(:marginElements)
				          and dims_id in (select id from mon_dims where dims = any(cast(:margins as jsonb[])))
				          and institution in""" + SELECTED + " and" + periods + """

				            group by 1, 2)
				select\s""");
		// a: rows and deltas (only deltas for a margin's component); b: margins
		StringBuilder rows = new StringBuilder();
		StringBuilder marginSums = new StringBuilder();
		for (int i = 0; i < components.size(); i++) {
			String sep = i > 0 ? ", " : "";
			boolean margin = readsMargin(components.get(i));
			rows.append(sep)
				.append("sum(g.v) filter (where %sg.element = :e%d and d.dims @> cast(:s%d as jsonb))"
					.formatted(margin ? "g.src = 'D' and " : "", i, i));
			marginSums.append(sep)
				.append(margin
						? "sum(mg.v) filter (where mg.element = :e%d and d.dims = cast(:s%d as jsonb))".formatted(i, i)
						// an aggregate still, so that b is one row when no component
						// reads a margin
						: "max(cast(null as numeric))");
		}
		select.append("* from (select ")
			.append(rows)
			.append(" from g join mon_dims d on d.id = g.dims_id) a, (select ")
			.append(marginSums)
			.append(" from mg join mon_dims d on d.id = mg.dims_id) b");
		List<BigDecimal> parts = run(select.toString(), components.size() * 2, components, institutions,
				monthsBefore[0], monthsBefore[1],
				params -> params.addValue("y1", years[0])
					.addValue("y2", years[1])
					.addValue("m1", monthsAfter[0])
					.addValue("m2", monthsAfter[1])
					.addValue("rowElements", rowElements.toArray(String[]::new))
					.addValue("marginElements", marginElements.toArray(String[]::new))
					.addValue("margins", marginSlices.toArray(String[]::new)));
		List<BigDecimal> sums = new ArrayList<>(components.size());
		for (int i = 0; i < components.size(); i++) {
			sums.add(plus(parts.get(i), parts.get(components.size() + i)));
		}
		return sums;
	}

	private boolean readsMargin(Component component) {
		return margins.test(component.slice());
	}

	/**
	 * Whether a margin holds the sum over this slice: the whole, one dimension's value
	 * (V65), or {@code clr_type}'s value with one other dimension's (V67: 门诊 and 住院 are
	 * the first split of nearly every statistic, as in 县域内住院量占比's
	 * {@code clr_type=21,in_county=Y}). Other slices are summed from the rollup's rows.
	 */
	static boolean hasMargin(Map<String, String> slice) {
		return slice.size() <= 1 || slice.size() == 2 && slice.containsKey(Dimensions.CLR_TYPE);
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
		return run(select.toString(), components.size(), components, institutions, days.first(), days.last(),
				params -> {
				});
	}

	private List<BigDecimal> run(String sql, int columns, List<Component> components, List<String> institutions,
			LocalDate first, LocalDate last, Consumer<MapSqlParameterSource> more) {
		Set<String> elements = new LinkedHashSet<>();
		components.forEach(c -> elements.add(c.element()));
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("elements", elements.toArray(String[]::new))
			.addValue("institutions", institutions.toArray(String[]::new))
			.addValue("first", first)
			.addValue("last", last);
		more.accept(params);
		for (int i = 0; i < components.size(); i++) {
			params.addValue("e" + i, components.get(i).element())
				.addValue("s" + i, DimensionsJson.of(components.get(i).slice()));
		}
		ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
		PreparedStatementCreator statement = new PreparedStatementCreatorFactory(
				NamedParameterUtils.substituteNamedParameters(parsed, params),
				NamedParameterUtils.buildSqlParameterList(parsed, params))
			.newPreparedStatementCreator(NamedParameterUtils.buildValueArray(parsed, params, null));
		int n = columns;
		return jdbc.query(connection -> plannedWithItsValues(statement.createPreparedStatement(connection)),
				(ResultSet rs) -> {
					List<BigDecimal> out = new ArrayList<>(n);
					rs.next();
					for (int i = 1; i <= n; i++) {
						out.add(rs.getBigDecimal(i));
					}
					return out;
				});
	}

	/**
	 * A statement PostgreSQL plans for the values it is given, every time. The driver
	 * prepares a statement on the server once it has run five times, and PostgreSQL then
	 * may plan it once for any values: not knowing how many institutions the array holds,
	 * it joined a province's 400 one index search at a time (138 ms on a copy of the
	 * margins' shape, against 8–11 ms planned for its values). At 10⁸ facts the benchmark
	 * did not show it (p99 94 ms before, 92 after, issue 12), but a page asks the same
	 * statement again and again. Planning a question costs well under a millisecond.
	 */
	private static PreparedStatement plannedWithItsValues(PreparedStatement statement) throws SQLException {
		statement.unwrap(PGStatement.class).setPrepareThreshold(0);
		return statement;
	}

	private static List<BigDecimal> plus(List<BigDecimal> a, List<BigDecimal> b) {
		List<BigDecimal> sum = new ArrayList<>(a.size());
		for (int i = 0; i < a.size(); i++) {
			sum.add(plus(a.get(i), b.get(i)));
		}
		return sum;
	}

	/** The sum of two sums, {@code null} where neither has facts. */
	private static BigDecimal plus(BigDecimal x, BigDecimal y) {
		return x == null ? y : y == null ? x : x.add(y);
	}

}
