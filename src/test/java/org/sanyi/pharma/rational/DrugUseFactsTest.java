package org.sanyi.pharma.rational;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.engine.ReviewRules;
import org.sanyi.pharma.engine.RxContent;
import org.sanyi.pharma.engine.RxReview;
import org.sanyi.pharma.engine.RxType;
import org.sanyi.shared.facts.Fact;

import static org.assertj.core.api.Assertions.assertThat;

/** What one prescription reports to monitoring. */
class DrugUseFactsTest {

	static final ReviewRules RULES = new ReviewRules(Map.of(), List.of(new ReviewRules.DrugRule("阿莫西林", "阿莫西林",
			new BigDecimal("250"), new BigDecimal("1000"), "mg", Set.of("tid"), 1, new BigDecimal("1500"))), List.of(),
			List.of());

	static final LocalDate DAY = LocalDate.of(2026, 12, 4);

	static RxReview.Drug drug(String name, String dose, String freq, int days, boolean essential) {
		return new RxReview.Drug(new RxContent.Line("X1", new BigDecimal(dose), "mg", freq, "口服", days, BigDecimal.ONE),
				name, null, essential);
	}

	static Map<String, BigDecimal> byElement(List<Fact> facts) {
		return facts.stream().collect(java.util.stream.Collectors.toMap(Fact::element, Fact::value));
	}

	@Test
	void anEmergencyAntibioticPrescriptionCountsItsDddsAndNotAsOutpatient() {
		RxReview.Input rx = new RxReview.Input(RxType.EMERGENCY, "", 30, "1", false, 2, false,
				List.of(drug("阿莫西林胶囊", "500", "tid", 3, true)));
		// 500 mg × 3 a day × 3 days = 4.5 g / 1.5 g = 3 DDDs
		assertThat(byElement(DrugUseFacts.facts("H35990000001", DAY, rx, RULES)))
			.containsOnlyKeys(DrugUseFacts.EMERGENCY, DrugUseFacts.EMERGENCY_ANTIBIOTIC, DrugUseFacts.ESSENTIAL,
					DrugUseFacts.ANTIMICROBIAL_DDD)
			.hasEntrySatisfying(DrugUseFacts.ANTIMICROBIAL_DDD, v -> assertThat(v).isEqualByComparingTo("3"));
	}

	@Test
	void aChronicPrescriptionWithoutAntimicrobialsIsOneOutpatientPrescription() {
		RxReview.Input rx = new RxReview.Input(RxType.CHRONIC, "", 60, "2", false, 2, false,
				List.of(drug("西格列汀片", "100", "qd", 28, false)));
		assertThat(byElement(DrugUseFacts.facts("H35990000001", DAY, rx, RULES)))
			.containsOnlyKeys(DrugUseFacts.OUTPATIENT);
	}

}
