package org.sanyi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanyi.AwaitEvents;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.security.DataScope;
import org.sanyi.shared.PageQuery;
import org.sanyi.supervision.audit.SuspicionRow;
import org.sanyi.supervision.audit.SuspicionService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What fund supervision reports to monitoring adds up to its own tables: the amount in
 * question of every suspicion the audits filed (on its settlement's date), each flagged
 * settlement once, and what is deducted in force (a deduction on its decision day, its
 * reversal taking it back); the bureau's FUND indicators show them.
 */
@IntegrationTest
class SupervisionFactsIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SuspicionService suspicions;

	@LocalServerPort
	int port;

	@Test
	void theFactsAddUpToTheSuspicionsAndDeductions() {
		// a decision of this test, so that a deduction is counted whatever ran before
		// (an undecided finding on a whole claim, of any institution: the demo closed the
		// first audit's notices)
		SuspicionRow open = suspicions.page(DataScope.region("359900"), "", "", "", PageQuery.of(1, 500))
			.rows()
			.stream()
			.filter(s -> !s.decided() && s.amount().signum() > 0 && s.lineId().isEmpty())
			.findFirst()
			.orElseThrow();
		LocalDate today = open.answerDeadline().plusDays(1);
		suspicions.decide(open.id(), true, null, "", "ybj", DataScope.region("359900"), today);
		AwaitEvents.monitoring(jdbc);

		// filed by the audits (a test may insert a suspicion of its own without them)
		assertThat(facts("supervision.suspicion.amount")).isEqualByComparingTo(jdbc.sql("""
				select coalesce(sum(amount), 0) from sup_suspicion s
				where exists (select 1 from sup_audit_run r where r.id = s.run_id and r.started_by <> 'test')""")
			.query(BigDecimal.class)
			.single());
		assertThat(facts("supervision.suspicion.count")).isEqualByComparingTo(jdbc.sql("""
				select count(*) from sup_suspicion s
				where exists (select 1 from sup_audit_run r where r.id = s.run_id and r.started_by <> 'test')""")
			.query(BigDecimal.class)
			.single());
		assertThat(facts("supervision.flagged.settlements")).isEqualByComparingTo(jdbc.sql("""
				select count(distinct setl_id) from sup_suspicion s
				where exists (select 1 from sup_audit_run r where r.id = s.run_id and r.started_by <> 'test')""")
			.query(BigDecimal.class)
			.single());
		assertThat(facts("supervision.deduction.amount")).isPositive()
			.isEqualByComparingTo(
					jdbc.sql("select coalesce(sum(upheld_amount), 0) from sup_suspicion where status = 'UPHELD'")
						.query(BigDecimal.class)
						.single());
		// on its decision day, by rule
		assertThat(jdbc.sql("""
				select coalesce(sum(value), 0) from mon_fact where element = 'supervision.deduction.amount'
				and institution = :i and day = :d and dims ->> 'rule_id' = :r""")
			.param("i", open.fixmedinsCode())
			.param("d", today)
			.param("r", open.ruleId())
			.query(BigDecimal.class)
			.single()).isGreaterThanOrEqualTo(open.amount());

		String page = HttpSession.loggedIn(port, "ybj", "Sanyi@2026").get("/monitoring/indicators?set=FUND").body();
		assertThat(page).contains("智能审核疑点金额", "违规扣款金额", "疑点结算占比");
	}

	private BigDecimal facts(String element) {
		return jdbc.sql("select coalesce(sum(value), 0) from mon_fact where element = :e")
			.param("e", element)
			.query(BigDecimal.class)
			.single();
	}

}
