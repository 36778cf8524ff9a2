package org.sanyi.insurance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code ins_fund_adjustment}: one row per adjustment key, with its reversal. */
@Repository
class FundAdjustmentRepository {

	private final JdbcClient jdbc;

	FundAdjustmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored adjustment. */
	record AdjustmentRow(long id, String adjKey, String kind, String fixmedinsCode, String fixmedinsName,
			String fixmedinsRegion, String poolingRegion, String fundPayType, String fundRegion, String setlId,
			BigDecimal amount, String reason, String txnId, LocalDate postingDate, String postedBy,
			OffsetDateTime postedAt, String reversalTxnId, LocalDate reversalDate, String reversalReason,
			String reversedBy, OffsetDateTime reversedAt) {
	}

	/** The settlement an adjustment names: its institution, scheme and insured region. */
	record SettlementRef(String institution, String insutype, String insuredRegion) {
	}

	Optional<SettlementRef> settlement(String setlId) {
		return jdbc.sql("select fixmedins_code, insutype, insuplc_admdvs from ins_settlement where setl_id = :s")
			.param("s", setlId)
			.query((rs, i) -> new SettlementRef(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	long nextId() {
		return jdbc.sql("select nextval('ins_fund_adjustment_id_seq')").query(Long.class).single();
	}

	/**
	 * Inserts the row (its id from {@link #nextId()}) unless its key exists; whether it
	 * was inserted.
	 */
	boolean insertIfNew(AdjustmentRow r) {
		return jdbc
			.sql("""
					insert into ins_fund_adjustment (id, adj_key, kind, fixmedins_code, fixmedins_name, fixmedins_region,
					    pooling_region, fund_pay_type, fund_region, setl_id, amount, reason, txn_id, posting_date, posted_by)
					values (:id, :key, :kind, :code, :name, :region, :pooling, :fund, :fundRegion, :setl, :amount, :reason,
					    :txn, :date, :by)
					on conflict (adj_key) do nothing""")
			.param("id", r.id())
			.param("txn", r.txnId())
			.param("key", r.adjKey())
			.param("kind", r.kind())
			.param("code", r.fixmedinsCode())
			.param("name", r.fixmedinsName())
			.param("region", r.fixmedinsRegion())
			.param("pooling", r.poolingRegion())
			.param("fund", r.fundPayType())
			.param("fundRegion", r.fundRegion())
			.param("setl", r.setlId())
			.param("amount", r.amount())
			.param("reason", r.reason())
			.param("date", r.postingDate())
			.param("by", r.postedBy())
			.update() == 1;
	}

	Optional<AdjustmentRow> find(String key) {
		return jdbc.sql("select * from ins_fund_adjustment where adj_key = :k")
			.param("k", key)
			.query(AdjustmentRow.class)
			.optional();
	}

	Optional<AdjustmentRow> findForUpdate(String key) {
		return jdbc.sql("select * from ins_fund_adjustment where adj_key = :k for update")
			.param("k", key)
			.query(AdjustmentRow.class)
			.optional();
	}

	void markReversed(long id, String txnId, LocalDate on, String reason, String by) {
		jdbc.sql("""
				update ins_fund_adjustment set reversal_txn_id = :t, reversal_date = :d, reversal_reason = :r,
				    reversed_by = :by, reversed_at = now() where id = :id and reversal_txn_id is null""")
			.param("t", txnId)
			.param("d", on)
			.param("r", reason)
			.param("by", by)
			.param("id", id)
			.update();
	}

	/**
	 * The latest adjustments under a data scope: a region sees its institutions' and its
	 * funds', an institution its own.
	 */
	List<AdjustmentRow> latest(DataScope scope, int limit) {
		return jdbc.sql("""
				select * from ins_fund_adjustment
				where (:all or fixmedins_region like :prefix || '%' or fund_region like :prefix || '%'
				       or fixmedins_code = :institution)
				order by id desc limit :limit""")
			.param("all", scope.kind() == DataScope.Kind.ALL)
			.param("prefix", scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "~")
			.param("institution", scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : "~")
			.param("limit", limit)
			.query(AdjustmentRow.class)
			.list();
	}

}
