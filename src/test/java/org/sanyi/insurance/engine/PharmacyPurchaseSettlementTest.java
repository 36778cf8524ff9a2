package org.sanyi.insurance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.engine.IllustrativePolicies.HOME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.Money;
import org.sanyi.shared.RegionCode;

/**
 * 定点药店购药 (med_type 41): on an external prescription, outpatient pooling at the pharmacy's
 * (primary) level, sharing general outpatient's yearly deductible and caps; without one,
 * no fund pays and nothing counts toward the year, the personal account or cash pays; a
 * policy that names the pharmacy kind gives it its own rows.
 */
class PharmacyPurchaseSettlementTest {

	final SettlementEngine engine = new SettlementEngine();

	final PolicyVersion residents = IllustrativePolicies.resident2026();

	final PolicyVersion employees = IllustrativePolicies.employee2026();

	static Visit.Builder purchase(Insutype insutype, LocalDate on) {
		return Visit.builder()
			.insutype(insutype)
			.medType(MedType.PHARMACY)
			// a retail pharmacy is ungraded (hosp_lv 11), settled at the primary level
			.hospitalLevel(HospitalLevel.UNGRADED)
			.insuredRegion(HOME)
			.personType(insutype == Insutype.EMPLOYEE ? "1101" : "1501")
			.age(52)
			.settlementDate(on);
	}

	@Test
	void theCodeIs41AndItsKindFallsBackToGeneralOutpatient() {
		assertThat(MedType.of("41").benefitKind()).isEqualTo(BenefitKind.PHARMACY);
		assertThat(BenefitKind.PHARMACY.fallback()).isEqualTo(BenefitKind.GENERAL_OUTPATIENT);
		assertThat(purchase(Insutype.RESIDENT, LocalDate.of(2026, 5, 6)).build().pooled()).isFalse();
		assertThat(purchase(Insutype.RESIDENT, LocalDate.of(2026, 5, 6)).prescription(" ").build().pooled()).isFalse();
		assertThat(purchase(Insutype.RESIDENT, LocalDate.of(2026, 5, 6)).prescription("RX1").build().pooled()).isTrue();
		// the prescription means nothing to other kinds: a hospital visit is always
		// pooled
		assertThat(OnlineFollowUpSettlementTest
			.visit(MedType.GENERAL_OUTPATIENT, HospitalLevel.GRADE_2A, LocalDate.of(2026, 5, 6))
			.pooled()).isTrue();
	}

	@Test
	void aPrescribedPurchaseIsPooledAtThePrimaryLevelAndSharesTheOutpatientYear() {
		Accumulators ytd = Accumulators.empty(2026);
		Settlement bought = engine.settle(residents, ytd,
				purchase(Insutype.RESIDENT, LocalDate.of(2026, 5, 6)).prescription("H35990000012026050600001").build(),
				SettlementSequenceTest.charges("160.00"));
		Settlement atAClinic = engine.settle(residents, ytd, OnlineFollowUpSettlementTest
			.visit(MedType.GENERAL_OUTPATIENT, HospitalLevel.GRADE_1A, LocalDate.of(2026, 5, 6)),
				SettlementSequenceTest.charges("160.00"));

		// yearly deductible 100, tier-1 outpatient ratio 60 %: (160 − 100) × 0.6 = 36.00,
		// as at a primary clinic
		assertThat(bought.deductible()).isEqualTo(Money.of("100.00"));
		assertThat(bought.poolRatio()).isEqualByComparingTo("0.60");
		assertThat(bought.poolPaid()).isEqualTo(Money.of("36.00"));
		assertThat(bought.poolPaid()).isEqualTo(atAClinic.poolPaid());
		assertThat(bought.cashPay()).isEqualTo(Money.of("124.00"));
		assertThat(bought.accumulatorsAfter().deductiblePaid(BenefitKind.GENERAL_OUTPATIENT))
			.isEqualTo(Money.of("100.00"));
		assertThat(bought.accumulatorsAfter().poolPaid("OUTPATIENT")).isEqualTo(Money.of("36.00"));

		// the clinic visit after it pays no second deductible
		Settlement after = engine.settle(residents, bought.accumulatorsAfter(), OnlineFollowUpSettlementTest
			.visit(MedType.GENERAL_OUTPATIENT, HospitalLevel.GRADE_1A, LocalDate.of(2026, 5, 20)),
				SettlementSequenceTest.charges("50.00"));
		assertThat(after.deductible()).isEqualTo(Money.ZERO);
		assertThat(after.poolPaid()).isEqualTo(Money.of("30.00"));
	}

