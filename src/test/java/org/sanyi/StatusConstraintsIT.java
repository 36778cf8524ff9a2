package org.sanyi;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanyi.drg.grouper.GroupingStatus;
import org.sanyi.clinical.appointment.booking.AppointmentStatus;
import org.sanyi.clinical.referral.engine.ReferralStatus;
import org.sanyi.identity.card.EcTokenStatus;
import org.sanyi.identity.review.MatchReviewStatus;
import org.sanyi.insurance.settlement.VisitStatus;
import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.supervision.audit.SuspicionStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state enum and the CHECK constraint of the column that stores it list the same
 * values, so a state the code can reach is one the database accepts and nothing else is
 * stored.
 */
@IntegrationTest
class StatusConstraintsIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachStatusColumnAcceptsExactlyItsEnumsValues() {
		assertThat(allowed("ins_visit", "status")).isEqualTo(names(VisitStatus.values()));
		assertThat(allowed("ins_budget", "status")).isEqualTo(names(ReviewStatus.values()));
		// undated versions: an approval supersedes the version before
		assertThat(allowed("mon_indicator", "status")).isEqualTo(names(ReviewStatus.values()));
		assertThat(allowed("mon_alert", "status")).isEqualTo(names(org.sanyi.monitoring.alert.AlertStatus.values()));
		assertThat(allowed("ph_retention", "status")).isEqualTo(names(ReviewStatus.values()));
		assertThat(allowed("ph_prescription", "state")).isEqualTo(names(org.sanyi.pharma.engine.RxState.values()));
		assertThat(allowed("ph_rx_review", "status")).isEqualTo(names(org.sanyi.pharma.engine.ReviewState.values()));
		// dated versions are ended by date, never superseded
		Set<String> dated = names(
				EnumSet.complementOf(EnumSet.of(ReviewStatus.SUPERSEDED)).toArray(new ReviewStatus[0]));
		assertThat(allowed("ins_policy_version", "status")).isEqualTo(dated);
		assertThat(allowed("drg_param_version", "status")).isEqualTo(dated);
		assertThat(allowed("sup_version", "status")).isEqualTo(dated);
		assertThat(allowed("ph_price_publication", "status")).isEqualTo(dated);
		assertThat(allowed("ins_policy_replay", "status"))
			.isEqualTo(names(org.sanyi.insurance.policy.replay.ReplayStatus.values()));
		assertThat(allowed("sup_suspicion", "status")).isEqualTo(names(SuspicionStatus.values()));
		assertThat(allowed("idn_review", "status")).isEqualTo(names(MatchReviewStatus.values()));
		assertThat(allowed("idn_ec_token", "status")).isEqualTo(names(EcTokenStatus.values()));
		assertThat(allowed("ca_appointment", "status")).isEqualTo(names(AppointmentStatus.values()));
		assertThat(allowed("ol_visit", "status"))
			.isEqualTo(names(org.sanyi.clinical.online.engine.VisitStatus.values()));
		assertThat(allowed("ol_visit_event", "status"))
			.isEqualTo(names(org.sanyi.clinical.online.engine.VisitStatus.values()));
		assertThat(allowed("ol_renewal", "status"))
			.isEqualTo(names(org.sanyi.clinical.online.engine.RenewalStatus.values()));
		assertThat(allowed("img_reading", "status"))
			.isEqualTo(names(org.sanyi.clinical.imaging.reading.ReadingStatus.values()));
		assertThat(allowed("con_consultation", "status"))
			.isEqualTo(names(org.sanyi.clinical.consultation.ConsultationStatus.values()));
		assertThat(allowed("img_reading", "priority"))
			.isEqualTo(names(org.sanyi.clinical.imaging.reading.Priority.values()));
		assertThat(allowed("crf_referral", "status")).isEqualTo(names(ReferralStatus.values()));
		assertThat(allowed("crf_referral_event", "status")).isEqualTo(names(ReferralStatus.values()));
		assertThat(allowed("ins_referral_registration", "status"))
			.isEqualTo(names(org.sanyi.insurance.referral.RegistrationStatus.values()));
		assertThat(allowed("fd_contract", "terminated_via"))
			.isEqualTo(names(org.sanyi.clinical.familydoctor.internal.ContractService.Via.values()));
		assertThat(allowed("drg_setl_list", "status"))
			.isEqualTo(new TreeSet<>(Arrays.stream(GroupingStatus.values()).map(GroupingStatus::code).toList()));
	}

	/** The values of the column's {@code check (column in (...))} constraint. */
	private Set<String> allowed(String table, String column) {
		List<String> definitions = jdbc.sql("""
				select pg_get_constraintdef(c.oid) from pg_constraint c
				where c.conrelid = cast(:t as regclass) and c.contype = 'c'""")
			.param("t", table)
			.query(String.class)
			.list();
		String definition = definitions.stream()
			.filter(d -> d.contains("(" + column + ")::text") || d.contains("((" + column + ")"))
			.findFirst()
			.orElseThrow(() -> new AssertionError(table + ": no check of " + column + " among " + definitions));
		Set<String> values = new TreeSet<>();
		Matcher m = Pattern.compile("'([A-Z_]+)'").matcher(definition);
		while (m.find()) {
			values.add(m.group(1));
		}
		return values;
	}

	private static Set<String> names(Enum<?>[] values) {
		return new TreeSet<>(Arrays.stream(values).map(Enum::name).toList());
	}

}
