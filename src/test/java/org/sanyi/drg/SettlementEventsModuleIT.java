package org.sanyi.drg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sanyi.ModuleTest;
import org.sanyi.drg.settlementlist.SettlementCases;
import org.sanyi.insurance.SettlementCompleted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DRG module started with the modules whose beans it uses (registry, terminology,
 * security, and shared, which every module test gets), fed with insurance's
 * {@link SettlementCompleted} as insurance publishes it; insurance itself is not started.
 * The model for a module's event test: publish the other module's event with a
 * {@link Scenario}, wait until this module's state changes, verify it. A bean of a module
 * that is not started but is needed anyway becomes a {@code @MockitoBean} field of the
 * test.
 */
@ModuleTest
public class SettlementEventsModuleIT {

	@Autowired
	SettlementCases cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void inpatientSettlementBecomesADrgCaseRow(Scenario scenario) {
		scenario.publish(settlement("MT-IN-1", "21", "18650.40"))
			.andWaitForStateChange(() -> cases.find("MT-IN-1"), Optional::isPresent)
			.andVerify(found -> {
				var row = found.orElseThrow();
				assertThat(row.institutionCode()).isEqualTo("H35992100001");
				assertThat(row.diagCodes()).isEqualTo("I63.900,E11.900");
				assertThat(row.medfeeSumamt()).isEqualByComparingTo("18650.40");
				assertThat(row.patientPaid()).isEqualByComparingTo("4650.40");
				assertThat(row.reversed()).isFalse();
			});
	}

	@Test
	void republishedSettlementChangesNothing(Scenario scenario) {
		scenario.publish(settlement("MT-IN-2", "21", "18650.40"))
			.andWaitForStateChange(() -> cases.find("MT-IN-2"), Optional::isPresent);

		scenario.publish(settlement("MT-IN-2", "21", "99999.99"))
			.andWaitForStateChange(this::drgHasCompletedEveryPublication, done -> done)
			.andVerify(done -> assertThat(cases.find("MT-IN-2").orElseThrow().medfeeSumamt())
				.isEqualByComparingTo("18650.40"));
	}

	@Test
	void outpatientSettlementLeavesNoPublicationForDrg(Scenario scenario) {
		scenario.publish(settlement("MT-OUT-1", "11", "230.00"))
			.andWaitForStateChange(this::drgHasCompletedEveryPublication, done -> done)
			.andVerify(done -> {
				assertThat(cases.find("MT-OUT-1")).isEmpty();
				assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like '%MT-OUT-1%'")
					.query(Long.class)
					.single()).isZero();
			});
	}

	boolean drgHasCompletedEveryPublication() {
		return jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and listener_id like 'org.sanyi.drg.%'""")
			.query(Long.class)
			.single() == 0;
	}

	/**
	 * A settlement of the demo county's general hospital as insurance announces it;
	 * 14,000.00 paid by the fund.
	 */
	public static SettlementCompleted settlement(String id, String medType, String fees) {
		var medicalFees = new BigDecimal(fees);
		var fund = new BigDecimal("14000.00").min(medicalFees);
		return new SettlementCompleted(id, "MDT-" + id, "P-0001", "H35992100001", "359921", "359921", "359921", "390",
				medType, "03", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 12),
				OffsetDateTime.of(2026, 11, 12, 10, 0, 0, 0, ZoneOffset.ofHours(8)), List.of("I63.900", "E11.900"),
				medicalFees, medicalFees, fund, Map.of("390100", fund), new BigDecimal("0.00"),
				medicalFees.subtract(fund), "POL-2026", Map.of("09", medicalFees), Map.of(),
				new org.sanyi.insurance.InsuredProfile("359921", "2", 67), true, false);
	}

}
