package org.sanyi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.SettledClaims;
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

	@Autowired
	SettledClaims settled;

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

	@Test
	void twoRulesOnOneLineNeverDeductMoreThanTheLineCost() {
		SuspicionRow first = open(s -> !s.lineId().isEmpty(), 0);
		LocalDate today = first.answerDeadline().plusDays(1);
		BigDecimal lineFee = settled.find(first.setlId())
			.orElseThrow()
			.lines()
			.stream()
			.filter(l -> l.lineId().equals(first.lineId()))
			.map(SettledClaims.Line::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// a second rule questions the whole line (a duplicate charge on a line priced
		// over the standard, say), in a run of its own (other tests count what the demo's
		// runs found), told in the first one's notice (SupervisionBatchesIT finds every
		// finding in a notice, and a later batch run sends nothing new, whichever runs
		// first)
		long run = jdbc.sql("""
				insert into sup_audit_run (region_code, period_from, period_to, rules_version, started_by)
				values ('359900', '2026-12-01', '2026-12-01', :v, 'test') returning id""")
			.param("v", first.rulesVersion())
			.query(Long.class)
			.single();
		long second = jdbc.sql("""
				insert into sup_suspicion (run_id, rules_version, setl_id, mdtrt_id, psn_no, fixmedins_code,
				    fixmedins_region, doctor, setl_date, rule_id, rule_name, kind, result_type, severity, line_id,
				    item_code, reason_key, reason_args, amount, status, answer_deadline, batch_id)
				select :run, rules_version, setl_id, mdtrt_id, psn_no, fixmedins_code, fixmedins_region, doctor,
				    setl_date, 'JG-T2', '第二条规则', kind, result_type, severity, line_id, item_code, reason_key,
				    reason_args, :fee, 'OPEN', answer_deadline, batch_id
				from sup_suspicion where id = :id returning id""")
			.param("run", run)
			.param("fee", lineFee)
			.param("id", first.id())
			.query(Long.class)
			.single();
		BigDecimal receivable = receivable();
		suspicions.decide(first.id(), true, null, "", "ybj", BUREAU, today);
		assertThat(receivable()).isEqualByComparingTo(receivable.subtract(first.amount()));

		// the whole line again would deduct it twice over: refused, nothing posted
		expect(() -> suspicions.decide(second, true, null, "", "ybj", BUREAU, today),
				SupervisionErrors.DEDUCTION_OVER_FEE);
		assertThat(suspicions.get(second, BUREAU).status().name()).isEqualTo("OPEN");
		assertThat(receivable()).isEqualByComparingTo(receivable.subtract(first.amount()));
		// what the line has left can be upheld, to the fen
		BigDecimal left = lineFee.subtract(first.amount()).max(BigDecimal.ZERO);
		if (left.signum() > 0) {
			suspicions.decide(second, true, left, "", "ybj", BUREAU, today);
			assertThat(receivable()).isEqualByComparingTo(receivable.subtract(lineFee));
		}
		// once the first is reversed on re-review, its amount is free again
		suspicions.reverse(first.id(), "复核不成立", "ybj2", BUREAU, today);
		assertThat(receivable()).isEqualByComparingTo(receivable.subtract(left));
	}

	@Test
	void aSettlementReversedSinceTheAuditHasNothingToDeduct() {
		SuspicionRow row = open(s -> true, 1);
		LocalDate today = row.answerDeadline().plusDays(1);
		BigDecimal receivable = receivable();
		jdbc.sql("update ins_settlement set status = 'REVERSED' where setl_id = :s").param("s", row.setlId()).update();
		try {
			expect(() -> suspicions.decide(row.id(), true, null, "", "ybj", BUREAU, today),
					SupervisionErrors.SETTLEMENT_NOT_IN_FORCE);
			assertThat(receivable()).isEqualByComparingTo(receivable);
			// dismissing it still works
			suspicions.decide(row.id(), false, null, "结算已冲销", "ybj", BUREAU, today);
			assertThat(suspicions.get(row.id(), BUREAU).status().name()).isEqualTo("DISMISSED");
		}
		finally {
			jdbc.sql("update ins_settlement set status = 'SETTLED' where setl_id = :s")
				.param("s", row.setlId())
				.update();
		}
	}

	/**
	 * An open suspicion of the hospital with an amount, on a settlement no other test
	 * touches ({@code nth} apart).
	 */
	private SuspicionRow open(java.util.function.Predicate<SuspicionRow> which, int nth) {
		return suspicions.page(OWN, "", "OPEN", "", PageQuery.of(1, 200))
			.rows()
			.stream()
			.filter(s -> s.amount().signum() > 0 && which.test(s))
			.filter(s -> settled.find(s.setlId()).isPresent())
			.filter(s -> jdbc.sql("select count(*) from sup_suspicion where setl_id = :s and status <> 'OPEN'")
				.param("s", s.setlId())
				.query(Integer.class)
				.single() == 0)
			.skip(nth)
			.findFirst()
			.orElseThrow();
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