	@Test
	void withoutAPrescriptionNoFundPaysAndTheAccountPaysForAnEmployee() {
		Accumulators ytd = Accumulators.empty(2026);
		Settlement bought = engine.settle(employees, ytd,
				purchase(Insutype.EMPLOYEE, LocalDate.of(2026, 5, 6)).account(Money.of("1000.00")).build(),
				SettlementSequenceTest.charges("86.40"));

		assertThat(bought.fundTotal()).isEqualTo(Money.ZERO);
		assertThat(bought.deductible()).isEqualTo(Money.ZERO);
		assertThat(bought.poolPaid()).isEqualTo(Money.ZERO);
		assertThat(bought.personalPart()).isEqualTo(Money.of("86.40"));
		assertThat(bought.accountPay()).isEqualTo(Money.of("86.40"));
		assertThat(bought.cashPay()).isEqualTo(Money.ZERO);
		assertThat(bought.accountBalanceAfter()).isEqualTo(Money.of("913.60"));
		// the pool's row says why, and nothing counts toward the year
		assertThat(bought.fundPayments().getFirst().trace()).contains("无外配处方");
		assertThat(bought.accumulatorsAfter().deductiblePaid(BenefitKind.GENERAL_OUTPATIENT)).isEqualTo(Money.ZERO);
		assertThat(bought.accumulatorsAfter().poolPaid("OUTPATIENT")).isEqualTo(Money.ZERO);
		assertThat(bought.accumulatorsAfter().admissions()).isZero();

		// a resident has no account: the whole purchase is cash
		Settlement resident = engine.settle(residents, ytd,
				purchase(Insutype.RESIDENT, LocalDate.of(2026, 5, 6)).build(), SettlementSequenceTest.charges("86.40"));
		assertThat(resident.fundTotal()).isEqualTo(Money.ZERO);
		assertThat(resident.cashPay()).isEqualTo(Money.of("86.40"));
	}

	@Test
	void anEmployeesPrescribedPurchaseTakesTheOutpatientDeductibleBeforeThePool() {
		Settlement bought = engine.settle(employees, Accumulators.empty(2026),
				purchase(Insutype.EMPLOYEE, LocalDate.of(2026, 5, 6)).prescription("H3599000001202605060002")
					.account(Money.of("1000.00"))
					.build(),
				SettlementSequenceTest.charges("500.00"));
		// deductible 200; aged 52 in service: 65 %: (500 − 200) × 0.65 = 195.00; the rest
		// from the account
		assertThat(bought.deductible()).isEqualTo(Money.of("200.00"));
		assertThat(bought.poolPaid()).isEqualTo(Money.of("195.00"));
		assertThat(bought.accountPay()).isEqualTo(Money.of("305.00"));
		assertThat(bought.cashPay()).isEqualTo(Money.ZERO);
	}

	@Test
	void aPolicyNamingThePharmacyKindGivesItsOwnRatioAndACapInsideTheOutpatientCap() {
		Selector pharmacy = Selector.of(BenefitKind.PHARMACY);
		List<RatioRule> ratios = new ArrayList<>(residents.ratios());
		ratios.addFirst(RatioRule.of(pharmacy, "0.50"));
		List<PoolCap> caps = new ArrayList<>(residents.caps());
		caps.add(new PoolCap("PHARMACY", pharmacy, Money.of("40")));
		PolicyVersion withPharmacy = new PolicyVersion(residents.code(), RegionCode.of(residents.region().value()),
				residents.insutype(), residents.effectiveFrom(), residents.effectiveTo(), residents.deductibles(),
				ratios, caps, residents.layers(), residents.preSelfPayCountsAsInScopeSelfPay(),
				residents.accountPaysOutOfScope(), residents.referral());

		Settlement first = engine.settle(withPharmacy, Accumulators.empty(2026),
				purchase(Insutype.RESIDENT, LocalDate.of(2026, 5, 6)).prescription("RX1").build(),
				SettlementSequenceTest.charges("200.00"));
		// the outpatient deductible 100 still applies (no pharmacy deductible); 50 %:
		// 50.00, cut to the pharmacy cap 40
		assertThat(first.deductible()).isEqualTo(Money.of("100.00"));
		assertThat(first.poolRatio()).isEqualByComparingTo("0.50");
		assertThat(first.poolPaid()).isEqualTo(Money.of("40.00"));
		assertThat(first.accumulatorsAfter().poolPaid("PHARMACY")).isEqualTo(Money.of("40.00"));
		assertThat(first.accumulatorsAfter().poolPaid("OUTPATIENT")).isEqualTo(Money.of("40.00"));

		// the pharmacy cap is used up; a clinic visit still has the rest of the
		// outpatient
		// cap
		Settlement second = engine.settle(withPharmacy, first.accumulatorsAfter(),
				purchase(Insutype.RESIDENT, LocalDate.of(2026, 6, 6)).prescription("RX2").build(),
				SettlementSequenceTest.charges("100.00"));
		assertThat(second.poolPaid()).isEqualTo(Money.ZERO);
		Settlement clinic = engine.settle(withPharmacy, second.accumulatorsAfter(), OnlineFollowUpSettlementTest
			.visit(MedType.GENERAL_OUTPATIENT, HospitalLevel.GRADE_1A, LocalDate.of(2026, 6, 7)),
				SettlementSequenceTest.charges("100.00"));
		assertThat(clinic.poolPaid()).isEqualTo(Money.of("60.00"));
	}

}
