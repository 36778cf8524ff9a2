package org.sanyi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.Registration.Decision;
import org.sanyi.insurance.StatementRecorder;
import org.sanyi.insurance.StatementRecorder.Sent;
import org.sanyi.shared.IdNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What a registration costs the database. Being correct on several nodes adds one lock
 * statement and makes the same-patient-number lookup also bring the node's match index up
 * to date; this test fails when the path gains a statement.
 */
@IntegrationTest
class RegistrationStatementCountIT {

	@Autowired
	ResidentIndex index;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aLinkingRegistrationSendsOneLockAndOneCatchUpQueryBeforeItsWrites() {
		String first17 = "359921" + "19830214" + "517";
		String idNumber = first17 + IdNumber.checkCharacter(first17);
		PatientRegistration atCounty = new PatientRegistration("RSC-1", "郭振宇", "1", LocalDate.of(1983, 2, 14), idNumber,
				"13705950517", "福建省青溪市云岫县城关镇计数路1号", null);
		index.register("H35992100001", atCounty);

		Registration linked;
		List<Sent> sent;
		try (StatementRecorder recorder = StatementRecorder.start(jdbcTemplate,
				(DataSourceTransactionManager) transactions)) {
			linked = index.register("H35990000001", new PatientRegistration("RSC-2", atCounty.name(), atCounty.sex(),
					atCounty.birthDate(), idNumber, atCounty.phone(), atCounty.address(), null));
			// the registration's shared lock: the budget's catch-up, which may run
			// meanwhile on a
			// thread of its own, takes pg_advisory_xact_lock too (CI, 5 Dec 2026)
			sent = recorder.ofThreadThatSent("pg_advisory_xact_lock_shared");
		}

		assertThat(linked.decision()).isEqualTo(Decision.AUTO_LINK);
		assertThat(sent).extracting(s -> s.sql().substring(0, Math.min(60, s.sql().length())))
			.containsExactly(
					// the institution, from the registry's API (its own read-only
					// transaction)
					"select i.code, i.name, i.kind, i.grade, i.region_code, i.add", "COMMIT",
					"select version from idn_match_parameters where active",
					"select count(*) from ( select pg_advisory_xact_lock_shared(?",
					"select change_no, id, institution_code, region_code, patient",
					"insert into idn_source_record (institution_code, region_code",
					"insert into idn_identifier (resident_id, type, issuer, looku",
					"insert into idn_identifier (resident_id, type, issuer, looku",
					"insert into idn_link_event (action, resident_id, other_resid", "COMMIT",
					"select type, issuer, masked from idn_identifier where reside");
	}

}
