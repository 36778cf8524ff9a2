package org.sanyi.insurance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanyi.insurance.engine.IllustrativePolicies.HOME;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

/**
 * The policy's referral rules: a stay referred within the alliance with a valid 2501 pays
 * no second deductible and continues the sender's admission; unreferred out-of-county
 * care loses ten points of ratio. Boundaries: the registration's first and last day,
 * expired, not yet valid, another alliance, filed vs unfiled, in or out of the county,
 * and a version without the rules.
 */
class ReferralRulesTest {

	static final LocalDate ADMITTED = LocalDate.of(2026, 4, 10);

	final SettlementEngine engine = new SettlementEngine();

	final PolicyVersion withRules = withReferral(IllustrativePolicies.resident2026(), ReferralRules.DEFAULTS);

	final PolicyVersion withoutRules = IllustrativePolicies.resident2026();

	/**
	 * The year so far: one stay at a grade-1 township hospital that bore its 200
	 * deductible.
	 */
	final Accumulators afterSenderStay = engine
		.settle(withRules, Accumulators.empty(2026), stay(HospitalLevel.GRADE_1A, LocalDate.of(2026, 4, 1), null),
				SettlementSequenceTest.charges("3000.00"))
		.accumulatorsAfter();

	static PolicyVersion withReferral(PolicyVersion v, ReferralRules rules) {
		return new PolicyVersion(v.code(), v.region(), v.insutype(), v.effectiveFrom(), v.effectiveTo(),
				v.deductibles(), v.ratios(), v.caps(), v.layers(), v.preSelfPayCountsAsInScopeSelfPay(),
				v.accountPaysOutOfScope(), rules);
	}

	static Visit stay(HospitalLevel level, LocalDate admitted, ReferralContext referral) {
		return Visit.builder()
			.insutype(Insutype.RESIDENT)
			.medType(MedType.INPATIENT)
			.hospitalLevel(level)
			.insuredRegion(HOME)
			.personType("1501")
			.age(71)
			.admissionDate(admitted)
			.settlementDate(admitted.plusDays(9))
			.referral(referral)
			.build();
	}

	static ReferralContext filed(boolean outOfCounty, LocalDate from, LocalDate until, boolean sameAlliance) {
		return new ReferralContext(outOfCounty, "ZY3599210001", from, until, sameAlliance, Money.of("200.00"));
	}

	Settlement countyHospitalStay(ReferralContext referral) {
		return engine.settle(withRules, afterSenderStay, stay(HospitalLevel.GRADE_3A, ADMITTED, referral),
				SettlementSequenceTest.charges("10000.00"));
	}

	@Test
	void theSenderStayBoreItsDeductible() {
		assertThat(afterSenderStay.admissions()).isEqualTo(1);
		assertThat(afterSenderStay.deductiblePaid(BenefitKind.INPATIENT)).isEqualTo(Money.of("200.00"));
	}

	@Test
	void aStayReferredWithinTheAlliancePaysNoSecondDeductibleAndContinuesTheSendersAdmission() {
		Settlement s = countyHospitalStay(filed(false, ADMITTED.minusDays(2), ADMITTED.plusDays(30), true));

		assertThat(s.deductible()).isEqualTo(Money.ZERO);
		// 10,000 × 90 %
		assertThat(s.poolPaid()).isEqualTo(Money.of("9000.00"));
		assertThat(s.accumulatorsAfter().admissions()).isEqualTo(1);
		assertThat(s.fundPayments().getFirst().trace()).contains("医共体内转诊").contains("ZY3599210001");
	}

	@Test
	void withoutTheReferralTheSameStayIsASecondAdmissionWithItsDeductible() {
		Settlement s = countyHospitalStay(ReferralContext.unfiled(false));

		// grade 3, second admission of the year: 300
		assertThat(s.deductible()).isEqualTo(Money.of("300.00"));
		assertThat(s.poolPaid()).isEqualTo(Money.of("8730.00"));
		assertThat(s.accumulatorsAfter().admissions()).isEqualTo(2);
	}

