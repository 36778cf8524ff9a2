package org.sanyi.monitoring.facts;

import java.io.Reader;
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
import java.util.SplittableRandom;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.sanyi.monitoring.engine.FactTotals.Component;
import org.sanyi.monitoring.engine.FactTotals.DaySpan;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * bench/monitoring.sh: the fact store at province scale, on its own embedded PostgreSQL.
 * Generates {@code facts} fact rows with COPY (a province-year: 9 cities × 12 counties ×
 * institutions, settlement facts as {@code SettlementFacts} writes them) and, for one
 * city-year, the raw settlements and fee lines they came from; then asks 1,000 random
 * (drug share, region or institution set, month/quarter/year) questions through the
 * statement {@link FactTotalsRepository} runs, and the same questions for the city the
 * naive way (GROUP BY over settlements and fee lines); the answers must agree. Writes
 * JSON with {@code facts}, {@code query_p50_ms}, {@code query_p99_ms},
 * {@code naive_p99_ms}. Not a test: run by the script on a quiet machine.
 */
public final class FactsBenchmark {

	static final int CITIES = 9;

	static final int COUNTIES = 12;

	static final int PER_COUNTY = 20;

	static final String[] CATEGORIES = { "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "14" };

	public static void main(String[] args) throws Exception {
		long facts = Long.parseLong(args[0]);
		Path out = Path.of(args[1]);
		Path migration = Path.of(args[2]);
		Path rollup = Path.of(args[3]);
		Path data = Files.createTempDirectory("sanyi-facts-bench");
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("max_parallel_workers_per_gather", "2")
			.start()) {
			DataSource ds = pg.getPostgresDatabase();
			try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
				s.execute("create role bench_app");
				s.execute(Files.readString(migration).replace("${appUser}", "bench_app"));
				s.execute("create table bench_setl (setl_id bigint primary key, institution varchar(20), day date, "
						+ "medfee numeric(18,2))");
				s.execute("create table bench_fee_line (setl_id bigint, category varchar(2), amount numeric(18,2))");
			}
			List<String> institutions = institutions();
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
			int dayLevelQuestions = facts <= 10_000_000 ? 100 : 10;
			List<Long> dayMs = new ArrayList<>();
			int dayAgreed = 0;
			JdbcClient jdbc = JdbcClient.create(ds);
			FactTotalsRepository sums = new FactTotalsRepository(jdbc);
			SplittableRandom dice = new SplittableRandom(42);
			List<Long> factMs = new ArrayList<>();
			List<Long> naiveMs = new ArrayList<>();
			int agreed = 0;
			List<Component> drugShare = new ArrayList<>();
			drugShare.add(Component.of("ins.fee"));
			for (String c : new String[] { "09", "10", "11" }) {
				drugShare.add(new Component("ins.fee", Map.of("fee_category", c)));
			}
			for (int q = 0; q < 1000; q++) {
				boolean city = q % 2 == 0;
				List<String> where = city ? cityInstitutions(institutions, 0, dice) : region(institutions, dice);
				DaySpan days = period(dice);
				long t = System.nanoTime();
				List<BigDecimal> got = sums.sums(drugShare, where, days);
				factMs.add((System.nanoTime() - t) / 1_000_000);
				if (q < dayLevelQuestions) {
					// the same question over the day-level facts (what every question
					// read before the rollup)
					t = System.nanoTime();
					List<BigDecimal> day = sums.daySums(drugShare, where, days);
					dayMs.add((System.nanoTime() - t) / 1_000_000);
					boolean same = true;
					for (int i = 0; i < got.size(); i++) {
						same &= nz(got.get(i)).compareTo(nz(day.get(i))) == 0;
					}
					dayAgreed += same ? 1 : 0;
				}
				if (city) {
					t = System.nanoTime();
					BigDecimal[] naive = naive(jdbc, where, days);
					naiveMs.add((System.nanoTime() - t) / 1_000_000);
					BigDecimal drugs = nz(got.get(1)).add(nz(got.get(2))).add(nz(got.get(3)));
					if (nz(got.get(0)).compareTo(naive[0]) == 0 && drugs.compareTo(naive[1]) == 0) {
						agreed++;
					}
				}
			}
			long rows = jdbc.sql("select count(*) from mon_fact").query(Long.class).single();
			long rollupRows = jdbc.sql("select count(*) from mon_fact_rollup").query(Long.class).single();
			String json = """
					{"facts": %d, "query_p50_ms": %d, "query_p99_ms": %d, "naive_p99_ms": %d, "naive_p50_ms": %d,
					 "ratio_p99": %s, "answers_agree": %s, "naive_questions": %d, "agreed": %d,
					 "rollup_rows": %d, "rollup_build_ms": %d, "day_level_questions": %d,
					 "day_level_p50_ms": %d, "day_level_p99_ms": %d, "day_level_agreed": %d,
					 "settlements_city_year": %d, "load_ms": %d, "freshness_p99_ms": null,
					 "freshness_kafka_p99_ms": null, "settlement_throughput_change_pct": null,
					 "note": "fact questions: drug share (4 components) over a city's or county's institutions or a random institution set, a month, quarter or year of 2026, read from the rollup (mon_fact_rollup: year rows for whole years, month rows otherwise); day_level: the first questions again over the day-level facts (mon_fact, what every question read before the rollup); naive: GROUP BY over the city's settlements and fee lines"}
					"""
				.formatted(rows, pct(factMs, 50), pct(factMs, 99), pct(naiveMs, 99), pct(naiveMs, 50),
						pct(factMs, 99) == 0 ? "null"
								: new BigDecimal(pct(naiveMs, 99))
									.divide(new BigDecimal(pct(factMs, 99)), MathContext.DECIMAL32)
									.toPlainString(),
						agreed == naiveMs.size() && dayAgreed == dayMs.size(), naiveMs.size(), agreed, rollupRows,
						rollupMs, dayMs.size(), pct(dayMs, 50), pct(dayMs, 99), dayAgreed, settlements, loadMs);
			Files.writeString(out, json);
			System.out.println(json);
		}
	}

	/**
	 * Institution codes by city and county: H + city (2 digits) + county (2) + serial
	 * (7).
	 */
	static List<String> institutions() {
		List<String> all = new ArrayList<>();
		for (int city = 1; city <= CITIES; city++) {
			for (int county = 1; county <= COUNTIES; county++) {
				for (int i = 1; i <= PER_COUNTY; i++) {
					all.add("H35%02d%02d%07d".formatted(city, county, i));
				}
			}
		}
		return all;
	}

	/** The first city's institutions: the city-year the naive way reads. */
	static List<String> cityInstitutions(List<String> all, int city, SplittableRandom dice) {
		return all.stream().filter(i -> i.startsWith("H35%02d".formatted(city + 1))).toList();
	}

	/**
	 * A county, a city, the province or a random set of 30 institutions (an alliance).
	 */
	static List<String> region(List<String> all, SplittableRandom dice) {
		return switch (dice.nextInt(4)) {
			case 0 -> all.stream()
				.filter(i -> i
					.startsWith("H35%02d%02d".formatted(1 + dice.nextInt(CITIES), 1 + dice.nextInt(COUNTIES))))
				.toList();
			case 1 -> all.stream().filter(i -> i.startsWith("H35%02d".formatted(1 + dice.nextInt(CITIES)))).toList();
			case 2 -> all;
			default -> {
				List<String> set = new ArrayList<>();
				for (int i = 0; i < 30; i++) {
					set.add(all.get(dice.nextInt(all.size())));
				}
				yield set;
			}
		};
	}

	static DaySpan period(SplittableRandom dice) {
		return switch (dice.nextInt(3)) {
			case 0 -> {
				LocalDate m = LocalDate.of(2026, 1 + dice.nextInt(12), 1);
				yield new DaySpan(m, m.plusMonths(1).minusDays(1));
			}
			case 1 -> {
				LocalDate q = LocalDate.of(2026, 1 + 3 * dice.nextInt(4), 1);
				yield new DaySpan(q, q.plusMonths(3).minusDays(1));
			}
			default -> new DaySpan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		};
	}

	/**
	 * Settlements spread over 2026 and the institutions, each with fee lines in a few
	 * categories and its facts (one {@code ins.settlement.count}, one {@code ins.fee} per
	 * category, {@code ins.fund_paid}); the first city's settlements are also written
	 * raw. Stops at {@code target} fact rows.
	 */
	static long generate(DataSource ds, List<String> institutions, long target) throws Exception {
		SplittableRandom dice = new SplittableRandom(7);
		long facts = 0;
		long setlId = 0;
		StringBuilder factCsv = new StringBuilder();
		StringBuilder setlCsv = new StringBuilder();
		StringBuilder lineCsv = new StringBuilder();
		while (facts < target) {
			String institution = institutions.get(dice.nextInt(institutions.size()));
			LocalDate day = LocalDate.of(2026, 1, 1).plusDays(dice.nextInt(365));
			String dims = "{\"clr_type\":\"11\",\"in_county\":\"Y\",\"insutype\":\"%s\",\"med_type\":\"11\""
				.formatted(dice.nextInt(10) < 3 ? "310" : "390");
			setlId++;
			int lines = 2 + dice.nextInt(4);
			BigDecimal total = BigDecimal.ZERO;
			boolean raw = institution.startsWith("H3501");
			for (int l = 0; l < lines; l++) {
				String category = CATEGORIES[dice.nextInt(CATEGORIES.length)];
				BigDecimal amount = BigDecimal.valueOf(500 + dice.nextInt(50_000), 2);
				total = total.add(amount);
				row(factCsv, "ins.fee", institution, day, dims + ",\"fee_category\":\"" + category + "\"}", amount);
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
			row(factCsv, "ins.settlement.count", institution, day, dims + "}", BigDecimal.ONE);
			facts++;
			if (raw) {
				setlCsv.append(setlId)
					.append(',')
					.append(institution)
					.append(',')
					.append(day)
					.append(',')
					.append(total.toPlainString())
					.append('\n');
			}
			if (factCsv.length() > 8_000_000) {
				flush(ds, factCsv, setlCsv, lineCsv);
			}
		}
		flush(ds, factCsv, setlCsv, lineCsv);
		return setlId;
	}

	static void flush(DataSource ds, StringBuilder facts, StringBuilder setl, StringBuilder lines) throws Exception {
		try (Connection c = ds.getConnection()) {
			var copy = c.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(
					"copy mon_fact (element, institution, day, dims, value, report_id) from stdin with (format csv)",
					reader(facts));
			copy.copyIn("copy bench_setl from stdin with (format csv)", reader(setl));
			copy.copyIn("copy bench_fee_line from stdin with (format csv)", reader(lines));
		}
		facts.setLength(0);
		setl.setLength(0);
		lines.setLength(0);
	}

	/** A fact row of the COPY input (CSV: the JSON quoted, its quotes doubled). */
	private static void row(StringBuilder csv, String element, String institution, LocalDate day, String dims,
			BigDecimal value) {
		csv.append(element)
			.append(',')
			.append(institution)
			.append(',')
			.append(day)
			.append(",\"")
			.append(dims.replace("\"", "\"\""))
			.append("\",")
			.append(value.toPlainString())
			.append(",0\n");
	}

	private static Reader reader(StringBuilder csv) {
		return new StringReader(csv.toString());
	}

	/** Fees and drug fees of the city's settlements in the span, the naive way. */
	static BigDecimal[] naive(JdbcClient jdbc, List<String> institutions, DaySpan days) {
		return jdbc
			.sql("""
					select coalesce(sum(l.amount), 0), coalesce(sum(l.amount) filter (where l.category in ('09', '10', '11')), 0)
					from bench_setl s join bench_fee_line l on l.setl_id = s.setl_id
					where s.institution = any(:i) and s.day between :a and :b""")
			.param("i", institutions.toArray(String[]::new))
			.param("a", days.first())
			.param("b", days.last())
			.query((rs, n) -> new BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2) })
			.single();
	}

	private static BigDecimal nz(BigDecimal v) {
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
