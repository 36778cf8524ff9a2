package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.monitoring.engine.FactTotals;
import org.sanyi.monitoring.engine.FactTotals.Component;
import org.sanyi.monitoring.engine.FactTotals.DaySpan;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.shared.facts.Fact;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rollup answers what the day-level facts answer: reports, a replay, a reversal and
 * concurrent reports touching the same sums give the same totals as the facts while their
 * deltas wait and after they are folded, and the fold leaves every month and year row
 * equal to the sum of its facts (compared over the whole store, the demo's statistics
 * history included), and the totals over whole years, whole months, spans with partial
 * months and single days agree with the facts.
 */
@IntegrationTest
class FactRollupIT {

	static final String HOSPITAL = GatewayFixtures.COUNTY_HOSPITAL;

	static final Component FEES = Component.of("ins.fee");

	static final Component DRUGS = new Component("ins.fee", Map.of("fee_category", "09"));

	static final Component EMPLOYEE_DRUGS = new Component("ins.fee", Map.of("fee_category", "09", "insutype", "310"));

	static final Component VISITS = Component.of("ins.visit.count");

	/** Two dimensions, one of them clr_type: read from a margin since V67. */
	static final Component DISCHARGES_IN_COUNTY = new Component("ins.visit.count",
			Map.of("clr_type", "21", "in_county", "Y"));

	static final List<Component> ALL = List.of(FEES, DRUGS, EMPLOYEE_DRUGS, VISITS, DISCHARGES_IN_COUNTY);

	@Autowired
	FactStore store;

	@Autowired
	FactTotals totals;

	@Autowired
	FactTotalsRepository sums;

	@Autowired
	FactRollupRepository rollup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	static Fact fee(LocalDate day, String category, String insutype, String amount) {
		return new Fact("ins.fee", HOSPITAL, day, Map.of("fee_category", category, "insutype", insutype),
				new BigDecimal(amount));
	}

