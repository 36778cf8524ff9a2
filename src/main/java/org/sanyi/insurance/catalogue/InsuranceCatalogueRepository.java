package org.sanyi.insurance.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalogue fee lines are classified with ({@code ins_catalogue_item}): the
 * settlement-time copy of the terminology module's catalogue (its owner;
 * {@link TerminologyCatalogueSync} refreshes it) plus local items the terminology module
 * does not carry. A code that is not in it is out of catalogue and the line is fully
 * self-paid (丙类), as the national platform treats unknown items.
 */
@Repository
public class InsuranceCatalogueRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	InsuranceCatalogueRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public List<CatalogueItem> all() {
		return jdbc.sql("select * from ins_catalogue_item order by med_list_codg")
			.query(InsuranceCatalogueRepository::item)
			.list();
	}

	/**
	 * The items of these codes, by code, from the whole catalogue kept in memory for a
	 * minute (it is small).
	 */
	public Map<String, CatalogueItem> find(Collection<String> codes) {
		Cached current = cached;
		if (current == null || System.nanoTime() - current.loadedAt() > 60_000_000_000L) {
			Map<String, CatalogueItem> all = new HashMap<>();
			all().forEach(item -> all.put(item.code(), item));
			current = new Cached(Map.copyOf(all), System.nanoTime());
			cached = current;
		}
		Map<String, CatalogueItem> found = new HashMap<>();
		for (String code : codes) {
			CatalogueItem item = current.items().get(code);
			if (item != null) {
				found.put(code, item);
			}
		}
		return found;
	}

	private volatile Cached cached;

	private record Cached(Map<String, CatalogueItem> items, long loadedAt) {
	}

	/** Forgets the cached copy (after a synchronisation changed rows directly). */
	void invalidate() {
		cached = null;
	}

	public void save(List<CatalogueItem> items) {
		cached = null;
		batch.batchUpdate("""
				insert into ins_catalogue_item (med_list_codg, name, med_chrgitm_type, chrgitm_lv, selfpay_prop,
				    pric_uplmt_amt, lmt_used_flag, reference_price) values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (med_list_codg) do update set name = excluded.name,
				    med_chrgitm_type = excluded.med_chrgitm_type, chrgitm_lv = excluded.chrgitm_lv,
				    selfpay_prop = excluded.selfpay_prop, pric_uplmt_amt = excluded.pric_uplmt_amt,
				    lmt_used_flag = excluded.lmt_used_flag, reference_price = excluded.reference_price
				""", items, 500, (ps, i) -> {
			ps.setString(1, i.code());
			ps.setString(2, i.name());
			ps.setString(3, i.chargeType());
			ps.setString(4, i.catalogueClass());
			ps.setBigDecimal(5, i.selfPayRatio());
			ps.setBigDecimal(6, i.priceCap());
			ps.setBoolean(7, i.restricted());
			ps.setBigDecimal(8, i.referencePrice());
		});
	}

	private static CatalogueItem item(ResultSet rs, int row) throws SQLException {
		return new CatalogueItem(rs.getString("med_list_codg"), rs.getString("name"), rs.getString("med_chrgitm_type"),
				rs.getString("chrgitm_lv"), rs.getBigDecimal("selfpay_prop"), rs.getBigDecimal("pric_uplmt_amt"),
				rs.getBoolean("lmt_used_flag"), rs.getBigDecimal("reference_price"));
	}

	/**
	 * Marks the items as copies of the terminology catalogue (system and version of each
	 * code).
	 */
	void markFromTerminology(String[] codes, String[] systems, String[] versions) {
		jdbc.sql(
				"""
						update ins_catalogue_item c set source = 'TERMINOLOGY', term_system = t.system, term_version = t.version,
						       synced_at = now()
						from unnest(:codes, :systems, :versions) as t(code, system, version) where c.med_list_codg = t.code
						""")
			.param("codes", codes)
			.param("systems", systems)
			.param("versions", versions)
			.update();
	}

	/**
	 * Removes the copies of terminology items that are no longer in its catalogue;
	 * returns how many.
	 */
	int removeTerminologyItemsOtherThan(String[] codes) {
		return jdbc
			.sql("delete from ins_catalogue_item where source = 'TERMINOLOGY' "
					+ "and not (med_list_codg = any (:codes))")
			.param("codes", codes)
			.update();
	}

}
