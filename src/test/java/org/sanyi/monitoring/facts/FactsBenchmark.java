package org.sanyi.monitoring.facts;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.sanyi.monitoring.engine.FactTotals;
import org.sanyi.monitoring.engine.FactTotals.Component;
import org.sanyi.monitoring.engine.FactTotals.DaySpan;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorDefinition;
import org.sanyi.monitoring.engine.IndicatorEngine;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.InstitutionGroups;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.indicator.ShippedForBenchmark;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * bench/monitoring.sh: the fact store at province scale, on its own embedded PostgreSQL.
 * Generates {@code facts} fact rows with COPY (a province-year at a real density: about
 * 250,000 facts per institution-year, so 10⁸ facts are some 400 institutions; each
 * settlement one of 30 frequent kinds, its facts as {@code SettlementFacts} writes them)
 * and, for one city-year, the raw settlements and fee lines they came from; then asks
 * 1,000 random (shipped indicator, region or institution set, month/quarter/year)
 * questions through the {@link IndicatorEngine} over the statements
 * {@link FactTotalsRepository} runs, and the city's questions again with each component
 * summed the naive way (GROUP BY aggregates over settlements and fee lines); the answers
 * must agree. 200 more questions (in-county inpatient fee share) narrow two dimensions
 * and read the rollup's rows. Writes JSON with {@code facts}, {@code query_p50_ms},
 * {@code query_p99_ms}, {@code naive_p99_ms}. Not a test: run by the script on a quiet
 * machine.
 */
public final class FactsBenchmark {

	static final int CITIES = 9;

	static final int COUNTIES = 12;

	static final int PER_COUNTY = 20;

	static final int TWO_DIMENSION_QUESTIONS = 200;

