package org.sanyi.pharma.procurement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanyi.pharma.PharmaAdmin.Kind;
import org.sanyi.pharma.PharmaAdmin.Level;
import org.sanyi.pharma.PharmaAdmin.NewBid;
import org.sanyi.pharma.PharmaAdmin.NewProduct;
import org.sanyi.pharma.PharmaAdmin.NewRound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code ph_round}, {@code ph_product}, {@code ph_bid} and {@code ph_product_item}. */
@Repository
public class RoundRepository {

	private final JdbcClient jdbc;

	RoundRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from ph_round)").query(Boolean.class).single();
	}

	boolean codeExists(String code) {
		return jdbc.sql("select exists (select 1 from ph_round where code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	long insert(NewRound r, String by) {
		return jdbc
			.sql("""
					insert into ph_round (code, name, level, kind, batch_no, region_code, start_date, cycle_months,
					    agreed_ratio, few_winners_ratio, demand_floor, alert_gap, insurance_share, retention_ratio, created_by)
					values (:code, :name, :level, :kind, :batch, :region, :start, :months, :agreed, :few, :floor, :gap,
					    :share, :ratio, :by) returning id""")
			.param("code", r.code())
			.param("name", r.name())
			.param("level", r.level().name())
			.param("kind", r.kind().name())
			.param("batch", r.batchNo())
			.param("region", r.regionCode())
			.param("start", r.startDate())
			.param("months", r.cycleMonths())
			.param("agreed", r.agreedRatio())
			.param("few", r.fewWinnersRatio())
			.param("floor", r.demandFloor())
			.param("gap", r.alertGap())
			.param("share", r.insuranceShare())
			.param("ratio", r.retentionRatio())
			.param("by", by)
			.query(Long.class)
			.single();
	}

	List<RoundRow> all() {
		return jdbc.sql("select * from ph_round order by start_date desc, id").query(RoundRepository::round).list();
	}

	Optional<RoundRow> find(long id) {
		return jdbc.sql("select * from ph_round where id = :id")
			.param("id", id)
			.query(RoundRepository::round)
			.optional();
	}

	boolean productExists(long roundId, NewProduct p) {
		return jdbc.sql("""
				select exists (select 1 from ph_product where round_id = :round and generic_name = :g
				    and dosage_form = :f and specification = :s)""")
			.param("round", roundId)
			.param("g", p.genericName())
			.param("f", p.dosageForm())
			.param("s", p.specification())
			.query(Boolean.class)
			.single();
	}

	long insertProduct(long roundId, NewProduct p) {
		return jdbc.sql("""
				insert into ph_product (round_id, generic_name, dosage_form, specification, comparable_unit,
				    pre_round_price) values (:round, :g, :f, :s, :u, :price) returning id""")
			.param("round", roundId)
			.param("g", p.genericName())
			.param("f", p.dosageForm())
			.param("s", p.specification())
			.param("u", p.comparableUnit())
			.param("price", p.preRoundPrice())
			.query(Long.class)
			.single();
	}

	/** The product an item already belongs to in the round, if any. */
	Optional<Long> productOfItem(long roundId, String itemCode) {
		return jdbc.sql("select product_id from ph_product_item where round_id = :round and item_code = :code")
			.param("round", roundId)
			.param("code", itemCode)
			.query(Long.class)
			.optional();
	}

	void insertItem(long roundId, String itemCode, long productId, Long bidId) {
		jdbc.sql(
				"""
						insert into ph_product_item (round_id, item_code, product_id, bid_id) values (:round, :code, :product, :bid)
						on conflict (round_id, item_code) do update set bid_id = excluded.bid_id
						where ph_product_item.product_id = excluded.product_id""")
			.param("round", roundId)
			.param("code", itemCode)
			.param("product", productId)
			.param("bid", bidId)
			.update();
	}

	long insertBid(NewBid b, String by) {
		return jdbc
			.sql("""
					insert into ph_bid (product_id, enterprise, item_code, winning_price, rise_flagged, rise_reason,
					    supply_regions, created_by) values (:product, :enterprise, :code, :price, :flag, :reason, :regions, :by)
					returning id""")
			.param("product", b.productId())
			.param("enterprise", b.enterprise())
			.param("code", b.itemCode())
			.param("price", b.winningPrice())
			.param("flag", b.riseFlagged())
			.param("reason", b.riseReason())
			.param("regions", b.supplyRegions())
			.param("by", by)
			.query(Long.class)
			.single();
	}

	List<ProductRow> products(long roundId) {
		return jdbc.sql("""
				select p.*, (select count(*) from ph_bid b where b.product_id = p.id) as winners,
				       (select min(b.winning_price) from ph_bid b where b.product_id = p.id) as lowest
				from ph_product p where p.round_id = :round order by p.id""")
			.param("round", roundId)
			.query(RoundRepository::product)
			.list();
	}

	Optional<ProductRow> product(long roundId, long productId) {
		return products(roundId).stream().filter(p -> p.id() == productId).findFirst();
	}

	List<BidRow> bids(long roundId) {
		return jdbc.sql("""
				select b.*, p.pre_round_price from ph_bid b join ph_product p on p.id = b.product_id
				where p.round_id = :round order by b.product_id, b.winning_price, b.id""")
			.param("round", roundId)
			.query((rs, n) -> {
				BigDecimal pre = rs.getBigDecimal("pre_round_price");
				BigDecimal price = rs.getBigDecimal("winning_price");
				return new BidRow(rs.getLong("id"), rs.getLong("product_id"), rs.getString("enterprise"),
						rs.getString("item_code"), price, org.sanyi.pharma.engine.ProcurementRules.priceCut(pre, price),
						rs.getBoolean("rise_flagged"), rs.getString("rise_reason"), rs.getString("supply_regions"));
			})
			.list();
	}

	/**
	 * Item code → (product, winning) for every item of the round, for checking purchase
	 * lines.
	 */
	List<RoundItem> items(long roundId) {
		return jdbc.sql(
				"select item_code, product_id, bid_id is not null as winning from ph_product_item where round_id = :round")
			.param("round", roundId)
			.query((rs, n) -> new RoundItem(rs.getString("item_code"), rs.getLong("product_id"),
					rs.getBoolean("winning")))
			.list();
	}

	/** An item of a round: the product it counts for and whether it won. */
	public record RoundItem(String itemCode, long productId, boolean winning) {
	}

	static RoundRow round(ResultSet rs, int n) throws SQLException {
		return new RoundRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				Level.valueOf(rs.getString("level")), Kind.valueOf(rs.getString("kind")), rs.getString("batch_no"),
				rs.getString("region_code"), rs.getObject("start_date", LocalDate.class), rs.getInt("cycle_months"),
				rs.getBigDecimal("agreed_ratio"), rs.getBigDecimal("few_winners_ratio"),
				rs.getBigDecimal("demand_floor"), rs.getBigDecimal("alert_gap"), rs.getBigDecimal("insurance_share"),
				rs.getBigDecimal("retention_ratio"), rs.getString("created_by"));
	}

	static ProductRow product(ResultSet rs, int n) throws SQLException {
		return new ProductRow(rs.getLong("id"), rs.getLong("round_id"), rs.getString("generic_name"),
				rs.getString("dosage_form"), rs.getString("specification"), rs.getString("comparable_unit"),
				rs.getBigDecimal("pre_round_price"), rs.getInt("winners"), rs.getBigDecimal("lowest"));
	}

}
