package org.sanyi.pharma.dualchannel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the 双通道 list, its pharmacies and their stock. */
@Repository
class DualChannelRepository {

	private final JdbcClient jdbc;

	DualChannelRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void listDrug(DualChannel.Drug d, String by) {
		jdbc.sql("""
				insert into ph_dual_channel_drug (region_code, item_code, name, listed_from, listed_to, created_by)
				values (:region, :code, :name, :from, :to, :by)
				on conflict (region_code, item_code) do update set name = excluded.name,
				    listed_from = excluded.listed_from, listed_to = excluded.listed_to""")
			.param("region", d.regionCode())
			.param("code", d.itemCode())
			.param("name", d.name())
			.param("from", d.listedFrom())
			.param("to", d.listedTo())
			.param("by", by)
			.update();
	}

	List<DualChannel.Drug> drugs() {
		return jdbc.sql("select * from ph_dual_channel_drug order by region_code, name, item_code")
			.query((rs, n) -> new DualChannel.Drug(rs.getString("region_code"), rs.getString("item_code"),
					rs.getString("name"), rs.getObject("listed_from", LocalDate.class),
					rs.getObject("listed_to", LocalDate.class)))
			.list();
	}

	void designate(DualChannel.Pharmacy p, String by) {
		jdbc.sql("""
				insert into ph_dual_channel_pharmacy (pharmacy_code, pharmacy_region, name, designated_from, created_by)
				values (:code, :region, :name, :from, :by) on conflict (pharmacy_code) do nothing""")
			.param("code", p.code())
			.param("region", p.regionCode())
			.param("name", p.name())
			.param("from", p.designatedFrom())
			.param("by", by)
			.update();
	}

	Optional<DualChannel.Pharmacy> pharmacy(String code) {
		return jdbc.sql("select * from ph_dual_channel_pharmacy where pharmacy_code = :c")
			.param("c", code)
			.query(DualChannelRepository::pharmacy)
			.optional();
	}

	List<DualChannel.Pharmacy> pharmacies(String prefix, String institution) {
		return jdbc.sql("""
				select * from ph_dual_channel_pharmacy
				where (:prefix = '' or pharmacy_region like :prefix || '%') and (:inst = '' or pharmacy_code = :inst)
				order by pharmacy_region, pharmacy_code""")
			.param("prefix", prefix)
			.param("inst", institution)
			.query(DualChannelRepository::pharmacy)
			.list();
	}

	void setStock(String pharmacy, String item, BigDecimal quantity) {
		jdbc.sql(
				"""
						insert into ph_pharmacy_stock (pharmacy_code, item_code, quantity) values (:ph, :item, :qty)
						on conflict (pharmacy_code, item_code) do update set quantity = excluded.quantity, updated_at = now()""")
			.param("ph", pharmacy)
			.param("item", item)
			.param("qty", quantity)
			.update();
	}

	/** Takes a quantity out of stock when there is enough; false otherwise. */
	boolean take(String pharmacy, String item, BigDecimal quantity) {
		return jdbc.sql("""
				update ph_pharmacy_stock set quantity = quantity - :qty, updated_at = now()
				where pharmacy_code = :ph and item_code = :item and quantity >= :qty""")
			.param("ph", pharmacy)
			.param("item", item)
			.param("qty", quantity)
			.update() == 1;
	}

	BigDecimal stockOf(String pharmacy, String item) {
		return jdbc.sql("select quantity from ph_pharmacy_stock where pharmacy_code = :ph and item_code = :item")
			.param("ph", pharmacy)
			.param("item", item)
			.query(BigDecimal.class)
			.optional()
			.orElse(BigDecimal.ZERO);
	}

	List<DualChannel.Stock> stock(String prefix, String institution) {
		return jdbc
			.sql("""
					select s.pharmacy_code, s.item_code, s.quantity, s.updated_at, p.name as pharmacy
					from ph_pharmacy_stock s join ph_dual_channel_pharmacy p on p.pharmacy_code = s.pharmacy_code
					where (:prefix = '' or p.pharmacy_region like :prefix || '%') and (:inst = '' or p.pharmacy_code = :inst)
					order by p.pharmacy_region, s.pharmacy_code, s.item_code""")
			.param("prefix", prefix)
			.param("inst", institution)
			.query((rs, n) -> new DualChannel.Stock(rs.getString("pharmacy_code"), rs.getString("pharmacy"),
					rs.getString("item_code"), rs.getBigDecimal("quantity")))
			.list();
	}

	private static DualChannel.Pharmacy pharmacy(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DualChannel.Pharmacy(rs.getString("pharmacy_code"), rs.getString("pharmacy_region"),
				rs.getString("name"), rs.getObject("designated_from", LocalDate.class));
	}

}