	public static void main(String[] args) throws Exception {
		long facts = Long.parseLong(args[0]);
		Path out = Path.of(args[1]);
		Path migration = Path.of(args[2]);
		Path rollup = Path.of(args[3]);
		Path data = Files.createTempDirectory("sanyi-facts-bench");
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("max_parallel_workers_per_gather", "2")
			// the load: checkpoints far apart (each one's full-page images doubled the
			// WAL of the COPYs), commits not waited for
			.setServerConfig("max_wal_size", "16GB")
			.setServerConfig("checkpoint_timeout", "1h")
			.setServerConfig("synchronous_commit", "off")
			// a province-year of facts loaded at once would be vacuumed at once, during
			// the
			// questions; a live store's autovacuum takes a month's partition at a time.
			// The tables are analysed and the rollup's vacuumed explicitly below
			.setServerConfig("autovacuum", "off");
		if (System.getenv("EXPLAIN_MS") != null) {
			// the plans of statements slower than that, in the server's log under
			// target/facts-bench-log (to see where a slow question's time goes)
			builder.setServerConfig("shared_preload_libraries", "auto_explain")
				.setServerConfig("logging_collector", "on")
				.setServerConfig("log_directory", Path.of("target/facts-bench-log").toAbsolutePath().toString())
				.setServerConfig("auto_explain.log_min_duration", System.getenv("EXPLAIN_MS"))
				.setServerConfig("auto_explain.log_analyze", "on")
				.setServerConfig("auto_explain.log_buffers", "on");
		}
		try (EmbeddedPostgres pg = builder.start()) {
			DataSource ds = pg.getPostgresDatabase();
			try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
				s.execute("create role bench_app");
				s.execute(Files.readString(migration).replace("${appUser}", "bench_app"));
				s.execute("create table bench_setl (setl_id bigint primary key, institution varchar(20), day date, "
						+ "medfee numeric(18,2), clr_type char(2), in_county char(1), in_region char(1), "
						+ "fund numeric(18,2), cash numeric(18,2), bed_days integer)");
				s.execute("create table bench_fee_line (setl_id bigint, category varchar(2), amount numeric(18,2))");
			}
			List<String> institutions = institutions(facts);
			long start = System.nanoTime();
			long settlements = generate(ds, institutions, facts);
			try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
				s.execute("create index on bench_fee_line (setl_id)");
				s.execute("create index on bench_setl (day, institution)");
				s.execute("analyze");
			}
			long loadMs = (System.nanoTime() - start) / 1_000_000;
			// the rollup as an upgraded installation gets it: V20's backfill over the
			// loaded facts
			start = System.nanoTime();
			try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
				s.execute(Files.readString(rollup).replace("${appUser}", "bench_app"));
				s.execute("analyze mon_fact_rollup");
				s.execute("analyze mon_dims");
			}
			long rollupMs = (System.nanoTime() - start) / 1_000_000;
			// the facts' distinct slices (V65 adds the margins' slices to mon_dims)
			long slices = JdbcClient.create(ds).sql("select count(*) from mon_dims").query(Long.class).single();
			start = System.nanoTime();
			try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
				// the later migrations the questions read (V63: the live reports' deltas,
				// empty here; V65: the margins, filled from the rollup)
				for (int i = 4; i < args.length; i++) {
					s.execute(Files.readString(Path.of(args[i])).replace("${appUser}", "bench_app"));
				}
				s.execute("analyze mon_fact_margin");
				s.execute("analyze mon_dims_margin");
				s.execute("analyze mon_dims");
			}
			long marginsMs = (System.nanoTime() - start) / 1_000_000;
			try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
				// what the questions read, vacuumed (its visibility map set) as a live
				// store's would be; then the load's dirty pages written before the first
				// question
				s.execute("vacuum analyze mon_fact_rollup, mon_fact_rollup_delta, mon_fact_margin, mon_dims, "
						+ "mon_dims_margin");
				s.execute("checkpoint");
			}
			// at 10⁸ a day-level question reads for minutes (p99 285 s on 5 Dec 2026)
			int dayLevelQuestions = facts <= 10_000_000 ? 100 : 5;
			// every city question (500) is asked the naive way too up to 10^7; beyond,
			// the first city's year is half the province (6.5 million settlements at
			// 10^8) and each naive answer takes seconds, so the first 50
			int naiveQuestions = facts <= 10_000_000 ? 500 : 50;
			List<Long> dayMs = new ArrayList<>();
			int dayAgreed = 0;
			// one connection for every question, as the application's pool lends one:
			// a new connection per statement (the embedded server's plain data source)
			// cost some 30 ms of each answer until 5 Dec 2026
			SingleConnectionDataSource pooled = new SingleConnectionDataSource(ds.getConnection(), true);
			JdbcClient jdbc = JdbcClient.create(pooled);
			org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(
					pooled);
			FactTotalsRepository sums = new FactTotalsRepository(template);
			// the baseline in the same run: the same questions over the rollup's rows,
			// as every question read them before the margins (V65)
			FactTotalsRepository rowsOnly = new FactTotalsRepository(template, slice -> false);
			// and as before V67: margins of one dimension at most, 门诊 and 住院's two
			// dimensions from the rows
			FactTotalsRepository oneDimension = new FactTotalsRepository(template, slice -> slice.size() <= 1);
			List<Long> oneDimensionMs = new ArrayList<>();
			int oneDimensionAgreed = 0;
			List<Long> rowsMs = new ArrayList<>();
			int rowsAgreed = 0;
			SplittableRandom dice = new SplittableRandom(42);
			List<Long> factMs = new ArrayList<>();
			List<Long> naiveMs = new ArrayList<>();
			int agreed = 0;
			// random shipped indicators (those the generated elements compute: the 三医联动
			// set without DRG, budget and family-doctor figures), each through the engine
			// as
			// the pages ask it, over the facts store (margins and rollup rows as the
			// application reads them), the rollup's rows alone, the day-level facts, and
			// the
			// raw settlements and fee lines the naive way
			Map<String, IndicatorDefinition> library = ShippedForBenchmark.definitions(ELEMENTS,
					Set.of(PRIMARY, MEDICAL));
			List<IndicatorDefinition> pool = List.copyOf(library.values());
			IndicatorEngine engine = new IndicatorEngine(new StoreTotals(sums::sums, institutions),
					new Groups(institutions), library);
			IndicatorEngine rowsEngine = new IndicatorEngine(new StoreTotals(rowsOnly::sums, institutions),
					new Groups(institutions), library);
			IndicatorEngine oneDimensionEngine = new IndicatorEngine(new StoreTotals(oneDimension::sums, institutions),
					new Groups(institutions), library);
			IndicatorEngine dayEngine = new IndicatorEngine(new StoreTotals(sums::daySums, institutions),
					new Groups(institutions), library);
			IndicatorEngine naiveEngine = new IndicatorEngine(new NaiveTotals(jdbc, institutions),
					new Groups(institutions), library);
			Map<String, List<Long>> byIndicator = new java.util.TreeMap<>();
			List<Question> questions = new ArrayList<>();
			for (int q = 0; q < 1000; q++) {
				boolean city = q % 2 == 0;
				IndicatorDefinition indicator = pool.get(dice.nextInt(pool.size()));
				Selection where = city ? new Selection.Region(FIRST_CITY) : region(institutions, dice);
				questions.add(new Question(indicator, where, period(dice), city));
			}
			// each way over all the questions in turn, the application's first: a
			// day-level or naive question reads gigabytes at 10⁸ and would leave the next
			// question to find the margins out of the cache (interleaved until 6 Dec
			// 2026)
			List<IndicatorValue> answers = new ArrayList<>();
			for (Question q : questions) {
				long t = System.nanoTime();
				answers.add(engine.evaluate(q.indicator(), q.where(), q.period()));
				long ms = (System.nanoTime() - t) / 1_000_000;
				factMs.add(ms);
				byIndicator.computeIfAbsent(q.indicator().code(), c -> new ArrayList<>()).add(ms);
			}
			List<Integer> slowest = java.util.stream.IntStream.range(0, questions.size())
				.boxed()
				.sorted(java.util.Comparator.comparing((Integer q) -> factMs.get(q)).reversed())
				.limit(12)
				.toList();
			oneDimensionAgreed += askAgain(oneDimensionEngine, questions, questions.size(), answers, oneDimensionMs);
			rowsAgreed += askAgain(rowsEngine, questions, questions.size(), answers, rowsMs);
			// questions whose component narrows two dimensions (in-county inpatient fees
			// over inpatient fees, as 市域内住院量占比 reads visits): from 门诊 and 住院's
			// margins since V67, and from the rollup's rows as before; the first are
			// checked against the day-level facts too
			List<Component> inCountyShare = List.of(
					new Component("ins.fee", Map.of("clr_type", "21", "in_county", "Y")),
					new Component("ins.fee", Map.of("clr_type", "21")));
			SplittableRandom twoDice = new SplittableRandom(43);
			List<Long> twoMs = new ArrayList<>();
			int twoChecked = 0;
			int twoAgreed = 0;
			List<List<String>> twoWhere = new ArrayList<>();
			List<DaySpan> twoDays = new ArrayList<>();
			List<List<BigDecimal>> twoGot = new ArrayList<>();
			for (int q = 0; q < TWO_DIMENSION_QUESTIONS; q++) {
				List<String> where = members(
						q % 2 == 0 ? new Selection.Region(FIRST_CITY) : region(institutions, twoDice), institutions);
				DaySpan days = period(twoDice).span();
				long t = System.nanoTime();
				twoGot.add(sums.sums(inCountyShare, where, days));
				twoMs.add((System.nanoTime() - t) / 1_000_000);
				twoWhere.add(where);
				twoDays.add(days);
			}
			List<Long> twoRowsMs = new ArrayList<>();
			int twoRowsAgreed = 0;
			for (int q = 0; q < TWO_DIMENSION_QUESTIONS; q++) {
				long t = System.nanoTime();
				List<BigDecimal> fromRows = oneDimension.sums(inCountyShare, twoWhere.get(q), twoDays.get(q));
				twoRowsMs.add((System.nanoTime() - t) / 1_000_000);
				twoRowsAgreed += nz(fromRows.get(0)).compareTo(nz(twoGot.get(q).get(0))) == 0
						&& nz(fromRows.get(1)).compareTo(nz(twoGot.get(q).get(1))) == 0 ? 1 : 0;
			}
			for (int q = 0; q < Math.max(2, dayLevelQuestions / 2); q++) {
				List<BigDecimal> got = twoGot.get(q);
				List<BigDecimal> day = sums.daySums(inCountyShare, twoWhere.get(q), twoDays.get(q));
				twoChecked++;
				twoAgreed += nz(got.get(0)).compareTo(nz(day.get(0))) == 0
						&& nz(got.get(1)).compareTo(nz(day.get(1))) == 0 ? 1 : 0;
			}
			// the first questions over the day-level facts (what every question read
			// before the rollup)
			dayAgreed += askAgain(dayEngine, questions, dayLevelQuestions, answers, dayMs);
			for (int q = 0; q < questions.size() && naiveMs.size() < naiveQuestions; q++) {
				Question question = questions.get(q);
				if (question.city()) {
					long t = System.nanoTime();
					IndicatorValue naive = naiveEngine.evaluate(question.indicator(), question.where(),
							question.period());
					naiveMs.add((System.nanoTime() - t) / 1_000_000);
					agreed += same(answers.get(q), naive) ? 1 : 0;
				}
			}
			long marginRows = jdbc.sql("select count(*) from mon_fact_margin").query(Long.class).single();
			long rows = jdbc.sql("select count(*) from mon_fact").query(Long.class).single();
			long rollupRows = jdbc.sql("select count(*) from mon_fact_rollup").query(Long.class).single();
			long monthRows = jdbc.sql("select count(*) from mon_fact_rollup where grain = 'M'")
				.query(Long.class)
				.single();
			String json = """
					{"facts": %d, "query_p50_ms": %d, "query_p99_ms": %d, "naive_p99_ms": %d, "naive_p50_ms": %d,
					 "ratio_p99": %s, "answers_agree": %s, "naive_questions": %d, "agreed": %d,
					 "rollup_rows": %d, "rollup_month_rows": %d, "compression_ratio": %s, "institutions": %d,
					 "slices": %d, "rollup_build_ms": %d, "day_level_questions": %d,
					 "day_level_p50_ms": %d, "day_level_p99_ms": %d, "day_level_agreed": %d,
					 "settlements_city_year": %d, "load_ms": %d, "margin_rows": %d, "margins_build_ms": %d,
					 "rollup_rows_p50_ms": %d, "rollup_rows_p99_ms": %d, "rollup_rows_agreed": %d,
					 "one_dimension_margins_p50_ms": %d, "one_dimension_margins_p99_ms": %d,
					 "one_dimension_margins_agreed": %d,
					 "two_dimension_questions": %d, "two_dimension_p50_ms": %d, "two_dimension_p99_ms": %d,
					 "two_dimension_rows_p50_ms": %d, "two_dimension_rows_p99_ms": %d, "two_dimension_rows_agreed": %d,
					 "two_dimension_day_level_checked": %d, "two_dimension_day_level_agreed": %d,
					 "freshness_p99_ms": null,
					 "freshness_kafka_p99_ms": null, "settlement_throughput_change_pct": null,
					 "indicators": %s, "query_p99_ms_by_indicator": %s, "slowest_questions": %s,
					 "note": "generator: a real density (about 250,000 facts per institution-year, institutions weighted by size, 30 frequent settlement kinds with Zipf weights, every day of 2026), so compression_ratio (facts per rollup row, month and year rows) does not depend on SIZE; questions: 1,000 random (shipped indicator, region or alliance, period): an indicator of the shipped 三医联动 set that the generated elements compute (indicators), over the first city (every other question), a county, a city, the province or a random set of 30 institutions, a month, quarter or year of 2026, evaluated by the indicator engine over the facts store as the application reads it (components narrowing at most one dimension, or clr_type and one other, from the rollup margins, mon_fact_margin; others from the rollup rows, mon_fact_rollup; growth indicators also read 2025, which has no facts); one_dimension_margins: the same questions with margins of one dimension at most, as before V67 (clr_type and another from the rows); rollup_rows: the same questions with every component from the rollup rows, as before the margins (V65); day_level: the first questions again over the day-level facts (mon_fact, what every question read before the rollup); naive: the first city questions with each component summed by GROUP BY aggregates over the raw settlements and fee lines, then the same engine dividing; agreed counts equal value, numerator and denominator; two_dimension: in-county inpatient fee share (a component narrowing clr_type and in_county) from its margin since V67 (two_dimension_rows: from the rollup rows, as before; the answers must be equal), the first checked against the day-level facts afterwards; each way runs over all its questions in turn (the application's first, then one_dimension_margins, the rollup rows, two_dimension, day_level, naive), after the rollup tables were vacuumed and a checkpoint, with autovacuum off (the loaded year would otherwise be vacuumed at once during the questions)"}
					"""
				.formatted(rows, pct(factMs, 50), pct(factMs, 99), pct(naiveMs, 99), pct(naiveMs, 50),
						pct(factMs, 99) == 0 ? "null"
								: new BigDecimal(pct(naiveMs, 99))
									.divide(new BigDecimal(pct(factMs, 99)), MathContext.DECIMAL32)
									.toPlainString(),
						agreed == naiveMs.size()
								&& dayAgreed == dayMs.size() && twoAgreed == twoChecked && rowsAgreed == rowsMs.size()
								&& oneDimensionAgreed == oneDimensionMs.size() && twoRowsAgreed == twoRowsMs.size(),
						naiveMs.size(), agreed, rollupRows, monthRows,
						rollupRows == 0 ? "null"
								: BigDecimal.valueOf(rows)
									.divide(BigDecimal.valueOf(rollupRows), 1, java.math.RoundingMode.HALF_UP)
									.toPlainString(),
						institutions.size(), slices, rollupMs, dayMs.size(), pct(dayMs, 50), pct(dayMs, 99), dayAgreed,
						settlements, loadMs, marginRows, marginsMs, pct(rowsMs, 50), pct(rowsMs, 99), rowsAgreed,
						pct(oneDimensionMs, 50), pct(oneDimensionMs, 99), oneDimensionAgreed, twoMs.size(),
						pct(twoMs, 50), pct(twoMs, 99), pct(twoRowsMs, 50), pct(twoRowsMs, 99), twoRowsAgreed,
						twoChecked, twoAgreed,
						library.keySet()
							.stream()
							.map(c -> "\"" + c + "\"")
							.collect(java.util.stream.Collectors.joining(", ", "[", "]")),
						byIndicator.entrySet()
							.stream()
							.map(e -> "\"" + e.getKey() + "\": " + pct(e.getValue(), 99))
							.collect(java.util.stream.Collectors.joining(", ", "{", "}")),
						slowest.stream()
							.map(q -> "\"" + factMs.get(q) + " ms: " + questions.get(q).describe(institutions) + "\"")
							.collect(java.util.stream.Collectors.joining(", ", "[", "]")));
			Files.writeString(out, json);
			pooled.destroy();
			System.out.println(json);
		}
	}

	/**
	 * A real city discharges and sees about 14 million settlements a year over some 400
	 * institutions, each settlement giving 7–15 facts: about 250,000 facts per
	 * institution-year. The generated province keeps that density at every size, so that
	 * the rollup's compression (facts per rollup row) at a small size is what it is at
	 * 10⁸: SIZE sets how many institutions, not how thinly they are spread.
	 */
	static final long FACTS_PER_INSTITUTION_YEAR = 250_000;

	/**
	 * Institution codes by city and county: H + city (2 digits) + county (2) + serial
	 * (7); as many as the size needs at a real density (at least 8, at most 9 cities × 12
	 * counties × 20), city by city.
	 */
	static List<String> institutions(long facts) {
		int n = (int) Math.max(8, Math.min((long) CITIES * COUNTIES * PER_COUNTY, facts / FACTS_PER_INSTITUTION_YEAR));
		int cities = Math.min(CITIES, (n + COUNTIES * PER_COUNTY - 1) / (COUNTIES * PER_COUNTY));
		int counties = Math.min(COUNTIES, (n + cities - 1) / cities);
		int perCounty = (n + cities * counties - 1) / (cities * counties);
		List<String> all = new ArrayList<>();
		for (int i = 1; i <= perCounty; i++) {
			for (int city = 1; city <= cities; city++) {
				for (int county = 1; county <= counties; county++) {
					if (all.size() < n) {
						all.add("H35%02d%02d%07d".formatted(city, county, i));
					}
				}
			}
		}
		return all.stream().sorted().toList();
	}

	/**
	 * How much an institution settles relative to a township health centre: a city's
	 * first hospital (三甲) 40, a county's first (county hospital) 12, its second 5.
	 */
	static double weight(String institution) {
		int county = Integer.parseInt(institution.substring(5, 7));
		long serial = Long.parseLong(institution.substring(7));
		if (serial == 1) {
			return county == 1 ? 40 : 12;
		}
		return serial == 2 ? 5 : 1;
	}

	/**
	 * A kind of settlement as {@code SettlementFacts} slices it (med_type, clr_type,
	 * insutype, age band, sex, in/out of county, in/out of region, ICD-10 chapter): the
	 * 30 most frequent, the first the most, with Zipf weights 1/rank.
	 */
	record Kind(String medType, String clrType, String insutype, String ageBand, String sex, boolean inCounty,
			boolean inRegion, String chapter) {

		boolean inpatient() {
			return clrType.equals("21");
		}

		/** The slice's JSON without its closing brace (fee facts add their category). */
		String dims(String institution) {
			String own = "35" + institution.substring(3, 7);
			String person = inCounty ? own : "35" + institution.substring(3, 5)
					+ "%02d".formatted(Integer.parseInt(institution.substring(5, 7)) % COUNTIES + 1);
			return ("{\"age_band\":\"%s\",\"clr_type\":\"%s\",\"icd_chapter\":\"%s\",\"in_county\":\"%s\","
					+ "\"in_region\":\"%s\",\"insutype\":\"%s\",\"med_type\":\"%s\",\"person_county\":\"%s\","
					+ "\"sex\":\"%s\"")
				.formatted(ageBand, clrType, chapter, inCounty ? "Y" : "N", inRegion ? "Y" : "N", insutype, medType,
						person, sex);
		}

	}

	static List<Kind> kinds() {
		SplittableRandom dice = new SplittableRandom(11);
		String[] ages = { "45-64", "65+", "18-44", "0-6", "7-17" };
		String[] outpatientChapters = { "10", "09", "11", "04", "13", "21", "18", "00" };
		String[] inpatientChapters = { "09", "10", "11", "02", "19", "15" };
		List<Kind> kinds = new ArrayList<>();
		java.util.Set<Kind> seen = new java.util.HashSet<>();
		while (kinds.size() < 30) {
			boolean inpatient = dice.nextInt(10) < 2;
			boolean chronic = !inpatient && dice.nextInt(4) == 0;
			Kind k = new Kind(inpatient ? "21" : chronic ? "14" : "11", inpatient ? "21" : "11",
					dice.nextInt(10) < 3 ? "310" : "390",
					ages[Math.min(ages.length - 1, (int) (dice.nextDouble() * dice.nextDouble() * 6))],
					dice.nextBoolean() ? "1" : "2", dice.nextInt(10) < 9, dice.nextInt(30) != 0,
					inpatient ? inpatientChapters[dice.nextInt(inpatientChapters.length)]
							: outpatientChapters[dice.nextInt(outpatientChapters.length)]);
			if (seen.add(k)) {
				kinds.add(k);
			}
		}
		return kinds;
	}

	/** Cumulative weights, for drawing by {@link #draw}. */
	static double[] cumulative(double[] weights) {
		double[] c = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			c[i] = sum;
		}
		return c;
	}

	static int draw(double[] cumulative, SplittableRandom dice) {
		double x = dice.nextDouble() * cumulative[cumulative.length - 1];
		int at = java.util.Arrays.binarySearch(cumulative, x);
		return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
	}

	/** The first city (region code 3501): the city-year the naive way reads. */
	static final String FIRST_CITY = "3501";

	/**
	 * A county, a city, the province (region code prefixes) or a random set of 30
	 * institutions (an alliance).
	 */
	static Selection region(List<String> all, SplittableRandom dice) {
		String some = all.get(dice.nextInt(all.size()));
		return switch (dice.nextInt(4)) {
			case 0 -> new Selection.Region(some.substring(1, 7));
			case 1 -> new Selection.Region(some.substring(1, 5));
			case 2 -> new Selection.Region("35");
			default -> {
				Set<String> set = new java.util.TreeSet<>();
				for (int i = 0; i < 30; i++) {
					set.add(all.get(dice.nextInt(all.size())));
				}
				yield new Selection.Institutions(set);
			}
		};
	}

	/** The institutions of a selection: codes H + region code + serial. */
	static List<String> members(Selection where, List<String> all) {
		return switch (where) {
			case Selection.Region(String prefix) -> all.stream().filter(i -> i.startsWith(prefix, 1)).toList();
			case Selection.Institutions(Set<String> codes) -> codes.stream().sorted().toList();
		};
	}

	static Period period(SplittableRandom dice) {
		return switch (dice.nextInt(3)) {
			case 0 -> Period.month(java.time.YearMonth.of(2026, 1 + dice.nextInt(12)));
			case 1 -> Period.quarter(2026, 1 + dice.nextInt(4));
			default -> Period.year(2026);
		};
	}

	static final String[] OUTPATIENT_CATEGORIES = { "09", "02", "04", "03", "11", "10", "05" };

	static final String[] INPATIENT_CATEGORIES = { "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
			"14" };

	/**
	 * Settlements as a real province makes them: institutions drawn by their size (a 三甲
	 * settles 40 times what a health centre does), every day of 2026, each settlement one
	 * of the 30 most frequent kinds (Zipf), with the facts {@code SettlementFacts} writes
	 * for it: {@code ins.settlement.count}, {@code ins.visit.count}, one {@code ins.fee}
	 * per charge category it has (outpatient 2–4 of the usual, inpatient 7–11),
	 * {@code ins.fund_paid}, {@code ins.cash_paid} and, for a discharge,
	 * {@code ins.inpatient.days}; the first city's settlements are also written raw
	 * (settlements and fee lines). Stops at {@code target} fact rows.
	 */
	static long generate(DataSource ds, List<String> institutions, long target) throws Exception {
		SplittableRandom dice = new SplittableRandom(7);
		double[] byInstitution = cumulative(institutions.stream().mapToDouble(FactsBenchmark::weight).toArray());
		List<Kind> kinds = kinds();
		double[] zipf = new double[kinds.size()];
		for (int i = 0; i < zipf.length; i++) {
			zipf[i] = 1.0 / (i + 1);
		}
		double[] byKind = cumulative(zipf);
		long facts = 0;
		long setlId = 0;
		StringBuilder factCsv = new StringBuilder();
		StringBuilder setlCsv = new StringBuilder();
		StringBuilder lineCsv = new StringBuilder();
		// each (institution, kind)'s slice as the COPY input quotes it, made once
		String[][] quoted = new String[institutions.size()][kinds.size()];
		// the COPYs on a thread of their own (one connection), while the next buffers
		// are generated: the two cores both work
		java.util.concurrent.ExecutorService copier = java.util.concurrent.Executors.newSingleThreadExecutor();
		java.util.concurrent.Future<?> copying = null;
		try (Connection c = ds.getConnection()) {
			while (facts < target) {
				int at = draw(byInstitution, dice);
				String institution = institutions.get(at);
				LocalDate day = LocalDate.of(2026, 1, 1).plusDays(dice.nextInt(365));
				int k = draw(byKind, dice);
				Kind kind = kinds.get(k);
				if (quoted[at][k] == null) {
					quoted[at][k] = kind.dims(institution).replace("\"", "\"\"");
				}
				String dims = quoted[at][k];
				setlId++;
				boolean raw = institution.startsWith("H3501");
				String[] pool = kind.inpatient() ? INPATIENT_CATEGORIES : OUTPATIENT_CATEGORIES;
				int lines = kind.inpatient() ? 7 + dice.nextInt(5) : 2 + dice.nextInt(3);
				BigDecimal total = BigDecimal.ZERO;
				for (int l = 0; l < lines; l++) {
					// the most usual categories first, so outpatient visits mostly have
					// drugs
					String category = pool[l < 2 ? l : l + dice.nextInt(pool.length - l)];
					BigDecimal amount = BigDecimal.valueOf(
							(kind.inpatient() ? 20_000 : 500) + dice.nextInt(kind.inpatient() ? 800_000 : 30_000), 2);
					total = total.add(amount);
					row(factCsv, "ins.fee", institution, day, dims + ",\"\"fee_category\"\":\"\"" + category + "\"\"}",
							amount);
					facts++;
					if (raw) {
						lineCsv.append(setlId)
							.append(',')
							.append(category)
							.append(',')
							.append(amount.toPlainString())
							.append('\n');
					}
				}
				BigDecimal fund = total.multiply(BigDecimal.valueOf(kind.inpatient() ? 65 : 45))
					.movePointLeft(2)
					.setScale(2, java.math.RoundingMode.HALF_UP);
				row(factCsv, "ins.settlement.count", institution, day, dims + "}", BigDecimal.ONE);
				row(factCsv, "ins.visit.count", institution, day, dims + "}", BigDecimal.ONE);
				row(factCsv, "ins.fund_paid", institution, day, dims + "}", fund);
				row(factCsv, "ins.cash_paid", institution, day, dims + "}", total.subtract(fund));
				facts += 4;
				int bedDays = 0;
				if (kind.inpatient()) {
					bedDays = 3 + dice.nextInt(12);
					row(factCsv, "ins.inpatient.days", institution, day, dims + "}", BigDecimal.valueOf(bedDays));
					facts++;
				}
				if (raw) {
					setlCsv.append(setlId)
						.append(',')
						.append(institution)
						.append(',')
						.append(day)
						.append(',')
						.append(total.toPlainString())
						.append(',')
						.append(kind.clrType())
						.append(',')
						.append(kind.inCounty() ? 'Y' : 'N')
						.append(',')
						.append(kind.inRegion() ? 'Y' : 'N')
						.append(',')
						.append(fund.toPlainString())
						.append(',')
						.append(total.subtract(fund).toPlainString())
						.append(',')
						.append(kind.inpatient() ? String.valueOf(bedDays) : "")
						.append('\n');
				}
				if (factCsv.length() > 8_000_000) {
					copying = flush(copier, copying, c, factCsv, setlCsv, lineCsv);
				}
			}
			flush(copier, copying, c, factCsv, setlCsv, lineCsv).get();
		}
		finally {
			copier.shutdownNow();
		}
		return setlId;
	}

	/**
	 * Hands the buffers' rows to the copier once it has copied the ones before, and
	 * empties them for the next.
	 */
	static java.util.concurrent.Future<?> flush(java.util.concurrent.ExecutorService copier,
			java.util.concurrent.Future<?> copying, Connection c, StringBuilder facts, StringBuilder setl,
			StringBuilder lines) throws Exception {
		if (copying != null) {
			copying.get();
		}
		String factRows = facts.toString();
		String setlRows = setl.toString();
		String lineRows = lines.toString();
		facts.setLength(0);
		setl.setLength(0);
		lines.setLength(0);
		return copier.submit(() -> {
			var copy = c.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(
					"copy mon_fact (element, institution, day, dims, value, report_id) from stdin with (format csv)",
					new StringReader(factRows));
			copy.copyIn("copy bench_setl from stdin with (format csv)", new StringReader(setlRows));
			copy.copyIn("copy bench_fee_line from stdin with (format csv)", new StringReader(lineRows));
			return null;
		});
	}

	/**
	 * A fact row of the COPY input (CSV: the JSON quoted, its quotes already doubled in
	 * {@code dims}).
	 */
	private static void row(StringBuilder csv, String element, String institution, LocalDate day, String dims,
			BigDecimal value) {
		csv.append(element)
			.append(',')
			.append(institution)
			.append(',')
			.append(day)
			.append(",\"")
			.append(dims)
			.append("\",")
			.append(value.toPlainString())
			.append(",0\n");
	}

	/** The data elements the generator writes, with the dimensions their facts carry. */
	static final Map<String, Set<String>> ELEMENTS;

	static {
		Set<String> dims = Set.of("age_band", "clr_type", "icd_chapter", "in_county", "in_region", "insutype",
				"med_type", "person_county", "sex");
		Set<String> fee = new java.util.HashSet<>(dims);
		fee.add("fee_category");
		ELEMENTS = Map.of("ins.fee", fee, "ins.settlement.count", dims, "ins.visit.count", dims, "ins.fund_paid", dims,
				"ins.cash_paid", dims, "ins.inpatient.days", dims);
	}

	/** The institution group the shipped definitions name (基层: health centres). */
	static final String PRIMARY = "primary";

	/**
	 * The shipped income shares' group: every institution but the retail pharmacies (the
	 * generated city has none).
	 */
	static final String MEDICAL = "medical";

	/** {@link FactTotals} over one of the fact store's statements. */
	record StoreTotals(Sums sums, List<String> all) implements FactTotals {

		interface Sums {

			List<BigDecimal> sums(List<Component> components, List<String> institutions, DaySpan days);

		}

		@Override
		public Map<Component, BigDecimal> totals(Set<Component> components, Selection where, DaySpan days) {
			List<Component> ordered = List.copyOf(components);
			List<String> institutions = members(where, all);
			List<BigDecimal> found = institutions.isEmpty() ? List.of() : sums.sums(ordered, institutions, days);
			Map<Component, BigDecimal> totals = new java.util.HashMap<>();
			for (int i = 0; i < ordered.size(); i++) {
				totals.put(ordered.get(i), i < found.size() ? nz(found.get(i)) : BigDecimal.ZERO);
			}
			return totals;
		}

	}

	/**
	 * Health centres are the generated institutions after a county's two hospitals
	 * (serial 3 on); every generated institution is a medical one.
	 */
	record Groups(List<String> all) implements InstitutionGroups {

		@Override
		public Set<String> names() {
			return Set.of(PRIMARY, MEDICAL);
		}

		@Override
		public Selection narrow(Selection where, String group) {
			return new Selection.Institutions(members(where, all).stream()
				.filter(i -> MEDICAL.equals(group) || Long.parseLong(i.substring(7)) >= 3)
				.collect(java.util.stream.Collectors.toSet()));
		}

	}

	/**
	 * The naive way: each component summed from the city's raw settlements and fee lines
	 * with GROUP BY's aggregates (one statement over the fee lines, one over the
	 * settlements), then the same engine divides.
	 */
	record NaiveTotals(JdbcClient jdbc, List<String> all) implements FactTotals {

		@Override
		public Map<Component, BigDecimal> totals(Set<Component> components, Selection where, DaySpan days) {
			List<String> institutions = members(where, all);
			if (!institutions.stream().allMatch(i -> i.startsWith(FIRST_CITY, 1))) {
				throw new IllegalArgumentException("only the first city is kept raw");
			}
			List<Component> lines = components.stream().filter(c -> c.element().equals("ins.fee")).toList();
			List<Component> settlements = components.stream().filter(c -> !c.element().equals("ins.fee")).toList();
			Map<Component, BigDecimal> totals = new java.util.HashMap<>();
			sum(lines, "bench_setl s join bench_fee_line l on l.setl_id = s.setl_id", institutions, days, totals);
			sum(settlements, "bench_setl s", institutions, days, totals);
			return totals;
		}

		private void sum(List<Component> components, String from, List<String> institutions, DaySpan days,
				Map<Component, BigDecimal> totals) {
			if (components.isEmpty()) {
				return;
			}
			StringBuilder select = new StringBuilder();
			for (Component c : components) {
				String what = switch (c.element()) {
					case "ins.fee" -> "sum(l.amount)";
					case "ins.settlement.count", "ins.visit.count" -> "count(*)";
					case "ins.fund_paid" -> "sum(s.fund)";
					case "ins.cash_paid" -> "sum(s.cash)";
					case "ins.inpatient.days" -> "sum(s.bed_days)";
					default -> throw new IllegalArgumentException(c.element());
				};
				StringBuilder where = new StringBuilder("true");
				c.slice().forEach((dimension, value) -> {
					if (!value.matches("[0-9A-Z]{1,4}")) {
						throw new IllegalArgumentException(value);
					}
					String column = switch (dimension) {
						case "fee_category" -> "l.category";
						case "clr_type" -> "s.clr_type";
						case "in_county" -> "s.in_county";
						case "in_region" -> "s.in_region";
						default -> throw new IllegalArgumentException(dimension);
					};
					where.append(" and ").append(column).append(" = '").append(value).append('\'');
				});
				select.append(select.isEmpty() ? "" : ", ")
					.append("coalesce(")
					.append(what)
					.append(" filter (where ")
					.append(where)
					.append("), 0)");
			}
			jdbc.sql(
					"select " + select + " from " + from + " where s.institution = any(:i) and s.day between :a and :b")
				.param("i", institutions.toArray(String[]::new))
				.param("a", days.first())
				.param("b", days.last())
				.query(rs -> {
					for (int i = 0; i < components.size(); i++) {
						totals.put(components.get(i), rs.getBigDecimal(i + 1));
					}
				});
		}

	}

	/**
	 * Asks the first {@code count} questions again another way, adding each one's time to
	 * {@code ms}; returns how many answers agree with the application's.
	 */
	static int askAgain(IndicatorEngine engine, List<Question> questions, int count, List<IndicatorValue> answers,
			List<Long> ms) {
		int agreed = 0;
		for (int q = 0; q < count; q++) {
			Question question = questions.get(q);
			long t = System.nanoTime();
			IndicatorValue again = engine.evaluate(question.indicator(), question.where(), question.period());
			ms.add((System.nanoTime() - t) / 1_000_000);
			agreed += same(answers.get(q), again) ? 1 : 0;
		}
		return agreed;
	}

	/** A question as the pages ask it. */
	record Question(IndicatorDefinition indicator, Selection where, Period period, boolean city) {

		/** What it asked, for the slowest questions in the results. */
		String describe(List<String> all) {
			String region = switch (where) {
				case Selection.Region(String prefix) ->
					prefix.length() == 2 ? "province" : prefix.length() == 4 ? "city " + prefix : "county " + prefix;
				case Selection.Institutions(Set<String> codes) -> codes.size() + " institutions";
			};
			return "%s, %s (%d institutions), %s".formatted(indicator.code(), region, members(where, all).size(),
					period.span().first() + ".." + period.span().last());
		}

	}

	/** The same value, numerator and denominator (by value, not scale). */
	static boolean same(IndicatorValue a, IndicatorValue b) {
		return equal(a.value(), b.value()) && equal(a.numerator(), b.numerator())
				&& equal(a.denominator(), b.denominator());
	}

	private static boolean equal(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	static BigDecimal nz(BigDecimal v) {
		return v == null ? BigDecimal.ZERO : v;
	}

	private static long pct(List<Long> ms, int p) {
		if (ms.isEmpty()) {
			return 0;
		}
		List<Long> sorted = ms.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	private FactsBenchmark() {
	}

}
