package org.sanyi.insurance.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.engine.IllustrativePolicies.HOME;

/**
 * Interim settlement (中途结算) of a long stay: the parts of one admission bear its
 * deductible once and count as one admission, so settling in parts gives the patient and
 * the funds exactly what one settlement at discharge gives.
 */
class InterimSettlementTest {

	final SettlementEngine engine = new SettlementEngine();

	final PolicyVersion residents = IllustrativePolicies.resident2026();

	static Visit part(LocalDate date, Money deductibleBorne) {
		Visit.Builder b = Visit.builder()
			.insutype(Insutype.RESIDENT)
			.medType(MedType.INPATIENT)
			.hospitalLevel(HospitalLevel.GRADE_3A)
			.insuredRegion(HOME)
			.personType("1501")
			.age(70)
			.admissionDate(LocalDate.of(2026, 3, 1))
			.settlementDate(date);
		if (deductibleBorne != null) {
			b.continuingAdmission(deductibleBorne);
		}
		return b.build();
	}

	@Test
	void twoPartsOfOneAdmissionPayToTheFenWhatOneSettlementPays() {
		Settlement whole = engine.settle(residents, Accumulators.empty(2026), part(LocalDate.of(2026, 6, 30), null),
				SettlementSequenceTest.charges("50000.00"));

		Settlement first = engine.settle(residents, Accumulators.empty(2026), part(LocalDate.of(2026, 4, 30), null),
				SettlementSequenceTest.charges("30000.00"));
		Settlement second = engine.settle(residents, first.accumulatorsAfter(),
				part(LocalDate.of(2026, 6, 30), first.deductible()), SettlementSequenceTest.charges("20000.00"));

		// 600 deductible once; 90 % of 49,400 = 44,460.00 from the pool
		assertThat(whole.deductible()).isEqualTo(Money.of("600.00"));
		assertThat(first.deductible()).isEqualTo(Money.of("600.00"));
		assertThat(second.deductible()).isEqualTo(Money.ZERO);
		assertThat(first.poolPaid()).isEqualTo(Money.of("26460.00"));
		assertThat(second.poolPaid()).isEqualTo(Money.of("18000.00"));
		assertThat(first.poolPaid().plus(second.poolPaid())).isEqualTo(whole.poolPaid());
		assertThat(first.fundTotal().plus(second.fundTotal())).isEqualTo(whole.fundTotal());
		assertThat(first.cashPay().plus(second.cashPay())).isEqualTo(whole.cashPay());
		assertThat(second.accumulatorsAfter().admissions()).isEqualTo(1);
		assertThat(second.accumulatorsAfter().deductiblePaid(BenefitKind.INPATIENT)).isEqualTo(Money.of("600.00"));
	}

	@Test
	void aFirstPartBelowTheDeductibleLeavesTheRestOfItToTheNextPart() {
		Settlement first = engine.settle(residents, Accumulators.empty(2026), part(LocalDate.of(2026, 4, 30), null),
				SettlementSequenceTest.charges("400.00"));
		Settlement second = engine.settle(residents, first.accumulatorsAfter(),
				part(LocalDate.of(2026, 6, 30), first.deductible()), SettlementSequenceTest.charges("1000.00"));

		assertThat(first.deductible()).isEqualTo(Money.of("400.00"));
		assertThat(first.poolPaid()).isEqualTo(Money.ZERO);
		assertThat(second.deductible()).isEqualTo(Money.of("200.00"));
		assertThat(second.poolPaid()).isEqualTo(Money.of("720.00"));
		assertThat(second.accumulatorsAfter().admissions()).isEqualTo(1);
	}

	@Test
	void aLaterAdmissionAfterAnInterimSettledOneKeepsTheSecondAdmissionsStandard() {
		Settlement first = engine.settle(residents, Accumulators.empty(2026), part(LocalDate.of(2026, 4, 30), null),
				SettlementSequenceTest.charges("5000.00"));
		Settlement rest = engine.settle(residents, first.accumulatorsAfter(),
				part(LocalDate.of(2026, 5, 10), first.deductible()), SettlementSequenceTest.charges("5000.00"));
		Settlement nextAdmission = engine.settle(residents, rest.accumulatorsAfter(),
				SettlementSequenceTest.admission(LocalDate.of(2026, 8, 1)), SettlementSequenceTest.charges("5000.00"));

		assertThat(nextAdmission.deductible()).isEqualTo(Money.of("300.00"));
		assertThat(nextAdmission.accumulatorsAfter().admissions()).isEqualTo(2);
	}

}
