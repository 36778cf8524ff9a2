package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.insurance.reconciliation.ReconciliationService;
import org.sanyi.insurance.reconciliation.ReconciliationService.Run;
import org.sanyi.insurance.settlement.SettlementService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger is append-only and balanced, the reconciliation finds nothing wrong with the
 * demo year and the gateway tests, and finds each kind of damage when it is there;
 * settlements and reversals publish their events.
 */
@IntegrationTest
@RecordApplicationEvents
class LedgerReconciliationIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReconciliationService reconciliation;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	SettlementService settlements;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEvents events;

	@Test
	void theDemoYearIsSettledAndEveryInvariantHolds() {
		assertThat(count("select count(*) from ins_settlement where msgid like 'DEMO%'")).isGreaterThan(300);
		assertThat(count("select count(distinct policy_code) from ins_settlement where msgid like 'DEMO%'"))
			.isGreaterThanOrEqualTo(4);
		assertThat(count("select count(*) from ins_settlement where msgid like 'DEMO%' and clr_type = '21'"))
			.isPositive();
		assertThat(count("select count(*) from ins_clearing")).isPositive();

		Run run = reconciliation.run("MANUAL", "test");

		assertThat(run.details()).isEmpty();
		assertThat(run.ok()).isTrue();
		assertThat(run.settlements()).isPositive();
		assertThat(reconciliation.find(run.id()).orElseThrow().ok()).isTrue();
	}

	@Test
	void ledgerEntriesCannotBeChangedOrDeletedByTheApplication() {
		// the application's role holds no UPDATE or DELETE (insurance V8); the triggers
		// stop everybody else
		assertThatThrownBy(() -> jdbc
			.sql("update ins_ledger_entry set amount = 0 where id = (select min(id) from " + "ins_ledger_entry)")
			.update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(
				() -> jdbc.sql("delete from ins_ledger_entry where id = (select min(id) from ins_ledger_entry)")
					.update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void theReconciliationFindsAnUnbalancedPostingATamperedBalanceAndTamperedTotals() {
		String psnNo = jdbc.sql("select psn_no from ins_personal_account order by psn_no limit 1")
			.query(String.class)
			.single();
		String accumulator = jdbc.sql("select psn_no from ins_accumulator where totals <> '{}' order by psn_no limit 1")
			.query(String.class)
			.single();
		Run damaged = new TransactionTemplate(transactions).execute(status -> {
			jdbc.sql("insert into ins_ledger_entry (txn_id, txn_kind, account_kind, account_key, region, amount, "
					+ "posting_date) values ('BROKEN-1', 'SETTLEMENT', 'FUND', '390100:359900', '359900', 1, current_date)")
				.update();
			jdbc.sql("update ins_personal_account set balance = balance + 1 where psn_no = :p")
				.param("p", psnNo)
				.update();
			jdbc.sql("update ins_accumulator set totals = totals || '{\"admissions\": 99}' where psn_no = :p")
				.param("p", accumulator)
				.update();
			Run run = reconciliation.run("MANUAL", "test");
			status.setRollbackOnly();
			return run;
		});
		assertThat(damaged.ok()).isFalse();
		assertThat(damaged.details()).extracting(ReconciliationService.Problem::check)
			.contains("LEDGER_UNBALANCED", "LEDGER_TOTAL", "ACCOUNTS", "ACCUMULATORS");
		assertThat(damaged.details()).anySatisfy(p -> assertThat(p.key()).isEqualTo(psnNo));
	}

	@Test
	void settlingPublishesSettlementCompletedAndReversingPublishesSettlementReversedWithWhatDownstreamNeeds() {
		NewPerson person = GatewayFixtures.employee("2000.00");
		admin.enrol(List.of(person));
		LocalDateTime begin = LocalDateTime.now().minusDays(6).withHour(9);
		var result = admin.settleRecorded(
				List.of(new RecordedVisit(GatewayFixtures.COUNTY_HOSPITAL, person.psnNo(), "310", "21", begin,
						begin.plusDays(5), List.of(new Diagnosis("K80.200", "胆囊结石"), new Diagnosis("I10.x00", "高血压")),
						List.of(new RecordedLine("330600001", BigDecimal.ONE, new BigDecimal("3800")),
								new RecordedLine("110900001", new BigDecimal("5"), new BigDecimal("45"))),
						true)));
		assertThat(result.settled()).isEqualTo(1);

		SettlementCompleted completed = events.stream(SettlementCompleted.class)
			.filter(e -> e.personId().equals(person.psnNo()))
			.findFirst()
			.orElseThrow();
		assertThat(completed.institutionCode()).isEqualTo(GatewayFixtures.COUNTY_HOSPITAL);
		assertThat(completed.diagnosisCodes()).containsExactly("K80.200", "I10.x00");
		assertThat(completed.medType()).isEqualTo("21");
		assertThat(completed.medicalFees()).isEqualByComparingTo("4025.00");
		assertThat(completed.fundPayments()).containsKey("310100");
		assertThat(completed.crossRegion()).isFalse();

		SettlementReversed reversed = new TransactionTemplate(transactions).execute(status -> {
			settlements.reverse(GatewayFixtures.COUNTY_HOSPITAL, completed.settlementId(), null, null, null, "2305");
			return events.stream(SettlementReversed.class)
				.filter(e -> e.settlementId().equals(completed.settlementId()))
				.findFirst()
				.orElseThrow();
		});
		assertThat(reversed.fundTotal()).isEqualByComparingTo(completed.fundTotal());
		assertThat(reversed.diagnosisCodes()).containsExactly("K80.200", "I10.x00");
		assertThat(jdbc.sql("select totals::text from ins_accumulator where psn_no = :p")
			.param("p", person.psnNo())
			.query(String.class)
			.single()).isEqualTo("{}");
		assertThat(reconciliation.run("MANUAL", "test").ok()).isTrue();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
