package org.sanyi.clinical.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.recognition.engine.RecognitionRules;
import org.sanyi.clinical.recognition.engine.RecognitionRules.Assessment;
import org.sanyi.clinical.recognition.engine.RecognitionRules.Candidate;
import org.sanyi.clinical.recognition.engine.RecognitionRules.Exclusion;
import org.sanyi.clinical.recognition.engine.RecognitionRules.Item;
import org.sanyi.clinical.recognition.engine.RecognitionRules.Kind;
import org.sanyi.clinical.recognition.engine.RecognitionRules.Scope;

/**
 * The recognition rules: per-item windows, laboratories' quality assessments, scope and
 * level.
 */
class RecognitionRulesTest {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final Instant NOW = LocalDateTime.of(2026, 11, 20, 10, 0).atZone(ZONE).toInstant();

	static final Item POTASSIUM = new Item("HR-L003", Kind.LAB, 7, Scope.PROVINCE, "35", 2);

	static final Item GLUCOSE = new Item("HR-L004", Kind.LAB, 30, Scope.ALLIANCE, null, 1);

	static final Item HBA1C = new Item("HR-L005", Kind.LAB, 60, Scope.PROVINCE, "35", 2);

	static final List<Assessment> PASSED = List.of(
			new Assessment("H35990000001", Kind.LAB, true, LocalDate.of(2026, 4, 15), LocalDate.of(2027, 4, 14)),
			new Assessment("H35992100099", Kind.LAB, true, LocalDate.of(2026, 4, 15), LocalDate.of(2027, 4, 14)));

	static Candidate at(int daysAgo, String institution, int level, String region, String... alliances) {
		return new Candidate("Observation/" + daysAgo, NOW.minusSeconds(daysAgo * 86_400L), institution, level, region,
				Set.of(alliances));
	}

	static Exclusion why(Item item, Candidate c, List<Assessment> assessments, String... orderer) {
		return RecognitionRules.exclusion(item, c, assessments, Set.of(orderer), NOW, ZONE).orElse(null);
	}

	@Test
	void eachItemKeepsItsOwnWindow() {
		Candidate tenDaysOld = at(10, "H35990000001", 3, "359900");
		assertThat(why(POTASSIUM, at(7, "H35990000001", 3, "359900"), PASSED)).isNull();
		assertThat(why(POTASSIUM, tenDaysOld, PASSED)).isEqualTo(Exclusion.EXPIRED);
		assertThat(why(HBA1C, tenDaysOld, PASSED)).isNull();
		assertThat(why(HBA1C, at(60, "H35990000001", 3, "359900"), PASSED)).isNull();
		assertThat(why(HBA1C, at(61, "H35990000001", 3, "359900"), PASSED)).isEqualTo(Exclusion.EXPIRED);
	}

	@Test
	void aLaboratoryWithoutAPassedAssessmentOnTheResultsDayIsNotOffered() {
		var failed = List
			.of(new Assessment("H35990000001", Kind.LAB, false, LocalDate.of(2026, 4, 15), LocalDate.of(2027, 4, 14)));
		assertThat(why(POTASSIUM, at(2, "H35990000001", 3, "359900"), failed)).isEqualTo(Exclusion.NOT_ASSESSED);
		var expired = List
			.of(new Assessment("H35990000001", Kind.LAB, true, LocalDate.of(2025, 4, 15), LocalDate.of(2026, 4, 14)));
		assertThat(why(POTASSIUM, at(2, "H35990000001", 3, "359900"), expired)).isEqualTo(Exclusion.NOT_ASSESSED);
		var imagingOnly = List.of(new Assessment("H35990000001", Kind.IMAGING, true, LocalDate.of(2026, 4, 15),
				LocalDate.of(2027, 4, 14)));
		assertThat(why(POTASSIUM, at(2, "H35990000001", 3, "359900"), imagingOnly)).isEqualTo(Exclusion.NOT_ASSESSED);
	}

	@Test
	void scopeAndLevelDecideWhoseResultsCount() {
		assertThat(why(POTASSIUM, at(1, "H35990000001", 3, "369900"), PASSED)).isEqualTo(Exclusion.OUT_OF_SCOPE);
		assertThat(why(POTASSIUM, at(1, "H35992100099", 1, "359921"), PASSED)).isEqualTo(Exclusion.LEVEL_TOO_LOW);
		// glucose is recognised within the medical community, from level 1 up
		Candidate centre = at(3, "H35992100099", 1, "359921", "YX-YGT");
		assertThat(why(GLUCOSE, centre, PASSED, "YX-YGT")).isNull();
		assertThat(why(GLUCOSE, centre, PASSED, "QX-JT")).isEqualTo(Exclusion.OUT_OF_SCOPE);
	}

	@Test
	void reusableKeepsTheNewestFirstOrderAndDropsTheExcluded() {
		var list = RecognitionRules.reusable(POTASSIUM,
				List.of(at(1, "H35990000001", 3, "359900"), at(3, "H35992100099", 1, "359921"),
						at(5, "H35990000001", 3, "359900"), at(9, "H35990000001", 3, "359900")),
				PASSED, Set.of(), NOW, ZONE);
		assertThat(list).extracting(Candidate::reference).containsExactly("Observation/1", "Observation/5");
	}

}
