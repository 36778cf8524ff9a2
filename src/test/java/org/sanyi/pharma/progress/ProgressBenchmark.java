package org.sanyi.pharma.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.sanyi.pharma.procurement.ScopeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 完成进度 of one round over a year of purchase lines (bench/pharma.sh): an embedded
 * PostgreSQL with the module's migration, {@code lines} purchase lines generated in SQL
 * for 400 institutions × 10 products (a winning and a non-winning item each), then (1)
 * the module's own aggregate ({@link ProgressRepository#cells}, one pass with GROUP BY)
 * with the rows summed per institution through {@link RoundProgress#row}, and (2) a naive
 * baseline in the same run: every purchase line streamed to Java and summed in a map.
 * Writes JSON with {@code progress_s}. Not a test: a main method, run by the script only.
 */
public final class ProgressBenchmark {

	static final int INSTITUTIONS = 400;

	static final int PRODUCTS = 10;

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		long lines = Long.parseLong(args[1]);
		Path data = Files.createTempDirectory("pharma-bench");
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("work_mem", "256MB")
			.setServerConfig("max_parallel_workers_per_gather", "2")
			.start()) {
			DataSource ds = pg.getPostgresDatabase();
			JdbcTemplate sql = new JdbcTemplate(ds);
			sql.execute(migration());
			long t0 = System.nanoTime();
			generate(sql, lines);
			double loadS = (System.nanoTime() - t0) / 1e9;

			ProgressRepository repository = new ProgressRepository(JdbcClient.create(ds));
			LocalDate from = LocalDate.of(2025, 11, 1);
			LocalDate to = LocalDate.of(2026, 10, 31);
			repository.cells(1, from, to, new ScopeFilter("", "")); // warm the cache
																	// once, as a
																	// dashboard would be
			long t1 = System.nanoTime();
			List<Cell> cells = repository.cells(1, from, to, new ScopeFilter("", ""));
			int behind = rowsBehind(cells, from, to);
			double progressS = (System.nanoTime() - t1) / 1e9;

			long t2 = System.nanoTime();
			long baselineCells = naive(ds, from, to);
			double baselineS = (System.nanoTime() - t2) / 1e9;

			String json = """
					{"purchase_lines": %d, "institutions": %d, "products": %d, "cells": %d, "behind": %d,
					 "load_s": %.1f, "progress_s": %.2f, "baseline": "every line streamed to Java and summed in a map",
					 "baseline_cells": %d, "baseline_s": %.2f, "ratio": %.1f}
					""".formatted(lines, INSTITUTIONS, PRODUCTS, cells.size(), behind, loadS, progressS, baselineCells,
					baselineS, baselineS / progressS);
			Files.createDirectories(out.toAbsolutePath().getParent());
			Files.writeString(out, json);
			System.out.print(json);
		}
	}

	private static int rowsBehind(List<Cell> cells, LocalDate from, LocalDate to) {
		Map<String, List<Cell>> byInstitution = new HashMap<>();
		cells.forEach(c -> byInstitution.computeIfAbsent(c.institutionCode(), k -> new java.util.ArrayList<>()).add(c));
		var round = new org.sanyi.pharma.procurement.RoundRow(1, "B", "bench", null, null, "1", "359900", from, 12,
				null, null, null, new java.math.BigDecimal("0.10"), null, null, "bench");
		int behind = 0;
		for (var e : byInstitution.entrySet()) {
			if (RoundProgress.row(e.getKey(), e.getKey(), e.getValue(), round, from, to, to).progress().behind()) {
				behind++;
			}
		}
		return behind;
	}

	private static long naive(DataSource ds, LocalDate from, LocalDate to) throws Exception {
		Map<String, long[]> sums = new HashMap<>();
		try (var c = ds.getConnection()) {
			c.setAutoCommit(false);
			try (var st = c.prepareStatement("""
					select product_id, institution_code, winning, quantity from ph_purchase
					where round_id = 1 and purchase_date between ? and ?""")) {
				st.setFetchSize(50_000);
				st.setObject(1, from);
				st.setObject(2, to);
				try (var rs = st.executeQuery()) {
					while (rs.next()) {
						long[] s = sums.computeIfAbsent(rs.getLong(1) + "|" + rs.getString(2), k -> new long[2]);
						s[rs.getBoolean(3) ? 0 : 1] += rs.getLong(4);
					}
				}
			}
		}
		return sums.size();
	}

	/**
	 * A round, its products, demand of every institution, and {@code lines} purchases
	 * spread over the year.
	 */
	private static void generate(JdbcTemplate sql, long lines) {
		sql.execute(
				"""
						insert into ph_round (id, code, name, level, kind, batch_no, region_code, start_date, cycle_months,
						    agreed_ratio, few_winners_ratio, demand_floor, alert_gap, insurance_share, retention_ratio, created_by)
						values (1, 'BENCH', 'bench', 'NATIONAL', 'DRUG', '1', '359900', date '2025-11-01', 12, 0.8, 0.6, 0.8, 0.1,
						    0.7, 0.5, 'bench')""");
		sql.execute(
				"""
						insert into ph_product (id, round_id, generic_name, dosage_form, specification, comparable_unit,
						    pre_round_price) select p, 1, 'g' || p, '片剂', '1mg', '片', 0.5 + p / 10.0 from generate_series(1, %d) p
						"""
					.formatted(PRODUCTS));
		sql.execute("""
				insert into ph_demand (product_id, institution_code, institution_region, prior_usage, reported,
				    agreed_volume, entered_by)
				select p, 'H' || lpad(i::text, 11, '0'), '3599' || lpad((i %% 9 + 1)::text, 2, '0'), 100000, 90000,
				    -- about 23 winning units a line reach the agreed volume; every fifth institution is 25 %% short
				    (%d / %d.0 * (case when i %% 5 = 3 then 30 else 22 end))::bigint, 'bench'
				from generate_series(1, %d) p, generate_series(1, %d) i""".formatted(lines, PRODUCTS * INSTITUTIONS,
				PRODUCTS, INSTITUTIONS));
		sql.execute("""
				insert into ph_purchase (round_id, product_id, institution_code, institution_region, item_code, winning,
				    purchase_date, quantity, unit_price, amount)
				select 1, 1 + n %% %d, 'H' || lpad((1 + (n / %d) %% %d)::text, 11, '0'),
				    '3599' || lpad(((1 + (n / %d) %% %d) %% 9 + 1)::text, 2, '0'), 'X' || (n %% %d), n %% 11 <> 0,
				    date '2025-11-01' + (n %% 365)::int, q, 0.1, q * 0.1
				from generate_series(1::bigint, %d) n,
				     -- a quantity of 1..50 scattered by a multiplicative hash, independent of institution and product
				     lateral (select 1 + ((n * 2654435761) >> 7) %% 50 as q) h""".formatted(PRODUCTS, PRODUCTS,
				INSTITUTIONS, PRODUCTS, INSTITUTIONS, PRODUCTS * 2, lines));
		sql.execute("analyze");
	}

	private static String migration() throws IOException {
		try (InputStream in = ProgressBenchmark.class.getResourceAsStream("/db/migration/pharma/V1__procurement.sql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private ProgressBenchmark() {
	}

}
