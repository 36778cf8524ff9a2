package org.sanyi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;
import org.sanyi.supervision.audit.BatchAudit;
import org.sanyi.supervision.audit.SuspicionRow;
import org.sanyi.supervision.audit.SuspicionService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo year's batch audit after settlement and the case of a suspicion: the planted
 * violations are found, auditing the period again with the same rules version adds
 * nothing, and a suspicion goes from the hospital's answer to the bureau's decision with
 * every wrong step refused.
 */
@IntegrationTest
class SupervisionCasesIT {

	static final String HOSPITAL = "H35990000001";

	static final DataScope OWN = DataScope.institution(HOSPITAL, "359900");

	@Autowired
	BatchAudit batch;

	@Autowired
	SuspicionService suspicions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoYearsAuditFoundThePlantedViolations() {
		Map<String, Integer> byKind = new java.util.HashMap<>();
		jdbc.sql("select kind, count(*) as n from sup_suspicion group by kind").query(rs -> {
			byKind.put(rs.getString("kind"), rs.getInt("n"));
		});
		// planted: a readmission for every 50th stay, and at least three cases of each
		// single-visit kind (超量开药: 90 days of a drug limited to 30 at a general visit)
		assertThat(byKind.getOrDefault("SPLIT_ADMISSION", 0)).isPositive();
		for (String kind : List.of("SEX", "DUPLICATE", "LEVEL", "EXCLUSIVE", "BUNDLE_DUPLICATE", "DAYS_SUPPLIED")) {
			assertThat(byKind.getOrDefault(kind, 0)).as(kind).isGreaterThanOrEqualTo(3);
		}
		// 挂床住院: eight middle days of bed, nursing and ward round only, at a level-2
		// hospital, each stay's finding naming its ward doctor
		assertThat(jdbc.sql("""
				select count(*) from sup_suspicion where kind = 'BED_HOLDING' and doctor <> '' and amount = 640.00""")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(3);
		// 一个手机号关联多人 flags a person once, though the demo audited the year in two
		// halves and the ring members have visits in both
		assertThat(byKind.getOrDefault("SHARED_PHONE", 0)).isPositive();
		assertThat(jdbc.sql("""
				select count(*) from (select psn_no from sup_suspicion where kind = 'SHARED_PHONE'
				group by psn_no having count(*) > 1) twice""").query(Integer.class).single()).isZero();
		// 超量购药: a month's metformin bought again ten and twenty and thirty days later
		assertThat(jdbc.sql("""
				select count(*) from sup_suspicion where kind = 'OVER_PURCHASE' and item_code = 'XA10BAA001'
				and fixmedins_code = :h""").param("h", HOSPITAL).query(Integer.class).single())
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("""
				select count(*) from sup_suspicion where kind = 'SEX' and item_code = '311201002'
				and fixmedins_code = :h and result_type = 'DEFINITE' and amount = 20.00""")
			.param("h", HOSPITAL)
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void auditingThePeriodAgainWithTheSameRulesAddsNothing() {
		int before = count();
		// what runs of the same period found (the demo's first audit; the nightly run
		// audits
		// other periods)
		int samePeriod = jdbc.sql("""
				select count(*) from sup_suspicion s join sup_audit_run r on r.id = s.run_id
				where r.period_from = '2025-11-01' and r.period_to = '2026-04-30'""").query(Integer.class).single();
		BatchAudit.Outcome again = batch.run("359900", LocalDate.of(2025, 11, 1), LocalDate.of(2026, 4, 30), "tester",
				LocalDate.of(2026, 11, 5));
		assertThat(again.created()).isZero();
		assertThat(again.suspicions()).isGreaterThanOrEqualTo(samePeriod).isPositive();
		assertThat(again.claims()).isPositive();
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anOnDemandRunMayBeNarrowedToChosenRules() {
		LocalDate from = LocalDate.of(2025, 11, 1);
		LocalDate to = LocalDate.of(2026, 4, 30);
		int bedHolding = jdbc.sql("""
				select count(*) from sup_suspicion where rule_id = 'JG018' and setl_date between :f and :t""")
			.param("f", from)
			.param("t", to)
			.query(Integer.class)
			.single();
		assertThat(bedHolding).isPositive();
		BatchAudit.Outcome narrowed = batch.run("359900", from, to, java.util.Set.of("JG018"), "ybj",
				LocalDate.of(2026, 11, 5));
		// only 挂床住院 ran: its hits are the ones filed before, nothing new
		assertThat(narrowed.suspicions()).isEqualTo(bedHolding);
		assertThat(narrowed.created()).isZero();
		assertThat(jdbc.sql("select rule_ids from sup_audit_run where id = :id")
			.param("id", narrowed.runId())
			.query(String.class)
			.single()).isEqualTo("JG018");
		int runs = count("sup_audit_run");
		assertThatThrownBy(() -> batch.run("359900", from, to, java.util.Set.of("JG018", "JG999"), "ybj",
				LocalDate.of(2026, 11, 5)))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(SupervisionErrors.INVALID_FIELD);
				assertThat(ex.args()).containsExactly("rules", "JG999");
			});
		assertThat(count("sup_audit_run")).isEqualTo(runs);
	}

	@Test
	void aFindingFiledUnderAnotherRulesVersionIsNotFiledAgain() {
		// one settlement's findings as an earlier rule book filed them (editing one rule
		// makes a new version of the whole book)
		String setl = jdbc.sql("""
				select s.setl_id from sup_suspicion s join sup_audit_run r on r.id = s.run_id
				where r.period_from = '2025-11-01' and r.period_to = '2026-04-30' order by s.id limit 1""")
			.query(String.class)
			.single();
		long current = jdbc.sql("select max(rules_version) from sup_suspicion where setl_id = :s")
			.param("s", setl)
			.query(Long.class)
			.single();
		long earlier = jdbc.sql("select min(id) from sup_version where id <> :v")
			.param("v", current)
			.query(Long.class)
			.single();
		jdbc.sql("update sup_suspicion set rules_version = :e where setl_id = :s and rules_version = :v")
			.param("e", earlier)
			.param("s", setl)
			.param("v", current)
			.update();
		int before = count();
		try {
			BatchAudit.Outcome again = batch.run("359900", LocalDate.of(2025, 11, 1), LocalDate.of(2026, 4, 30),
					"tester", LocalDate.of(2026, 11, 5));
			assertThat(again.created()).isZero();
			assertThat(count()).isEqualTo(before);
		}
		finally {
			jdbc.sql("update sup_suspicion set rules_version = :v where setl_id = :s and rules_version = :e")
				.param("e", earlier)
				.param("s", setl)
				.param("v", current)
				.update();
		}
	}

	@Test
	void aSuspicionGoesFromTheHospitalsAnswerToTheBureausDecision() {
		SuspicionRow open = suspicions.page(OWN, "", "OPEN", "", PageQuery.of(1, 50))
			.rows()
			.stream()
			.filter(s -> s.answerDeadline().isAfter(LocalDate.of(2026, 11, 10)))
			.findFirst()
			.orElseThrow();
		LocalDate today = open.answerDeadline().minusDays(1);
		long id = open.id();
		DataScope other = DataScope.institution("H35992100001", "359921");
		expect(() -> suspicions.answer(id, true, "", "doctor", other, today), SupervisionErrors.SUSPICION_NOT_FOUND);
		expect(() -> suspicions.answer(id, true, "", "ybb", OWN, open.answerDeadline().plusDays(1)),
				SupervisionErrors.ANSWER_TOO_LATE);
		expect(() -> suspicions.answer(id, false, " ", "ybb", OWN, today), SupervisionErrors.APPEAL_REASON_REQUIRED);
		DataScope bureau = DataScope.region("359900");
		expect(() -> suspicions.decide(id, true, null, "", "ybj", bureau, today), SupervisionErrors.SUSPICION_STATE);

		suspicions.answer(id, false, "有完整医嘱与执行记录", "ybb", OWN, today);
		expect(() -> suspicions.answer(id, true, "", "ybb", OWN, today), SupervisionErrors.SUSPICION_STATE);
		expect(() -> suspicions.decide(id, true, open.amount().add(BigDecimal.ONE), "", "ybj", bureau, today),
				SupervisionErrors.INVALID_FIELD);
		BigDecimal part = open.amount()
			.divide(BigDecimal.TWO, 2, java.math.RoundingMode.DOWN)
			.max(new BigDecimal("0.01"));
		suspicions.decide(id, true, part, "部分认定", "ybj", bureau, today);
		SuspicionRow decided = suspicions.get(id, bureau);
		assertThat(decided.status().name()).isEqualTo("UPHELD");
		assertThat(decided.upheldAmount()).isEqualByComparingTo(part);
		assertThat(decided.answerNote()).isEqualTo("有完整医嘱与执行记录");
		expect(() -> suspicions.decide(id, false, null, "", "ybj", bureau, today), SupervisionErrors.SUSPICION_STATE);
	}

	private int count() {
		return count("sup_suspicion");
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private static void expect(Runnable action, SupervisionErrors error) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(error));
	}

}
