package org.sanyi.clinical.online.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.online.engine.FollowUpRule.Diagnosis;

class FollowUpRuleTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	static final List<Diagnosis> RECORDED = List.of(new Diagnosis("I10.x00", "H35992100001", LocalDate.of(2026, 6, 3)),
			new Diagnosis("I10.x05", "H35992100011", LocalDate.of(2026, 10, 9)),
			new Diagnosis("J18.900", "H35990000001", LocalDate.of(2026, 3, 2)));

	@Test
	void aFollowUpOfTheSameCategoryIsAllowedWithTheLatestDiagnosisAsEvidence() {
		assertThat(FollowUpRule.evidence("I10", RECORDED, TODAY))
			.contains(new Diagnosis("I10.x05", "H35992100011", LocalDate.of(2026, 10, 9)));
		assertThat(FollowUpRule.evidence("i10.x09", RECORDED, TODAY)).isPresent();
	}

	@Test
	void aConditionNeverDiagnosedInPersonIsNotAFollowUp() {
		assertThat(FollowUpRule.evidence("E11.900", RECORDED, TODAY)).isEmpty();
		assertThat(FollowUpRule.evidence("I11.900", RECORDED, TODAY)).isEmpty();
		assertThat(FollowUpRule.evidence("E11.900", List.of(), TODAY)).isEmpty();
	}

	@Test
	void aDiagnosisDatedAfterTheRequestDoesNotCount() {
		List<Diagnosis> later = List.of(new Diagnosis("E11.900", "H35992100001", TODAY.plusDays(1)));
		assertThat(FollowUpRule.evidence("E11.900", later, TODAY)).isEmpty();
		List<Diagnosis> sameDay = List.of(new Diagnosis("E11.900", "H35992100001", TODAY));
		assertThat(FollowUpRule.evidence("E11.900", sameDay, TODAY)).isPresent();
	}

	@Test
	void recordedCodesThatAreNotIcd10AreIgnored() {
		List<Diagnosis> odd = List.of(new Diagnosis("38341003", "H35992100001", LocalDate.of(2026, 1, 5)),
				new Diagnosis(null, "H35992100001", LocalDate.of(2026, 1, 5)));
		assertThat(FollowUpRule.evidence("I10", odd, TODAY)).isEmpty();
	}

	@Test
	void onlyIcd10CodesAreAccepted() {
		assertThat(FollowUpRule.isIcd10("E11.900")).isTrue();
		assertThat(FollowUpRule.isIcd10("I10")).isTrue();
		assertThat(FollowUpRule.isIcd10("I10.x00")).isTrue();
		assertThat(FollowUpRule.isIcd10("高血压")).isFalse();
		assertThat(FollowUpRule.isIcd10("I1")).isFalse();
		assertThat(FollowUpRule.isIcd10("")).isFalse();
		assertThatThrownBy(() -> FollowUpRule.category("x")).isInstanceOf(IllegalArgumentException.class);
		assertThat(FollowUpRule.category(" e11.201 ")).isEqualTo("E11");
	}

}
