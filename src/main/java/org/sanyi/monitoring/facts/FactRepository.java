package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.sanyi.shared.facts.Fact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fact store's tables: processed report keys, facts (partitioned by month) and the
 * error queue.
 */
@Repository
class FactRepository {

	private final JdbcClient jdbc;

	FactRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a report key: its id, or empty when the key was counted before (a replay).
	 * The caller's transaction holds the key until it commits, so two deliveries of one
	 * report cannot both count it.
	 */
	Optional<Long> claim(String key, String source, int facts, int held) {
		return jdbc.sql("""
				insert into mon_fact_report (report_key, source, facts, held) values (:k, :s, :f, :h)
				on conflict (report_key) do nothing returning id""")
			.param("k", key)
			.param("s", source)
			.param("f", facts)
			.param("h", held)
			.query(Long.class)
			.optional();
	}

	/** A live report as counted: its key, its source and its facts that count. */
	record Counted(String key, String source, List<Fact> facts, int held) {
	}

	/**
	 * Counts live reports in one statement: claims their keys (distinct) and, for the
	 * keys claimed, inserts their facts and appends their month sums, summed over the
	 * reports, to the rollup's deltas; {@code sliceIds} gives the slice ids of the facts'
	 * dimensions (JSON). The keys claimed; a key counted before (a replay) writes
	 * nothing.
	 */
	List<String> count(List<Counted> reports, Function<List<String>, Map<String, Integer>> sliceIds) {
		int facts = reports.stream().mapToInt(r -> r.facts().size()).sum();
		String[] keys = new String[facts];
		Columns c = Columns.of(reports.stream().flatMap(r -> r.facts().stream()).toList());
		Map<String, Integer> dimsIds = sliceIds.apply(Arrays.stream(c.dims()).distinct().toList());
		String[] slices = new String[facts];
		int n = 0;
		for (Counted r : reports) {
			for (int i = 0; i < r.facts().size(); i++, n++) {
				keys[n] = r.key();
				slices[n] = dimsIds.get(c.dims()[n]).toString();
			}
		}
		return jdbc.sql("""
				with r as (insert into mon_fact_report (report_key, source, facts, held)
				           select * from unnest(cast(:rk as text[]), cast(:rs as text[]), cast(:rf as integer[]),
				                                cast(:rh as integer[]))
				           on conflict (report_key) do nothing returning id, report_key),
				     t as (select r.id, t.* from r
				           join unnest(cast(:k as text[]), cast(:e as text[]), cast(:i as text[]), cast(:d as date[]),
				                       cast(:j as jsonb[]), cast(:m as integer[]), cast(:v as numeric[]))
				                as t(k, e, i, d, j, m, v) on t.k = r.report_key),
				     f as (insert into mon_fact (element, institution, day, dims, value, report_id)
				           select e, i, d, j, v, id from t),
				     m as (insert into mon_fact_rollup_delta (element, period_start, institution, dims_id, value)
				           select e, cast(date_trunc('month', d) as date), i, m, sum(v) from t group by 1, 2, 3, 4)
				select report_key from r""")
			.param("rk", reports.stream().map(Counted::key).toArray(String[]::new))
			.param("rs", reports.stream().map(Counted::source).toArray(String[]::new))
			.param("rf", reports.stream().map(r -> r.facts().size()).toArray(Integer[]::new))
			.param("rh", reports.stream().map(Counted::held).toArray(Integer[]::new))
			.param("k", keys)
			.param("e", c.elements())
			.param("i", c.institutions())
			.param("d", c.days())
			.param("j", c.dims())
			.param("m", slices)
			.param("v", c.values())
			.query(String.class)
			.list();
	}

	/** Facts as the columns of {@code mon_fact}. */
	private record Columns(String[] elements, String[] institutions, String[] days, String[] dims, String[] values) {

		static Columns of(List<Fact> facts) {
			int n = facts.size();
			Columns c = new Columns(new String[n], new String[n], new String[n], new String[n], new String[n]);
			for (int i = 0; i < n; i++) {
				Fact f = facts.get(i);
				c.elements()[i] = f.element();
				c.institutions()[i] = f.institution();
				c.days()[i] = f.day().toString();
				c.dims()[i] = DimensionsJson.of(f.dimensions());
				c.values()[i] = f.value().toPlainString();
			}
			return c;
		}

	}

