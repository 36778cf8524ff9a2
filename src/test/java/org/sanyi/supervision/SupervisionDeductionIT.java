package org.sanyi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;
import org.sanyi.supervision.audit.SuspicionRow;
import org.sanyi.supervision.audit.SuspicionService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case from the hospital's answer to a deduction in insurance's ledger and, on
 * re-review, its reversal: the upheld amount leaves the institution's receivable once,
 * the reversal brings it back to the fen, and each step publishes
 * {@link DeductionDecided}.
 */
@IntegrationTest
@RecordApplicationEvents
class SupervisionDeductionIT {

	static final String HOSPITAL = "H35990000001";

	static final DataScope OWN = DataScope.institution(HOSPITAL, "359900");

	static final DataScope BUREAU = DataScope.region("359900");

	@Autowired
	SuspicionService suspicions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void anUpheldSuspicionIsDeductedOnceAndAReReviewReversesItExactly() {
		SuspicionRow open = suspicions.page(OWN, "", "OPEN", "", PageQuery.of(1, 200))
			.rows()
			.stream()
			.filter(s -> s.answerDeadline().isAfter(LocalDate.of(2026, 11, 10)) && s.amount().signum() > 0)
			.reduce((a, b) -> b)
			.orElseThrow();
		long id = open.id();
		LocalDate today = open.answerDeadline().minusDays(1);
		BigDecimal receivable = receivable();
		suspicions.answer(id, true, "", "ybb", OWN, today);
		suspicions.decide(id, true, null, "医院已认可", "ybj", BUREAU, today);

		SuspicionRow upheld = suspicions.get(id, BUREAU);
		assertThat(upheld.deductionTxn()).isNotNull();
		assertThat(receivable()).isEqualByComparingTo(receivable.subtract(open.amount()));
		assertThat(entries(upheld.deductionTxn())).isEqualTo(2);
		assertThat(events.stream(DeductionDecided.class).filter(e -> e.suspicionId() == id)).singleElement()
			.satisfies(e -> {
				assertThat(e.reversal()).isFalse();
				assertThat(e.amount()).isEqualByComparingTo(open.amount());
				assertThat(e.ledgerTxn()).isEqualTo(upheld.deductionTxn());
			});
		// deciding again is refused and posts nothing more
		expect(() -> suspicions.decide(id, true, null, "", "ybj", BUREAU, today), SupervisionErrors.SUSPICION_STATE);
		assertThat(receivable()).isEqualByComparingTo(receivable.subtract(open.amount()));

		// the re-review: a reason is required, the hospital cannot reverse it
		expect(() -> suspicions.reverse(id, " ", "ybj2", BUREAU, today), SupervisionErrors.REVERSAL_REASON_REQUIRED);
		expect(() -> suspicions.reverse(id, "x", "ybb", OWN, today), SupervisionErrors.SUSPICION_NOT_FOUND);
		suspicions.reverse(id, "医院补充提交执行记录，复核认定不成立", "ybj2", BUREAU, today.plusDays(2));
		SuspicionRow reversed = suspicions.get(id, BUREAU);
		assertThat(reversed.status().name()).isEqualTo("REVERSED");
		assertThat(reversed.reversalTxn()).isNotNull();
		assertThat(receivable()).isEqualByComparingTo(receivable);
		assertThat(entries(upheld.deductionTxn())).isEqualTo(2);
		assertThat(events.stream(DeductionDecided.class).filter(e -> e.suspicionId() == id && e.reversal()))
			.singleElement()
			.satisfies(e -> assertThat(e.ledgerTxn()).isEqualTo(reversed.reversalTxn()));
		expect(() -> suspicions.reverse(id, "again", "ybj2", BUREAU, today), SupervisionErrors.SUSPICION_STATE);
		assertThat(receivable()).isEqualByComparingTo(receivable);
	}

	@Test
	void theDemoCasesIncludeDeductionsInTheLedgerAndOneReversed() {
		assertThat(jdbc.sql("""
				select count(*) from sup_suspicion s join ins_fund_adjustment a on a.adj_key = s.deduction_key
				where s.status = 'UPHELD' and a.amount = s.upheld_amount and a.reversal_txn_id is null""")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from sup_suspicion s join ins_fund_adjustment a on a.adj_key = s.deduction_key
				where s.status = 'REVERSED' and a.reversal_txn_id = s.reversal_txn""").query(Integer.class).single())
			.isGreaterThanOrEqualTo(1);
	}

	private BigDecimal receivable() {
		return jdbc
			.sql("select coalesce(sum(amount), 0) from ins_ledger_entry where account_kind = 'RECEIVABLE' "
					+ "and account_key = :k")
			.param("k", HOSPITAL)
			.query(BigDecimal.class)
			.single();
	}

	private int entries(String txn) {
		return jdbc.sql("select count(*) from ins_ledger_entry where txn_id = :t")
			.param("t", txn)
			.query(Integer.class)
			.single();
	}

	private static void expect(Runnable action, SupervisionErrors error) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(error));
	}

}
