package org.sanyi.insurance.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.engine.IllustrativePolicies.HOME;

/** Settlements chained through their year-to-date totals, as the ledger will run them. */
class SettlementSequenceTest {

	final SettlementEngine engine = new SettlementEngine();

	final PolicyVersion residents = IllustrativePolicies.resident2026();

	static Visit admission(LocalDate date) {
		return Visit.builder()
			.insutype(Insutype.RESIDENT)
			.medType(MedType.INPATIENT)
			.hospitalLevel(HospitalLevel.GRADE_3A)
			.insuredRegion(HOME)
			.personType("1501")
			.age(45)
			.settlementDate(date)
			.build();
	}

	static List<FeeLine> charges(String amount) {
		return List.of(FeeLine.of("1", "A", "01", null, "1", amount, amount, null));
	}

	@Test
	void laterAdmissionsBearTheLaterDeductibleAndTheLastStandardRepeats() {
		Accumulators ytd = Accumulators.empty(2026);
		List<Money> deductibles = new ArrayList<>();
		for (int month = 1; month <= 3; month++) {
			Settlement s = engine.settle(residents, ytd, admission(LocalDate.of(2026, month, 10)), charges("5000.00"));
			deductibles.add(s.deductible());
			ytd = s.accumulatorsAfter();
		}

		assertThat(deductibles).containsExactly(Money.of("600"), Money.of("300"), Money.of("300"));
		assertThat(ytd.admissions()).isEqualTo(3);
		assertThat(ytd.deductiblePaid(BenefitKind.INPATIENT)).isEqualTo(Money.of("1200"));
	}

	@Test
	void criticalIllnessThresholdIsCrossedByTheSecondAdmissionOfTheYear() {
		Settlement first = engine.settle(residents, Accumulators.empty(2026), admission(LocalDate.of(2026, 2, 1)),
				charges("80000.00"));
		Settlement second = engine.settle(residents, first.accumulatorsAfter(), admission(LocalDate.of(2026, 6, 1)),
				charges("40000.00"));

		// first: 600 + 7,940 = 8,540 self-pay, below 12,000; second: 300 + 3,970 = 4,270
		// → 8,540..12,810
		assertThat(first.paidBy(FundType.RESIDENT_CRITICAL_ILLNESS)).isEqualTo(Money.ZERO);
		assertThat(first.accumulatorsAfter().layerBase(FundType.RESIDENT_CRITICAL_ILLNESS)).isEqualTo(Money.of("8540"));
		assertThat(second.paidBy(FundType.RESIDENT_CRITICAL_ILLNESS)).isEqualTo(Money.of("486.00"));
	}

	@Test
	void poolNeverPaysMoreThanItsAnnualCapOverTheYear() {
		Accumulators ytd = Accumulators.empty(2026);
		Money poolTotal = Money.ZERO;
		for (int month = 1; month <= 12; month++) {
			Settlement s = engine.settle(residents, ytd, admission(LocalDate.of(2026, month, 5)), charges("30000.00"));
			assertThat(s.payment(FundType.RESIDENT_POOL).orElseThrow().limitRemaining())
				.isEqualTo(Money.of("200000").minus(poolTotal));
			poolTotal = poolTotal.plus(s.poolPaid());
			ytd = s.accumulatorsAfter();
		}

		assertThat(poolTotal).isEqualTo(Money.of("200000"));
		assertThat(ytd.poolPaid("BASIC")).isEqualTo(Money.of("200000"));
	}

	@Test
	void assistanceStopsAtItsAnnualCap() {
		Accumulators nearlyUsed = Accumulators.empty(2026)
			.withLayerPaid(FundType.MEDICAL_ASSISTANCE, Money.of("49000"));
		Visit visit = Visit.builder()
			.insutype(Insutype.RESIDENT)
			.medType(MedType.INPATIENT)
			.hospitalLevel(HospitalLevel.GRADE_3A)
			.insuredRegion(HOME)
			.identities(Set.of(IllustrativePolicies.SUBSISTENCE))
			.age(70)
			.settlementDate(LocalDate.of(2026, 9, 1))
			.build();

		Settlement s = engine.settle(residents, nearlyUsed, visit, charges("50000.00"));

		assertThat(s.paidBy(FundType.MEDICAL_ASSISTANCE)).isEqualTo(Money.of("1000"));
		assertThat(s.accumulatorsAfter().layerPaid(FundType.MEDICAL_ASSISTANCE)).isEqualTo(Money.of("50000"));
	}

	@Test
	void capLoweredBelowWhatWasAlreadyPaidPaysNothingAndNeverGoesNegative() {
		Accumulators overCap = Accumulators.empty(2026).withPoolPaid("BASIC", Money.of("250000"));

		Settlement s = engine.settle(residents, overCap, admission(LocalDate.of(2026, 9, 1)), charges("1000.00"));

		assertThat(s.poolPaid()).isEqualTo(Money.ZERO);
		assertThat(s.payment(FundType.RESIDENT_POOL).orElseThrow().limitRemaining()).isEqualTo(Money.ZERO);
		assertThat(s.accumulatorsAfter().poolPaid("BASIC")).isEqualTo(Money.of("250000"));
	}

	@Test
	void sameInputsGiveTheSameSettlement() {
		Accumulators ytd = Accumulators.empty(2026).withAdmissions(1);

		Settlement once = engine.settle(residents, ytd, admission(LocalDate.of(2026, 3, 3)), charges("12345.67"));
		Settlement again = engine.settle(residents, ytd, admission(LocalDate.of(2026, 3, 3)), charges("12345.67"));

		assertThat(again).isEqualTo(once);
		assertThat(ytd).isEqualTo(Accumulators.empty(2026).withAdmissions(1));
	}

}