	boolean claimed(String key) {
		return jdbc.sql("select exists (select 1 from mon_fact_report where report_key = :k)")
			.param("k", key)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Serialises the reports that replace one result (a hospital's DRG month) until the
	 * transaction ends.
	 */
	void lock(String result) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:k, 12))").param("k", result).query().listOfRows();
	}

	/**
	 * The greatest report key counted that starts with {@code prefix} (which has no
	 * {@code %} or {@code _}).
	 */
	Optional<String> latestKey(String prefix) {
		return jdbc.sql("select max(report_key) from mon_fact_report where starts_with(report_key, :p)")
			.param("p", prefix)
			.query(String.class)
			.optional();
	}

	/**
	 * What is counted of these elements for one institution and day, by element and the
	 * value of one dimension (empty for facts without it).
	 */
	Map<DrgMonthFacts.Slot, BigDecimal> countedByDimension(String institution, LocalDate day, List<String> elements,
			String dimension) {
		Map<DrgMonthFacts.Slot, BigDecimal> sums = new HashMap<>();
		jdbc.sql("""
				select element, coalesce(dims ->> :dim, ''), sum(value) from mon_fact
				where institution = :i and day = :d and element = any(:e) group by 1, 2""")
			.param("dim", dimension)
			.param("i", institution)
			.param("d", day)
			.param("e", elements.toArray(String[]::new))
			.query((rs, n) -> sums.put(new DrgMonthFacts.Slot(rs.getString(1), rs.getString(2)), rs.getBigDecimal(3)))
			.list();
		return sums;
	}

	/**
	 * The names of DRGs as the DRG module last reported them (for the disease-mix pages),
	 * in one statement.
	 */
	void rememberDrgNames(Map<String, String> names) {
		if (names.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into mon_drg_name (drg, name)
				select * from unnest(cast(:d as varchar[]), cast(:n as varchar[]))
				on conflict (drg) do update set name = excluded.name, reported_at = now()
				where mon_drg_name.name <> excluded.name""")
			.param("d", names.keySet().toArray(String[]::new))
			.param("n", names.values().toArray(String[]::new))
			.update();
	}

	/** Facts that were not counted, with why. */
	void hold(String key, String source, List<HeldFact> held) {
		for (HeldFact h : held) {
			Fact f = h.fact();
			jdbc.sql("""
					insert into mon_fact_error (report_key, source, element, institution, day, dims, value, problem)
					values (:k, :s, :e, :i, :d, cast(:j as jsonb), :v, :p)""")
				.param("k", key)
				.param("s", source)
				.param("e", f.element())
				.param("i", f.institution())
				.param("d", f.day())
				.param("j", DimensionsJson.of(f.dimensions()))
				.param("v", f.value())
				.param("p", h.problem().name())
				.update();
		}
	}

	/**
	 * A page of the error queue, newest first, narrowed to {@code institutions} unless
	 * {@code everything} (the platform's view, which alone sees facts of institutions the
	 * registry does not know).
	 */
	List<ErrorRow> errors(boolean everything, List<String> institutions, String problem, int offset, int limit) {
		return jdbc
			.sql("select id, report_key, source, element, institution, day, dims::text as dims, value, problem, "
					+ "received_at from mon_fact_error where " + ERRORS + " order by received_at desc, id desc "
					+ "offset :o limit :l")
			.param("all", everything)
			.param("codes", institutions.toArray(String[]::new))
			.param("p", problem)
			.param("o", offset)
			.param("l", limit)
			.query(ErrorRow.class)
			.list();
	}

	long countErrors(boolean everything, List<String> institutions, String problem) {
		return jdbc.sql("select count(*) from mon_fact_error where " + ERRORS)
			.param("all", everything)
			.param("codes", institutions.toArray(String[]::new))
			.param("p", problem)
			.query(Long.class)
			.single();
	}

	private static final String ERRORS = "(:all or institution = any(:codes)) and (:p = '' or problem = :p)";

	/** What each source has reported: reports counted, facts counted and facts held. */
	List<SourceRow> sources() {
		return jdbc.sql("select source, count(*) as reports, coalesce(sum(facts), 0) as facts, "
				+ "coalesce(sum(held), 0) as held, max(received_at) as last_at from mon_fact_report group by source "
				+ "order by source")
			.query(SourceRow.class)
			.list();
	}

	/** A source's reports so far. */
	record SourceRow(String source, long reports, long facts, long held, java.time.OffsetDateTime lastAt) {
	}

	/** A fact and why it was held. */
	record HeldFact(Fact fact, FactProblem problem) {
	}

	/** A row of the error queue as the page lists it. */
	record ErrorRow(long id, String reportKey, String source, String element, String institution,
			java.time.LocalDate day, String dims, BigDecimal value, String problem,
			java.time.OffsetDateTime receivedAt) {
	}

}
