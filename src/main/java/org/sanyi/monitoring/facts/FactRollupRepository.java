package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.sanyi.shared.facts.Fact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rollup ({@code mon_fact_rollup}): a report's facts summed by element, month (grain
 * {@code M}) and year ({@code Y}), institution and slice. A bulk report (history) adds
 * its sums to the rows in its own transaction; a live report (an event's) appends its
 * month sums to {@code mon_fact_rollup_delta} instead, which {@link #fold()} adds to the
 * rows every minute, so hot rows (an institution's month) are written once a minute, not
 * once per settlement. Questions read the rows and the deltas together. Rows are written
 * in one fixed order (the primary key's) so that two writers touching the same sums wait
 * for each other instead of deadlocking.
 */
@Repository
class FactRollupRepository {

	private final JdbcClient jdbc;

	/**
	 * Slice JSON → id of rows that are committed (a slice is never removed or renamed).
	 */
	private final Map<String, Integer> dimsIds = new ConcurrentHashMap<>();

	FactRollupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One sum of the rollup: grain {@code M} (month) or {@code Y} (year) starting on
	 * {@code start}.
	 */
	record RollupKey(String grain, String element, LocalDate start, String institution, String dims) {
	}

	/**
	 * Sums of the rollup as the columns of its tables: grain, element, period start,
	 * institution, slice id and value.
	 */
	record Rows(String[] grains, String[] elements, String[] starts, String[] institutions, String[] dimsIds,
			String[] values) {
	}

	/**
	 * Adds the facts to the sums (in the caller's transaction): for bulk reports, whose
	 * many facts fold into few rows. Written in the fold's order.
	 */
	void add(List<Fact> facts) {
		if (facts.isEmpty()) {
			return;
		}
		Rows r = rows(facts);
		jdbc.sql(
				"""
						with sums as (select g as grain, e as element, s as period_start, i as institution, d as dims_id, v as value
						              from unnest(cast(:g as text[]), cast(:e as text[]), cast(:s as date[]), cast(:i as text[]),
						                          cast(:d as integer[]), cast(:v as numeric[])) as t(g, e, s, i, d, v)),
						     added as (insert into mon_fact_rollup (grain, element, period_start, institution, dims_id, value)
						               select * from sums order by grain, element, period_start, institution, dims_id"""
						+ ADD + """

								returning 1)""" + ADD_MARGINS + """
								select count(*) from added""")
			.param("g", r.grains())
			.param("e", r.elements())
			.param("s", r.starts())
			.param("i", r.institutions())
			.param("d", r.dimsIds())
			.param("v", r.values())
			.query(Long.class)
			.single();
	}

	/** The facts summed by month and by year and slice. */
	private Rows rows(List<Fact> facts) {
		Map<RollupKey, BigDecimal> sums = new HashMap<>();
		for (Fact f : facts) {
			String dims = DimensionsJson.of(f.dimensions());
			sums.merge(new RollupKey("M", f.element(), f.day().withDayOfMonth(1), f.institution(), dims), f.value(),
					BigDecimal::add);
			sums.merge(new RollupKey("Y", f.element(), f.day().withDayOfYear(1), f.institution(), dims), f.value(),
					BigDecimal::add);
		}
		Map<String, Integer> ids = ids(sums.keySet().stream().map(RollupKey::dims).distinct().toList());
		int n = sums.size();
		Rows r = new Rows(new String[n], new String[n], new String[n], new String[n], new String[n], new String[n]);
		int i = 0;
		for (Map.Entry<RollupKey, BigDecimal> e : sums.entrySet()) {
			r.grains()[i] = e.getKey().grain();
			r.elements()[i] = e.getKey().element();
			r.starts()[i] = e.getKey().start().toString();
			r.institutions()[i] = e.getKey().institution();
			r.dimsIds()[i] = ids.get(e.getKey().dims()).toString();
			r.values()[i] = e.getValue().toPlainString();
			i++;
		}
		return r;
	}

	private static final String ADD = """

			on conflict (grain, element, period_start, institution, dims_id)
			do update set value = mon_fact_rollup.value + excluded.value""";

	/**
	 * Adds the rollup sums of the statement's {@code sums} (grain, element, period start,
	 * institution, slice id, value) to their margins, in the margins' key order, once the
	 * statement's {@code added} has written the rollup's rows (its count is read first):
	 * every writer, a bulk report and the fold, locks rollup rows first and margins
	 * after, each in key order, so two of them wait for each other rather than deadlock.
	 * Without that, the order of a statement's unreferenced data-modifying parts is
	 * PostgreSQL's (the fold wrote its margins first). Ends the statement's {@code with}
	 * list.
	 */
	private static final String ADD_MARGINS = """
			,
			     margins as (select s.grain, s.element, m.margin_id as dims_id, s.period_start, s.institution,
			                        sum(s.value) as value
			                 from sums s join mon_dims_margin m on m.dims_id = s.dims_id
			                 where (select count(*) from added) >= 0
			                 group by 1, 2, 3, 4, 5),
			     margins_added as (insert into mon_fact_margin (grain, element, dims_id, period_start, institution, value)
			                       select * from margins order by grain, element, dims_id, period_start, institution
			                       on conflict (grain, element, dims_id, period_start, institution)
			                       do update set value = mon_fact_margin.value + excluded.value
			                       returning 1)
			""";

	/**
	 * Folds the live reports' deltas committed so far into the month and year rows, in
	 * one statement that deletes the deltas it adds: a delta is added once, and a
	 * question (which reads rows and deltas in one snapshot) sees it either as a delta or
	 * in its rows. Deltas committed while it runs wait for the next fold. Returns how
	 * many deltas it folded.
	 */
	int fold() {
		return jdbc
			.sql("""
					with moved as (delete from mon_fact_rollup_delta
					               returning element, period_start, institution, dims_id, value),
					     months as (select element, period_start, institution, dims_id, sum(value) as value, count(*) as n
					                from moved group by 1, 2, 3, 4),
					     sums as (select 'M' as grain, element, period_start, institution, dims_id, value from months
					              union all
					              select 'Y', element, cast(date_trunc('year', period_start) as date), institution, dims_id,
					                     sum(value) from months group by 2, 3, 4, 5),
					     added as (insert into mon_fact_rollup (grain, element, period_start, institution, dims_id, value)
					               select * from sums order by grain, element, period_start, institution, dims_id"""
					+ ADD + """

							returning 1)""" + ADD_MARGINS + """
							select coalesce(sum(n), 0) from months""")
			.query(Integer.class)
			.single();
	}

	/**
	 * The margins of the slice {@code t.j}, as rows of {@code dims}: the whole, one per
	 * dimension it carries and, when it carries {@code clr_type} (门诊 or 住院), that with
	 * each other dimension (V67; {@link FactTotalsRepository#hasMargin}).
	 */
	private static final String MARGINS_OF = """
			select '{}'::jsonb as dims union select jsonb_build_object(e.key, e.value) from jsonb_each(t.j) as e
			union select jsonb_build_object('clr_type', t.j -> 'clr_type', e.key, e.value) from jsonb_each(t.j) as e
			where t.j -> 'clr_type' is not null and e.key <> 'clr_type'""";

	/**
	 * The ids of these slices, registering those new to the store. A new slice's id is
	 * remembered only once its transaction committed: a rolled back one leaves no row.
	 */
	Map<String, Integer> ids(List<String> slices) {
		Map<String, Integer> ids = new HashMap<>();
		TreeSet<String> missing = new TreeSet<>();
		for (String s : slices) {
			Integer id = dimsIds.get(s);
			if (id == null) {
				missing.add(s);
			}
			else {
				ids.put(s, id);
			}
		}
		if (missing.isEmpty()) {
			return ids;
		}
		String[] json = missing.toArray(String[]::new);
		// the slices and their margins (the whole, each dimension's value, clr_type's
		// with each other's) in one sorted insert, so that two writers registering
		// overlapping slices wait for each other rather than deadlock; then which margins
		// each slice adds to
		jdbc.sql("""
				insert into mon_dims (dims)
				select distinct s.dims from unnest(cast(:j as jsonb[])) as t(j)
				cross join lateral (select t.j as dims union\s""" + MARGINS_OF + """
				) s order by s.dims
				on conflict (dims) do nothing""").param("j", json).update();
		jdbc.sql("""
				insert into mon_dims_margin (dims_id, margin_id)
				select distinct d.id, m.id
				from unnest(cast(:j as jsonb[])) as t(j) join mon_dims d on d.dims = t.j
				cross join lateral (""" + MARGINS_OF + """
				) s join mon_dims m on m.dims = s.dims
				order by 1, 2
				on conflict do nothing""").param("j", json).update();
		Map<String, Integer> found = new HashMap<>();
		jdbc.sql(
				"""
						select t.j, d.id from unnest(cast(:j as text[])) as t(j) join mon_dims d on d.dims = cast(t.j as jsonb)""")
			.param("j", json)
			.query((rs, row) -> found.put(rs.getString(1), rs.getInt(2)))
			.list();
		if (found.size() != missing.size()) {
			throw new IllegalStateException("slices without an id: " + missing);
		}
		ids.putAll(found);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					dimsIds.putAll(found);
				}
			});
		}
		return ids;
	}

}