	@Test
	void theRegistrationsFirstAndLastDayCountAndTheDaysOutsideDoNot() {
		assertThat(countyHospitalStay(filed(false, ADMITTED, ADMITTED.plusDays(30), true)).deductible())
			.isEqualTo(Money.ZERO);
		assertThat(countyHospitalStay(filed(false, ADMITTED.minusDays(30), ADMITTED, true)).deductible())
			.isEqualTo(Money.ZERO);
		assertThat(countyHospitalStay(filed(false, ADMITTED.minusDays(30), null, true)).deductible())
			.isEqualTo(Money.ZERO);
		// expired the day before admission
		assertThat(countyHospitalStay(filed(false, ADMITTED.minusDays(30), ADMITTED.minusDays(1), true)).deductible())
			.isEqualTo(Money.of("300.00"));
		// not valid yet
		assertThat(countyHospitalStay(filed(false, ADMITTED.plusDays(1), ADMITTED.plusDays(30), true)).deductible())
			.isEqualTo(Money.of("300.00"));
	}

	@Test
	void aReferralToAnotherAlliancesHospitalKeepsTheSecondDeductible() {
		Settlement s = countyHospitalStay(filed(true, ADMITTED.minusDays(1), ADMITTED.plusDays(30), false));

		assertThat(s.deductible()).isEqualTo(Money.of("300.00"));
		// filed: out of the county but no cut
		assertThat(s.poolRatio()).isEqualByComparingTo("0.90");
		assertThat(s.accumulatorsAfter().admissions()).isEqualTo(2);
	}

	@Test
	void outOfCountyCareWithoutAValidRegistrationLosesTenPoints() {
		Settlement unfiled = countyHospitalStay(ReferralContext.unfiled(true));
		Settlement expired = countyHospitalStay(filed(true, ADMITTED.minusDays(30), ADMITTED.minusDays(1), true));
		Settlement inCounty = countyHospitalStay(ReferralContext.unfiled(false));

		assertThat(unfiled.poolRatio()).isEqualByComparingTo("0.80");
		// (10,000 − 300) × 80 %
		assertThat(unfiled.poolPaid()).isEqualTo(Money.of("7760.00"));
		assertThat(unfiled.fundPayments().getFirst().trace()).contains("未办转院备案");
		assertThat(expired.poolRatio()).isEqualByComparingTo("0.80");
		assertThat(inCounty.poolRatio()).isEqualByComparingTo("0.90");
	}

	@Test
	void aVersionWithoutReferralRulesIgnoresTheReferralAsBefore() {
		Settlement referred = engine.settle(withoutRules, afterSenderStay,
				stay(HospitalLevel.GRADE_3A, ADMITTED, filed(false, ADMITTED, null, true)),
				SettlementSequenceTest.charges("10000.00"));
		Settlement unfiled = engine.settle(withoutRules, afterSenderStay,
				stay(HospitalLevel.GRADE_3A, ADMITTED, ReferralContext.unfiled(true)),
				SettlementSequenceTest.charges("10000.00"));

		assertThat(referred.deductible()).isEqualTo(Money.of("300.00"));
		assertThat(unfiled.poolRatio()).isEqualByComparingTo("0.90");
		assertThat(withoutRules.referral()).isEqualTo(ReferralRules.NONE);
	}

	@Test
	void aLaterPartOfAReferredStayStillPaysNoDeductible() {
		ReferralContext referral = filed(false, ADMITTED.minusDays(2), null, true);
		Settlement first = countyHospitalStay(referral);
		Visit rest = stay(HospitalLevel.GRADE_3A, ADMITTED, referral).continuing(first.deductible());
		Settlement second = engine.settle(withRules, first.accumulatorsAfter(), rest,
				SettlementSequenceTest.charges("2000.00"));

		assertThat(second.deductible()).isEqualTo(Money.ZERO);
		assertThat(second.accumulatorsAfter().admissions()).isEqualTo(1);
	}

	@Test
	void theCutIsPolicyDataAndNeverTakesTheRatioBelowZero() {
		PolicyVersion deepCut = withReferral(IllustrativePolicies.resident2026(),
				new ReferralRules(false, new BigDecimal("1.00")));
		Settlement s = engine.settle(deepCut, afterSenderStay,
				stay(HospitalLevel.GRADE_3A, ADMITTED, ReferralContext.unfiled(true)),
				SettlementSequenceTest.charges("10000.00"));
		assertThat(s.poolRatio()).isEqualByComparingTo("0");
		assertThat(s.poolPaid()).isEqualTo(Money.ZERO);

		assertThatThrownBy(
				() -> withReferral(IllustrativePolicies.resident2026(), new ReferralRules(true, new BigDecimal("1.5"))))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.error()).isEqualTo(InsuranceErrors.INVALID_POLICY));
	}

}
