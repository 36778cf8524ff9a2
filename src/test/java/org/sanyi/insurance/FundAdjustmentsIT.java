package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.FundAdjustments.Adjustment;
import org.sanyi.insurance.FundAdjustments.Kind;
import org.sanyi.insurance.FundAdjustments.NewAdjustment;
import org.sanyi.shared.BusinessException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Adjustments through insurance's API post once per key, balance, name the fund that paid
 * the settlement, are reversed exactly by a compensating posting, and a bad one changes
 * nothing.
 */
@IntegrationTest
class FundAdjustmentsIT {

	static final String HOSPITAL = "H35990000001";

	static final LocalDate DAY = LocalDate.of(2026, 11, 20);

	@Autowired
	FundAdjustments adjustments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReplayedKeyReturnsTheSameEntryAndPostsNothing() {
		String setl = settlementOf(HOSPITAL);
		String key = "IT-DED-" + UUID.randomUUID();
		BigDecimal receivable = receivable(HOSPITAL);
		long entries = entries();
		Adjustment first = adjustments.post(deduction(key, setl, "88.80"));
		Adjustment again = adjustments.post(deduction(key, setl, "88.8"));
		assertThat(again).isEqualTo(first);
		assertThat(entries()).isEqualTo(entries + 2);
		assertThat(receivable(HOSPITAL)).isEqualByComparingTo(receivable.subtract(new BigDecimal("88.80")));
		assertThat(balance(first.txnId())).isZero();
		String insutype = jdbc.sql("select insutype || '100' from ins_settlement where setl_id = :s")
			.param("s", setl)
			.query(String.class)
			.single();
		assertThat(first.fundPayType()).isEqualTo(insutype);
		expect(() -> adjustments.post(deduction(key, setl, "88.81")), InsuranceErrors.ADJUSTMENT_KEY_REUSED);
		assertThat(entries()).isEqualTo(entries + 2);
	}

	@Test
	void aReversalBringsTheBalancesBackExactlyAndHappensOnce() {
		String setl = settlementOf(HOSPITAL);
		String key = "IT-DED-" + UUID.randomUUID();
		BigDecimal receivable = receivable(HOSPITAL);
		Adjustment posted = adjustments.post(deduction(key, setl, "1234.56"));
		BigDecimal fund = fund(posted.fundPayType() + ":" + posted.fundRegion());
		Adjustment reversed = adjustments.reverse(key, "复核撤销", "ybj2", DAY.plusDays(5));
		assertThat(reversed.reversed()).isTrue();
		assertThat(reversed.reversedOn()).isEqualTo(DAY.plusDays(5));
		assertThat(receivable(HOSPITAL)).isEqualByComparingTo(receivable);
		assertThat(fund(posted.fundPayType() + ":" + posted.fundRegion()))
			.isEqualByComparingTo(fund.subtract(new BigDecimal("1234.56")));
		long entries = entries();
		assertThat(adjustments.reverse(key, "again", "ybj2", DAY.plusDays(6))).isEqualTo(reversed);
		assertThat(entries()).isEqualTo(entries);
		assertThat(jdbc.sql("select count(*) from ins_ledger_entry where txn_id in (:a, :b)")
			.param("a", posted.txnId())
			.param("b", reversed.reversalTxnId())
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void aPayoutWithoutSettlementGoesToTheNamedFundOfThePoolingRegion() {
		String key = "IT-PAY-" + UUID.randomUUID();
		BigDecimal receivable = receivable(HOSPITAL);
		Adjustment payout = adjustments.post(new NewAdjustment(key, Kind.PAYOUT, HOSPITAL, null, "310100",
				new BigDecimal("5000"), DAY, "集采结余留用", "ybj"));
		assertThat(payout.fundRegion()).isEqualTo("359900");
		assertThat(payout.amount()).isEqualTo(new BigDecimal("5000.00"));
		assertThat(receivable(HOSPITAL)).isEqualByComparingTo(receivable.add(new BigDecimal("5000.00")));
		assertThat(
				jdbc.sql("select count(*) from sec_audit_log where resource = 'insurance:adjustment' and target = :k")
					.param("k", key)
					.query(Integer.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void badAdjustmentsAreRefusedNamingTheProblemAndChangeNothing() {
		long entries = entries();
		String setl = settlementOf(HOSPITAL);
		String other = jdbc.sql("select fixmedins_code from ins_settlement where fixmedins_code <> :h limit 1")
			.param("h", HOSPITAL)
			.query(String.class)
			.single();
		expect(() -> adjustments.post(deduction("IT-" + UUID.randomUUID(), setl, "0.00")),
				InsuranceErrors.ADJUSTMENT_INVALID);
		expect(() -> adjustments.post(deduction("IT-" + UUID.randomUUID(), setl, "1.234")),
				InsuranceErrors.ADJUSTMENT_INVALID);
		expect(() -> adjustments.post(deduction(" ", setl, "1.00")), InsuranceErrors.ADJUSTMENT_INVALID);
		expect(() -> adjustments.post(new NewAdjustment("IT-" + UUID.randomUUID(), Kind.DEDUCTION, other, setl, null,
				BigDecimal.ONE, DAY, "x", "ybj")), InsuranceErrors.ADJUSTMENT_SETTLEMENT);
		expect(() -> adjustments.post(new NewAdjustment("IT-" + UUID.randomUUID(), Kind.DEDUCTION, "H00000000000", null,
				"310100", BigDecimal.ONE, DAY, "x", "ybj")), InsuranceErrors.ADJUSTMENT_INSTITUTION_UNKNOWN);
		expect(() -> adjustments.post(new NewAdjustment("IT-" + UUID.randomUUID(), Kind.PAYOUT, HOSPITAL, null,
				"390200", BigDecimal.ONE, DAY, "x", "ybj")), InsuranceErrors.ADJUSTMENT_INVALID);
		expect(() -> adjustments.reverse("IT-none", "x", "ybj", DAY), InsuranceErrors.ADJUSTMENT_NOT_FOUND);
		assertThat(entries()).isEqualTo(entries);
	}

	private NewAdjustment deduction(String key, String setl, String amount) {
		return new NewAdjustment(key, Kind.DEDUCTION, HOSPITAL, setl, null, new BigDecimal(amount), DAY, "基金监管扣款",
				"ybj");
	}

	private String settlementOf(String institution) {
		return jdbc.sql("""
				select setl_id from ins_settlement where fixmedins_code = :h and status = 'SETTLED'
				order by setl_id limit 1""").param("h", institution).query(String.class).single();
	}

	private BigDecimal receivable(String institution) {
		return jdbc
			.sql("select coalesce(sum(amount), 0) from ins_ledger_entry where account_kind = 'RECEIVABLE' "
					+ "and account_key = :k")
			.param("k", institution)
			.query(BigDecimal.class)
			.single();
	}

	private BigDecimal fund(String key) {
		return jdbc
			.sql("select coalesce(sum(amount), 0) from ins_ledger_entry where account_kind = 'FUND' "
					+ "and account_key = :k")
			.param("k", key)
			.query(BigDecimal.class)
			.single();
	}

	private BigDecimal balance(String txnId) {
		return jdbc.sql("select sum(amount) from ins_ledger_entry where txn_id = :t")
			.param("t", txnId)
			.query(BigDecimal.class)
			.single();
	}

	private long entries() {
		return jdbc.sql("select count(*) from ins_ledger_entry").query(Long.class).single();
	}

	private static void expect(Runnable action, InsuranceErrors error) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(error));
	}

}
