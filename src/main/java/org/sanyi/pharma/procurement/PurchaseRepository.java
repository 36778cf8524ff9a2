package org.sanyi.pharma.procurement;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code ph_purchase}: purchase lines, written in batches. */
@Repository
class PurchaseRepository {

	private final JdbcTemplate jdbc;

	PurchaseRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A checked line ready to store. */
	record StoredLine(long roundId, long productId, String institutionCode, String institutionRegion, String itemCode,
			boolean winning, java.time.LocalDate date, long quantity, java.math.BigDecimal unitPrice,
			java.math.BigDecimal amount) {
	}

	void insertAll(List<StoredLine> lines) {
		jdbc.batchUpdate("""
				insert into ph_purchase (round_id, product_id, institution_code, institution_region, item_code, winning,
				    purchase_date, quantity, unit_price, amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines, 1000,
				(ps, l) -> {
					ps.setLong(1, l.roundId());
					ps.setLong(2, l.productId());
					ps.setString(3, l.institutionCode());
					ps.setString(4, l.institutionRegion());
					ps.setString(5, l.itemCode());
					ps.setBoolean(6, l.winning());
					ps.setDate(7, Date.valueOf(l.date()));
					ps.setLong(8, l.quantity());
					ps.setBigDecimal(9, l.unitPrice());
					ps.setBigDecimal(10, l.amount());
				});
	}

}
