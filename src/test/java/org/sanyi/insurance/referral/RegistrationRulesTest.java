package org.sanyi.insurance.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

	static final LocalDate DAY = LocalDate.of(2026, 12, 4);

	@Test
	void aRegistrationNamesAnotherInstitutionAndATermOfAtMostAYear() {
		assertThat(RegistrationRules.check("H1", "H2", DAY, DAY, DAY.plusDays(90))).isEmpty();
		assertThat(RegistrationRules.check("H1", "H2", DAY, DAY, null)).isEmpty();
		assertThat(RegistrationRules.check("H1", "H1", DAY, DAY, null)).get()
			.extracting(RegistrationRules.Problem::field)
			.isEqualTo("reflin_medins_no");
		assertThat(RegistrationRules.check("H1", "H2", DAY.plusDays(1), DAY, null)).get()
			.extracting(RegistrationRules.Problem::field)
			.isEqualTo("refl_date");
		assertThat(RegistrationRules.check("H1", "H2", DAY, DAY, DAY.minusDays(1))).get()
			.extracting(RegistrationRules.Problem::field)
			.isEqualTo("enddate");
		assertThat(RegistrationRules.check("H1", "H2", DAY, DAY, DAY)).isEmpty();
		assertThat(RegistrationRules.check("H1", "H2", DAY, DAY, DAY.plusDays(366))).isEmpty();
		assertThat(RegistrationRules.check("H1", "H2", DAY, DAY, DAY.plusDays(367))).get()
			.extracting(RegistrationRules.Problem::field)
			.isEqualTo("enddate");
	}

	@Test
	void termsOverlapWhenTheyShareADayAndAnOpenEndIsUnbounded() {
		assertThat(RegistrationRules.overlap(DAY, DAY.plusDays(10), DAY.plusDays(10), null)).isTrue();
		assertThat(RegistrationRules.overlap(DAY, DAY.plusDays(10), DAY.plusDays(11), null)).isFalse();
		assertThat(RegistrationRules.overlap(DAY, null, DAY.plusDays(400), DAY.plusDays(401))).isTrue();
		assertThat(RegistrationRules.overlap(DAY.plusDays(5), DAY.plusDays(6), DAY, DAY.plusDays(4))).isFalse();
	}

	@Test
	void aValidRegistrationCanBeRevokedOnceAndCoversVisitsAtItsTargetInItsTerm() {
		assertThat(RegistrationStatus.VALID.canBecome(RegistrationStatus.REVOKED)).isTrue();
		assertThat(RegistrationStatus.REVOKED.canBecome(RegistrationStatus.REVOKED)).isFalse();
		assertThat(RegistrationStatus.REVOKED.canBecome(RegistrationStatus.VALID)).isFalse();
		var r = new ReferralRegistration("S", "P", "390", "H1", "359900", null, "I63.900", "脑梗死", null, "H2", "市医院",
				"359900", true, "1", DAY, "上转", "同意", DAY, DAY.plusDays(90), false, RegistrationStatus.VALID, "M", null,
				null, null, null);
		assertThat(r.covers("H2", DAY)).isTrue();
		assertThat(r.covers("H2", DAY.plusDays(90))).isTrue();
		assertThat(r.covers("H2", DAY.plusDays(91))).isFalse();
		assertThat(r.covers("H2", DAY.minusDays(1))).isFalse();
		assertThat(r.covers("H3", DAY)).isFalse();
	}

}
