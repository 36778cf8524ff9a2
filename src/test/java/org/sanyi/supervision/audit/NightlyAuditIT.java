package org.sanyi.supervision.audit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly batch audits every region with rules from the start of the year to
 * yesterday, and a second night with the same rules raises nothing new.
 */
@IntegrationTest
class NightlyAuditIT {

	@Autowired
	NightlyAudit nightly;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNightlyRunAuditsEachRegionWithRulesAndIsIdempotentPerRulesVersion() {
		LocalDate today = LocalDate.of(2026, 10, 15);
		List<BatchAudit.Outcome> first = nightly.run(today);
		assertThat(first).isNotEmpty();
		assertThat(jdbc.sql("""
				select count(*) from sup_audit_run where started_by = 'system' and period_from = :f and period_to = :t
				and region_code = '359900' and finished_at is not null""")
			.param("f", LocalDate.of(2026, 1, 1))
			.param("t", LocalDate.of(2026, 10, 14))
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(1);
		int suspicions = jdbc.sql("select count(*) from sup_suspicion").query(Integer.class).single();
		List<BatchAudit.Outcome> second = nightly.run(today);
		assertThat(second).extracting(BatchAudit.Outcome::created).containsOnly(0);
		assertThat(second).extracting(BatchAudit.Outcome::claims)
			.containsExactlyElementsOf(first.stream().map(BatchAudit.Outcome::claims).toList());
		assertThat(jdbc.sql("select count(*) from sup_suspicion").query(Integer.class).single()).isEqualTo(suspicions);
	}

}
