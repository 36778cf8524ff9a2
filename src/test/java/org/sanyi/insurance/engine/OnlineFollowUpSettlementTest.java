package org.sanyi.insurance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanyi.insurance.engine.IllustrativePolicies.HOME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;
import org.sanyi.shared.RegionCode;

/**
 * 互联网复诊 (med_type 9903): settled like general outpatient by default, sharing its yearly
 * deductible and caps; a policy that names the online kind gives it its own deductible,
 * ratio and a cap that applies inside the outpatient cap.
 */
class OnlineFollowUpSettlementTest {

	final SettlementEngine engine = new SettlementEngine();

	final PolicyVersion residents = IllustrativePolicies.resident2026();

	static Visit visit(MedType type, HospitalLevel level, LocalDate on) {
		return Visit.builder()
			.insutype(Insutype.RESIDENT)
			.medType(type)
			.hospitalLevel(level)
			.insuredRegion(HOME)
			.personType("1501")
			.age(66)
			.settlementDate(on)
			.build();
	}

	static Visit online(LocalDate on) {
		return visit(MedType.ONLINE_FOLLOW_UP, HospitalLevel.GRADE_1A, on);
	}

	@Test
	void theOnlineCodeIsTheLocalExtension9903AndItsOwnKind() {
		assertThat(MedType.of("9903").benefitKind()).isEqualTo(BenefitKind.ONLINE_OUTPATIENT);
		assertThat(BenefitKind.ONLINE_OUTPATIENT.fallback()).isEqualTo(BenefitKind.GENERAL_OUTPATIENT);
		assertThat(BenefitKind.INPATIENT.fallback()).isNull();
		// other local codes stay refused
		assertThatThrownBy(() -> MedType.of("9904").benefitKind()).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.error()).isEqualTo(InsuranceErrors.UNSUPPORTED_MED_TYPE));
	}

	@Test
	void withoutOnlineRulesAnOnlineVisitSettlesExactlyLikeAGeneralOutpatientVisit() {
		Accumulators ytd = Accumulators.empty(2026);
		Settlement online = engine.settle(residents, ytd, online(LocalDate.of(2026, 5, 6)),
				SettlementSequenceTest.charges("160.00"));
		Settlement general = engine.settle(residents, ytd,
				visit(MedType.GENERAL_OUTPATIENT, HospitalLevel.GRADE_1A, LocalDate.of(2026, 5, 6)),
				SettlementSequenceTest.charges("160.00"));

		// yearly deductible 100, tier-1 outpatient ratio 60 %: (160 − 100) × 0.6 = 36.00
		assertThat(online.deductible()).isEqualTo(Money.of("100.00"));
		assertThat(online.poolPaid()).isEqualTo(Money.of("36.00"));
		assertThat(online.poolPaid()).isEqualTo(general.poolPaid());
		assertThat(online.cashPay()).isEqualTo(general.cashPay());
		// the deductible and the outpatient cap are general outpatient's, shared
		assertThat(online.accumulatorsAfter().deductiblePaid(BenefitKind.GENERAL_OUTPATIENT))
			.isEqualTo(Money.of("100.00"));
		assertThat(online.accumulatorsAfter().deductiblePaid(BenefitKind.ONLINE_OUTPATIENT)).isEqualTo(Money.ZERO);
		assertThat(online.accumulatorsAfter().poolPaid("OUTPATIENT")).isEqualTo(Money.of("36.00"));

		// a general visit after it pays no second yearly deductible
		Settlement after = engine.settle(residents, online.accumulatorsAfter(),
				visit(MedType.GENERAL_OUTPATIENT, HospitalLevel.GRADE_1A, LocalDate.of(2026, 5, 20)),
				SettlementSequenceTest.charges("50.00"));
		assertThat(after.deductible()).isEqualTo(Money.ZERO);
		assertThat(after.poolPaid()).isEqualTo(Money.of("30.00"));
	}

	@Test
	void aPolicyWithOnlineRulesGivesItsOwnDeductibleRatioAndACapInsideTheOutpatientCap() {
		PolicyVersion withOnline = withOnlineRules(residents, "0", "0.80", "50");
		Accumulators ytd = Accumulators.empty(2026);

		Settlement first = engine.settle(withOnline, ytd, online(LocalDate.of(2026, 5, 6)),
				SettlementSequenceTest.charges("40.00"));
		// no deductible of its own, 80 %: 32.00, within the online cap 50
		assertThat(first.deductible()).isEqualTo(Money.ZERO);
		assertThat(first.poolRatio()).isEqualByComparingTo("0.80");
		assertThat(first.poolPaid()).isEqualTo(Money.of("32.00"));
		assertThat(first.accumulatorsAfter().poolPaid("ONLINE")).isEqualTo(Money.of("32.00"));
		assertThat(first.accumulatorsAfter().poolPaid("OUTPATIENT")).isEqualTo(Money.of("32.00"));

		Settlement second = engine.settle(withOnline, first.accumulatorsAfter(), online(LocalDate.of(2026, 6, 6)),
				SettlementSequenceTest.charges("40.00"));
		// the online cap has 18.00 left
		assertThat(second.poolPaid()).isEqualTo(Money.of("18.00"));
		assertThat(second.accumulatorsAfter().poolPaid("ONLINE")).isEqualTo(Money.of("50.00"));

		// a general outpatient visit is not touched by the online rules
		Settlement general = engine.settle(withOnline, ytd,
				visit(MedType.GENERAL_OUTPATIENT, HospitalLevel.GRADE_1A, LocalDate.of(2026, 5, 6)),
				SettlementSequenceTest.charges("160.00"));
		assertThat(general.poolPaid()).isEqualTo(Money.of("36.00"));
		assertThat(general.accumulatorsAfter().poolPaid("ONLINE")).isEqualTo(Money.ZERO);
	}

	@Test
	void theOutpatientCapStillLimitsOnlineVisitsThatHaveTheirOwnCap() {
		PolicyVersion withOnline = withOnlineRules(residents, "0", "1.00", "5000");
		Accumulators nearCap = engine
			.settle(withOnline, Accumulators.empty(2026),
					visit(MedType.GENERAL_OUTPATIENT, HospitalLevel.GRADE_1A, LocalDate.of(2026, 3, 1)),
					SettlementSequenceTest.charges("1400.00"))
			.accumulatorsAfter();
		// outpatient cap 800: 780 used by (1400 − 100) × 0.6
		assertThat(nearCap.poolPaid("OUTPATIENT")).isEqualTo(Money.of("780.00"));
		Settlement online = engine.settle(withOnline, nearCap, online(LocalDate.of(2026, 4, 1)),
				SettlementSequenceTest.charges("100.00"));
		assertThat(online.poolPaid()).isEqualTo(Money.of("20.00"));
	}

	/**
	 * The version with an online deductible per year, a ratio and an ONLINE cap put
	 * before the general rules (first match wins).
	 */
	static PolicyVersion withOnlineRules(PolicyVersion v, String deductible, String ratio, String cap) {
		Selector online = Selector.of(BenefitKind.ONLINE_OUTPATIENT);
		List<DeductibleRule> deductibles = new ArrayList<>(v.deductibles());
		deductibles.addFirst(DeductibleRule.perYear(online, Money.of(deductible)));
		List<RatioRule> ratios = new ArrayList<>(v.ratios());
		ratios.addFirst(RatioRule.of(online, ratio));
		List<PoolCap> caps = new ArrayList<>(v.caps());
		caps.add(new PoolCap("ONLINE", online, Money.of(cap)));
		return new PolicyVersion(v.code(), RegionCode.of(v.region().value()), v.insutype(), v.effectiveFrom(),
				v.effectiveTo(), deductibles, ratios, caps, v.layers(), v.preSelfPayCountsAsInScopeSelfPay(),
				v.accountPaysOutOfScope(), v.referral());
	}

}
