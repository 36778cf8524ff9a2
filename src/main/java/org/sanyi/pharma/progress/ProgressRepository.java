package org.sanyi.pharma.progress;

import java.time.LocalDate;
import java.util.List;

import org.sanyi.pharma.procurement.ScopeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one aggregate behind 完成进度, savings and 结余留用: agreed volumes (ph_demand) full-joined
 * with the purchases of a period summed per institution and product, in one pass over the
 * round's purchase lines.
 */
@Repository
class ProgressRepository {

	private final JdbcClient jdbc;

	ProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Cell> cells(long roundId, LocalDate from, LocalDate to, ScopeFilter scope) {
		return jdbc
			.sql("""
					with agreed as (
					    select d.product_id, d.institution_code, d.institution_region, d.agreed_volume,
					           d.agreed_volume * p.pre_round_price as agreed_value
					    from ph_demand d join ph_product p on p.id = d.product_id
					    where p.round_id = :round and """ + ScopeFilter.condition("d")
					+ """
							), bought as (
							    select u.product_id, u.institution_code, min(u.institution_region) as institution_region,
							           coalesce(sum(u.quantity) filter (where u.winning), 0) as winning,
							           coalesce(sum(u.quantity) filter (where not u.winning), 0) as non_winning,
							           sum(u.amount) as amount,
							           coalesce(sum(u.amount) filter (where u.winning), 0) as winning_amount,
							           coalesce(sum(u.quantity) filter (where u.winning), 0) * min(p.pre_round_price) as pre_value
							    from ph_purchase u join ph_product p on p.id = u.product_id
							    where u.round_id = :round and u.purchase_date between :from and :to and """
					+ ScopeFilter.condition("u")
					+ """
							    group by u.product_id, u.institution_code
							)
							select coalesce(a.product_id, b.product_id) as product_id,
							       coalesce(a.institution_code, b.institution_code) as institution_code,
							       coalesce(a.institution_region, b.institution_region) as institution_region,
							       coalesce(a.agreed_volume, 0) as agreed, coalesce(b.winning, 0) as winning,
							       coalesce(b.non_winning, 0) as non_winning, coalesce(b.amount, 0) as amount,
							       coalesce(b.winning_amount, 0) as winning_amount, coalesce(b.pre_value, 0) as pre_value,
							       coalesce(a.agreed_value, 0) as agreed_value
							from agreed a full join bought b on a.product_id = b.product_id and a.institution_code = b.institution_code
							order by 2, 1""")
			.param("round", roundId)
			.param("from", from)
			.param("to", to)
			.param("prefix", scope.prefix())
			.param("institution", scope.institution())
			.query((rs, n) -> new Cell(rs.getLong("product_id"), rs.getString("institution_code"),
					rs.getString("institution_region"), rs.getLong("agreed"), rs.getLong("winning"),
					rs.getLong("non_winning"), rs.getBigDecimal("amount"), rs.getBigDecimal("winning_amount"),
					rs.getBigDecimal("pre_value"), rs.getBigDecimal("agreed_value")))
			.list();
	}

	/**
	 * Winning purchases per month of the period (yyyy-mm → minimum units), for the trend
	 * line.
	 */
	List<MonthVolume> months(long roundId, LocalDate from, LocalDate to, ScopeFilter scope) {
		return jdbc
			.sql("""
					select to_char(u.purchase_date, 'YYYY-MM') as month,
					       coalesce(sum(u.quantity) filter (where u.winning), 0) as winning,
					       coalesce(sum(u.quantity) filter (where not u.winning), 0) as non_winning
					from ph_purchase u where u.round_id = :round and u.purchase_date between :from and :to and """
					+ ScopeFilter.condition("u") + " group by 1 order by 1")
			.param("round", roundId)
			.param("from", from)
			.param("to", to)
			.param("prefix", scope.prefix())
			.param("institution", scope.institution())
			.query((rs, n) -> new MonthVolume(rs.getString("month"), rs.getLong("winning"), rs.getLong("non_winning")))
			.list();
	}

	java.util.Optional<LocalDate> lastPurchase(long roundId) {
		return jdbc.sql("select max(purchase_date) from ph_purchase where round_id = :round")
			.param("round", roundId)
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/** Purchases of a month. */
	record MonthVolume(String month, long winning, long nonWinning) {
	}

}