	@Test
	void aNodeOfAVersionBeforeTheMarginsCannotWriteTheRollup() {
		assertThat(jdbc.sql("select current_setting('sanyi.rollup_protocol')").query(String.class).single())
			.as("every connection of this version says it keeps the margins")
			.isEqualTo("67");
		LocalDate day = LocalDate.of(2029, 2, 3);
		TransactionTemplate tx = new TransactionTemplate(transactions);
		// what a node before V65 ran (no protocol: the report's sums into the rollup, no
		// margins), and one before V67 (65: no margins of 门诊 and 住院)
		for (String before : List.of("", "65")) {
			assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
				jdbc.sql("select set_config('sanyi.rollup_protocol', :p, true)")
					.param("p", before)
					.query(String.class)
					.single();
				jdbc.sql("""
						insert into mon_fact_rollup (grain, element, period_start, institution, dims_id, value)
						values ('M', 'ins.fee', :d, :i, (select id from mon_dims where dims = '{}'), 100)""")
					.param("d", day.withDayOfMonth(1))
					.param("i", HOSPITAL)
					.update();
			})).as("protocol '" + before + "'").hasMessageContaining("written by a node before monitoring V67");
		}
		assertThat(jdbc.sql("select count(*) from mon_fact_rollup where period_start = :d and institution = :i")
			.param("d", day.withDayOfMonth(1))
			.param("i", HOSPITAL)
			.query(Long.class)
			.single()).as("the old node's write changed nothing").isZero();

		// this version's writers (a bulk report, the fold) still write the rollup and its
		// margins
		rollup.add(List.of(fee(day, "09", "310", "12.50")));
		assertThat(jdbc
			.sql("""
					select count(*) from mon_fact_margin where period_start = :d and institution = :i and element = 'ins.fee'""")
			.param("d", day.withDayOfMonth(1))
			.param("i", HOSPITAL)
			.query(Long.class)
			.single()).as("the whole, fee_category=09 and insutype=310").isEqualTo(3);
		rollup.add(List.of(new Fact("ins.visit.count", HOSPITAL, day,
				Map.of("clr_type", "21", "in_county", "Y", "sex", "2"), BigDecimal.ONE)));
		assertThat(jdbc.sql("""
				select string_agg(d.dims::text, ' ' order by d.dims::text collate "C") from mon_fact_margin m
				join mon_dims d on d.id = m.dims_id
				where period_start = :d and institution = :i and element = 'ins.visit.count' and grain = 'M'""")
			.param("d", day.withDayOfMonth(1))
			.param("i", HOSPITAL)
			.query(String.class)
			.single()).as("the whole, each dimension, and clr_type with each other one")
			.isEqualTo("{\"clr_type\": \"21\", \"in_county\": \"Y\"} {\"clr_type\": \"21\"} "
					+ "{\"in_county\": \"Y\"} {\"sex\": \"2\", \"clr_type\": \"21\"} {\"sex\": \"2\"} {}");
		assertThat(FactTotalsRepository.hasMargin(DISCHARGES_IN_COUNTY.slice())).isTrue();
		assertThat(FactTotalsRepository.hasMargin(EMPLOYEE_DRUGS.slice())).as("two dimensions, neither clr_type")
			.isFalse();
	}

	@Test
	void rollupEqualsTheFactsAfterReportsAReplayAReversalAndConcurrentReports() throws Exception {
		String run = "it:fact-month:" + System.nanoTime() + ":";
		LocalDate may3 = LocalDate.of(2028, 5, 3);
		LocalDate may31 = LocalDate.of(2028, 5, 31);
		LocalDate june1 = LocalDate.of(2028, 6, 1);
		Selection hospital = new Selection.Institutions(Set.of(HOSPITAL));
		DaySpan mayJune = new DaySpan(LocalDate.of(2028, 5, 1), LocalDate.of(2028, 6, 30));
		Map<Component, BigDecimal> before = totals.totals(Set.copyOf(ALL), hospital, mayJune);

		List<Fact> first = List.of(fee(may3, "09", "310", "120.50"), fee(may3, "09", "390", "30.00"),
				fee(may31, "05", "310", "200.00"), fee(june1, "09", "310", "10.25"),
				new Fact("ins.visit.count", HOSPITAL, may3, Map.of("clr_type", "11"), BigDecimal.ONE),
				new Fact("ins.visit.count", HOSPITAL, may31, Map.of("clr_type", "21", "in_county", "Y"),
						BigDecimal.ONE),
				new Fact("ins.visit.count", HOSPITAL, june1, Map.of("clr_type", "21", "in_county", "N"),
						BigDecimal.ONE));
		List<Fact> second = List.of(fee(may3, "09", "310", "9.50"), fee(june1, "05", "390", "40.00"));
		assertThat(store.record(run + "1", "test", first).counted()).isTrue();
		assertThat(store.record(run + "1", "test", first).counted()).as("a replay").isFalse();
		store.record(run + "2", "test", second);
		store.record(run + "2:cancel", "test", second.stream().map(Fact::negated).toList());

		// eight reports at once, all adding to the same sums
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String key = run + "c" + i;
				done.add(pool.submit(() -> store.record(key, "test",
						List.of(fee(june1, "09", "310", "1.00"), fee(may31, "09", "310", "2.00")))));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}

		Map<Component, BigDecimal> after = totals.totals(Set.copyOf(ALL), hospital, mayJune);
		assertThat(after.get(FEES).subtract(before.get(FEES))).isEqualByComparingTo("384.75");
		assertThat(after.get(DRUGS).subtract(before.get(DRUGS))).isEqualByComparingTo("184.75");
		assertThat(after.get(EMPLOYEE_DRUGS).subtract(before.get(EMPLOYEE_DRUGS))).isEqualByComparingTo("154.75");
		assertThat(after.get(VISITS).subtract(before.get(VISITS))).isEqualByComparingTo("3");
		assertThat(after.get(DISCHARGES_IN_COUNTY).subtract(before.get(DISCHARGES_IN_COUNTY)))
			.as("from 住院's in-county margin")
			.isEqualByComparingTo("1");

		assertSameAsFacts();
		rollup.fold();
		assertSameAsFacts();
		assertThat(differences()).as("rollup rows that differ from the sum of their facts").isEmpty();
		assertThat(marginDifferences()).as("margins that differ from the sum of their rollup rows").isEmpty();
		assertThat(slicesWithoutTheirMargins()).isEmpty();
	}

	@Test
	void bulkReportsAndFoldsTouchingTheSameSumsWaitForEachOther() throws Exception {
		String run = "it:bulk-fold:" + System.nanoTime() + ":";
		List<String> categories = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "14");
		LocalDate[] days = { LocalDate.of(2028, 9, 3), LocalDate.of(2028, 10, 3) };
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				// live reports leave deltas on the same rollup and margin rows a bulk
				// report then adds to while a fold moves the deltas
				List<Fact> facts = new ArrayList<>();
				for (String category : categories) {
					for (String insutype : List.of("310", "390", "391")) {
						facts.add(fee(days[round % 2], category, insutype, "1.00"));
					}
				}
				store.record(run + "live" + round, "test", facts);
				String key = run + "bulk" + round;
				Future<Boolean> bulk = pool.submit(() -> store.importReport(key, "test", facts));
				Future<Integer> fold = pool.submit(() -> rollup.fold());
				assertThat(bulk.get()).isTrue();
				fold.get();
			}
		}
		finally {
			pool.shutdown();
		}
		rollup.fold();
		assertThat(marginDifferences()).isEmpty();
	}

	@Test
	void aFoldAddsEachDeltaOnceWhileReportsKeepComing() throws Exception {
		String run = "it:fold:" + System.nanoTime() + ":";
		LocalDate day = LocalDate.of(2028, 8, 9);
		DaySpan year = new DaySpan(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31));
		List<String> institutions = List.of(HOSPITAL);
		BigDecimal before = sums.sums(List.of(FEES), institutions, year).get(0);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				String thread = run + t + ":";
				done.add(pool.submit(() -> {
					for (int i = 0; i < 100; i++) {
						store.record(thread + i, "test", List.of(fee(day, "09", "310", "1.25")));
					}
				}));
			}
			done.add(pool.submit(() -> {
				for (int i = 0; i < 50; i++) {
					rollup.fold();
				}
			}));
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		BigDecimal after = sums.sums(List.of(FEES), institutions, year).get(0);
		assertThat(after.subtract(before == null ? BigDecimal.ZERO : before)).isEqualByComparingTo("250.00");
		rollup.fold();
		assertThat(jdbc.sql("select count(*) from mon_fact_rollup_delta where period_start = date '2028-08-01'")
			.query(Long.class)
			.single()).as("deltas left after a fold").isZero();
		assertThat(sums.sums(List.of(FEES), institutions, year).get(0)).isEqualByComparingTo(after);
		assertThat(marginDifferences()).as("margins after folds that ran while reports came").isEmpty();
		// the month and year rows of the slice hold exactly its facts (the whole store is
		// compared in the test above)
		for (String grain : List.of("M", "Y")) {
			assertThat(jdbc.sql("""
					select r.value from mon_fact_rollup r join mon_dims d on d.id = r.dims_id
					where r.grain = :g and r.element = 'ins.fee' and r.institution = :i
					and r.period_start = case when :g = 'M' then date '2028-08-01' else date '2028-01-01' end
					and d.dims = '{"fee_category": "09", "insutype": "310"}'::jsonb""")
				.param("g", grain)
				.param("i", HOSPITAL)
				.query(BigDecimal.class)
				.single())
				.as(grain)
				.isEqualByComparingTo(jdbc.sql("""
						select sum(value) from mon_fact where element = 'ins.fee' and institution = :i
						and day between case when :g = 'M' then date '2028-08-01' else date '2028-01-01' end
						            and case when :g = 'M' then date '2028-08-31' else date '2028-12-31' end
						and dims = '{"fee_category": "09", "insutype": "310"}'::jsonb""")
					.param("g", grain)
					.param("i", HOSPITAL)
					.query(BigDecimal.class)
					.single());
		}
	}

	private void assertSameAsFacts() {
		List<String> institutions = List.of(HOSPITAL);
		LocalDate may3 = LocalDate.of(2028, 5, 3);
		LocalDate may31 = LocalDate.of(2028, 5, 31);
		LocalDate june1 = LocalDate.of(2028, 6, 1);
		DaySpan mayJune = new DaySpan(LocalDate.of(2028, 5, 1), LocalDate.of(2028, 6, 30));
		for (DaySpan span : List.of(mayJune, new DaySpan(may3, june1), new DaySpan(may31, may31),
				new DaySpan(LocalDate.of(2028, 4, 15), LocalDate.of(2028, 7, 1)),
				new DaySpan(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)),
				new DaySpan(LocalDate.of(2027, 11, 1), LocalDate.of(2029, 2, 28)),
				new DaySpan(LocalDate.of(2027, 12, 20), LocalDate.of(2029, 1, 5)))) {
			assertThat(sums.sums(ALL, institutions, span)).as("rollup and facts over " + span)
				.usingElementComparator(FactRollupIT::compare)
				.containsExactlyElementsOf(sums.daySums(ALL, institutions, span));
			// only components that read the rollup's rows, none a margin
			assertThat(sums.sums(List.of(EMPLOYEE_DRUGS), institutions, span)).as("rows only over " + span)
				.usingElementComparator(FactRollupIT::compare)
				.containsExactlyElementsOf(sums.daySums(List.of(EMPLOYEE_DRUGS), institutions, span));
		}
	}

	/**
	 * Rollup sums of the institution the tests report to (a row plus the deltas not yet
	 * folded into it) that are not the sum of their facts, and sums of facts without a
	 * row or delta: at any moment, whenever the fold runs, there are none. (One
	 * institution's years of demo facts, not the whole region's: the same query over
	 * every institution took 80 s of the suite.)
	 */
	List<String> differences() {
		return jdbc
			.sql("""
					with f as (select 'M' as grain, element, date_trunc('month', day)::date as start, institution, dims,
					                  sum(value) as v from mon_fact where institution = :i group by 2, 3, 4, 5
					           union all
					           select 'Y', element, date_trunc('year', day)::date, institution, dims, sum(value)
					           from mon_fact where institution = :i group by 2, 3, 4, 5),
					     rows as (select grain, element, period_start as start, institution, dims_id, value from mon_fact_rollup
					              where institution = :i
					              union all
					              select 'M', element, period_start, institution, dims_id, value from mon_fact_rollup_delta
					              where institution = :i
					              union all
					              select 'Y', element, date_trunc('year', period_start)::date, institution, dims_id, value
					              from mon_fact_rollup_delta where institution = :i),
					     r as (select grain, element, start, institution, d.dims, sum(value) as v
					           from rows r join mon_dims d on d.id = r.dims_id group by 1, 2, 3, 4, 5)
					select coalesce(f.grain, r.grain) || ' ' || coalesce(f.element, r.element) || ' '
					       || coalesce(f.start, r.start) || ' ' || coalesce(f.institution, r.institution) || ' '
					       || coalesce(f.v, 0) || ' ' || coalesce(r.v, 0)
					from f full join r on f.grain = r.grain and f.element = r.element and f.start = r.start
					                  and f.institution = r.institution and f.dims = r.dims
					where coalesce(f.v, 0) <> coalesce(r.v, 0)
					limit 20""")
			.param("i", HOSPITAL)
			.query(String.class)
			.list();
	}

	/**
	 * Margin rows of the institution the tests report to that are not the sum of the
	 * rollup rows of their slices, and such sums without a margin row.
	 */
	List<String> marginDifferences() {
		return jdbc
			.sql("""
					with r as (select r.grain, r.element, m.margin_id as dims_id, r.period_start, r.institution,
					                  sum(r.value) as v
					           from mon_fact_rollup r join mon_dims_margin m on m.dims_id = r.dims_id
					           where r.institution = :i
					           group by 1, 2, 3, 4, 5)
					select coalesce(r.grain, g.grain) || ' ' || coalesce(r.element, g.element) || ' '
					       || coalesce(r.dims_id, g.dims_id) || ' ' || coalesce(r.period_start, g.period_start) || ' '
					       || coalesce(r.institution, g.institution) || ' ' || coalesce(r.v, 0) || ' ' || coalesce(g.value, 0)
					from r full join (select * from mon_fact_margin where institution = :i) g on g.grain = r.grain
					                 and g.element = r.element and g.dims_id = r.dims_id and g.period_start = r.period_start
					                 and g.institution = r.institution
					where coalesce(r.v, 0) <> coalesce(g.value, 0)
					limit 20""")
			.param("i", HOSPITAL)
			.query(String.class)
			.list();
	}

	/**
	 * Slices of the rollup whose margins are not exactly the whole and one per dimension
	 * they carry.
	 */
	List<String> slicesWithoutTheirMargins() {
		return jdbc.sql("""
				select d.dims::text from mon_dims d
				where d.id in (select dims_id from mon_fact_rollup union select dims_id from mon_fact_rollup_delta)
				and ((select count(*) from mon_dims_margin m join mon_dims p on p.id = m.margin_id
				       where m.dims_id = d.id and d.dims @> p.dims
				       and (select count(*) from jsonb_object_keys(p.dims)) <= 1)
				      <> 1 + (select count(*) from jsonb_object_keys(d.dims))
				   or exists (select 1 from mon_dims_margin m join mon_dims p on p.id = m.margin_id
				              where m.dims_id = d.id and not (d.dims @> p.dims)))
				limit 20""").query(String.class).list();
	}

	private static int compare(BigDecimal a, BigDecimal b) {
		return (a == null ? BigDecimal.ZERO : a).compareTo(b == null ? BigDecimal.ZERO : b);
	}

}
