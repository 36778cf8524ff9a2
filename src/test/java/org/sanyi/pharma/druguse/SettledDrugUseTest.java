package org.sanyi.pharma.druguse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.engine.Antimicrobials.VisitUse;
import org.sanyi.shared.facts.Fact;

import static org.assertj.core.api.Assertions.assertThat;

/** The components a settled visit reports: numerators and denominators, never rates. */
class SettledDrugUseTest {

	static final LocalDate DAY = LocalDate.of(2026, 3, 8);

	@Test
	void aClosingStayReportsItsDischargeDaysAntibioticUseAndDdds() {
		List<Fact> facts = SettledDrugUse.inpatientFacts("H35990000001", DAY, true, 7,
				new VisitUse(true, true, false, new BigDecimal("4.5000"), 2));

		assertThat(facts).extracting(f -> f.element() + "=" + f.value().stripTrailingZeros().toPlainString())
			.containsExactly("pharma.inpatient.discharges=1", "pharma.inpatient.days=7",
					"pharma.inpatient.antibiotic=1", "pharma.inpatient.antimicrobial.ddd=4.5",
					"pharma.inpatient.antimicrobial.unmeasured=2");
	}

	@Test
	void anInterimSettlementReportsOnlyItsDdds() {
		List<Fact> facts = SettledDrugUse.inpatientFacts("H35990000001", DAY, false, 7,
				new VisitUse(true, true, false, new BigDecimal("3"), 0));
		assertThat(facts).extracting(Fact::element).containsExactly("pharma.inpatient.antimicrobial.ddd");
	}

	@Test
	void anOutpatientVisitWithDrugsIsOnePrescriptionAndMedType13IsEmergency() {
		assertThat(SettledDrugUse.outpatientFacts("H1", DAY, "11", new VisitUse(true, true, true, BigDecimal.ZERO, 0)))
			.extracting(Fact::element)
			.containsExactly("pharma.rx.outpatient", "pharma.rx.outpatient.antibiotic", "pharma.rx.essential");
		assertThat(SettledDrugUse.outpatientFacts("H1", DAY, "13", new VisitUse(true, true, false, BigDecimal.ZERO, 0)))
			.extracting(Fact::element)
			.containsExactly("pharma.rx.emergency", "pharma.rx.emergency.antibiotic");
		assertThat(
				SettledDrugUse.outpatientFacts("H1", DAY, "11", new VisitUse(false, false, false, BigDecimal.ZERO, 0)))
			.isEmpty();
	}

	@Test
	void aSettledVisitIsOneOutpatientOrEmergencyVisitAndItsReversalTakesItBack() {
		assertThat(SettledDrugUse.visitFacts("H1", DAY, false, true, 1))
			.extracting(f -> f.element() + "=" + f.value().toPlainString())
			.containsExactly("pharma.visit.outpatient=1", "pharma.visit.outpatient.antibacterial=1");
		assertThat(SettledDrugUse.visitFacts("H1", DAY, true, false, 1)).extracting(f -> f.element())
			.containsExactly("pharma.visit.emergency");
		assertThat(SettledDrugUse.visitFacts("H1", DAY, true, true, -1))
			.extracting(f -> f.element() + "=" + f.value().toPlainString())
			.containsExactly("pharma.visit.emergency=-1", "pharma.visit.emergency.antibacterial=-1");
		assertThat(SettledDrugUse.outpatient("11")).isTrue();
		assertThat(SettledDrugUse.outpatient("14")).isTrue();
		assertThat(SettledDrugUse.emergency("13")).isTrue();
		assertThat(SettledDrugUse.outpatient("21")).isFalse();
		assertThat(SettledDrugUse.outpatient("52")).isFalse();
		assertThat(SettledDrugUse.outpatient("41")).isFalse();
	}

}
