package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.support.Json;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Year-to-date totals ({@code ins_accumulator}). A settlement locks its row for the whole
 * transaction, so two settlements of one person and scheme in one year run one after the
 * other and caps hold; the update is also conditional on the version it read.
 */
@Repository
public class AccumulatorRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	AccumulatorRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** The totals and their version. */
	public record Totals(Map<String, BigDecimal> values, long version) {
	}

	/**
	 * Reads without locking (pre-settlement, pages); zero totals when the row does not
	 * exist yet.
	 */
	public Totals read(String psnNo, String insutype, int year) {
		return jdbc
			.sql("select totals::text, version from ins_accumulator where psn_no = :p and insutype = :t and year = :y")
			.param("p", psnNo)
			.param("t", insutype)
			.param("y", year)
			.query((rs, i) -> new Totals(Json.decimalMap(rs.getString(1)), rs.getLong(2)))
			.optional()
			.orElse(new Totals(Map.of(), -1));
	}

	/**
	 * Creates the row if needed and locks it until the transaction ends, in one
	 * statement: the upsert's DO UPDATE takes the row lock (like SELECT ... FOR UPDATE)
	 * and returns the row as it is.
	 */
	Totals lock(String psnNo, String insutype, int year) {
		return jdbc
			.sql("insert into ins_accumulator (psn_no, insutype, year) values (:p, :t, :y) "
					+ "on conflict (psn_no, insutype, year) do update set version = ins_accumulator.version "
					+ "returning totals::text, version")
			.param("p", psnNo)
			.param("t", insutype)
			.param("y", year)
			.query((rs, i) -> new Totals(Json.decimalMap(rs.getString(1)), rs.getLong(2)))
			.single();
	}

	/**
	 * Writes new totals if the row is still at {@code version}; false when someone else
	 * changed it.
	 */
	boolean update(String psnNo, String insutype, int year, Map<String, BigDecimal> totals, long version) {
		return jdbc
			.sql("update ins_accumulator set totals = cast(:totals as jsonb), version = version + 1, "
					+ "updated_at = now() where psn_no = :p and insutype = :t and year = :y and version = :v")
			.param("totals", Json.write(totals))
			.param("p", psnNo)
			.param("t", insutype)
			.param("y", year)
			.param("v", version)
			.update() == 1;
	}

	/** The totals of these persons, by {@code psn_no|insutype|year}. */
	Map<String, Map<String, BigDecimal>> readAll(java.util.Collection<String> psnNos) {
		Map<String, Map<String, BigDecimal>> found = new java.util.HashMap<>();
		jdbc.sql(
				"select psn_no || '|' || insutype || '|' || year, totals::text from ins_accumulator where psn_no = any (:p)")
			.param("p", psnNos.toArray(String[]::new))
			.query((rs, i) -> Map.entry(rs.getString(1), Json.decimalMap(rs.getString(2))))
			.list()
			.forEach(e -> found.put(e.getKey(), e.getValue()));
		return found;
	}

	/** Bulk upsert for recorded activity (no concurrency: it runs alone). */
	void upsertAll(List<Object[]> psnInsutypeYearTotals) {
		batch.batchUpdate(
				"insert into ins_accumulator (psn_no, insutype, year, totals) values (?, ?, ?, cast(? as jsonb)) "
						+ "on conflict (psn_no, insutype, year) do update set totals = excluded.totals, "
						+ "version = ins_accumulator.version + 1, updated_at = now()",
				psnInsutypeYearTotals);
	}

}
