package org.sanyi.identity.matching;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanyi.identity.IdentityErrors;
import org.sanyi.shared.BusinessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemographicRecordTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final String ID = "35990219850312001X";

	@Test
	void normalisesNamePhoneDocumentAndAddress() {
		var r = new DemographicRecord(" 张 伟 ", null, null, null, null, "35990219850312001x", "+86 138-1234-5678",
				"福建省 青溪市　溪城区");
		assertThat(r.name()).isEqualTo("张伟");
		assertThat(r.pinyin()).isEqualTo("zhang wei");
		assertThat(r.sex()).isEqualTo(Sex.UNKNOWN);
		assertThat(r.documentType()).isEqualTo(DocumentType.RESIDENT_ID_CARD);
		assertThat(r.documentNumber()).isEqualTo(ID);
		assertThat(r.hasValidCitizenNumber()).isTrue();
		assertThat(r.phone()).isEqualTo("13812345678");
		assertThat(r.address()).isEqualTo("福建省青溪市溪城区");
	}

	@Test
	void aConsistentRecordHasNoProblems() {
		var r = DemographicRecord.of("张伟", Sex.MALE, LocalDate.of(1985, 3, 12), ID, "13812345678", null);
		assertThat(r.problems(TODAY)).isEmpty();
		assertThat(r.requireValid(TODAY)).isSameAs(r);
	}

	@Test
	void registrationRejectsInvalidIdFutureBirthAndContradictions() {
		assertThat(DemographicRecord.of("张伟", Sex.MALE, null, "359902198503120011", null, null).problems(TODAY))
			.containsExactly(IdentityErrors.INVALID_ID_NUMBER);
		assertThat(DemographicRecord.of("张伟", Sex.MALE, TODAY.plusDays(1), null, null, null).problems(TODAY))
			.containsExactly(IdentityErrors.FUTURE_BIRTH_DATE);
		assertThat(DemographicRecord.of("张伟", Sex.FEMALE, LocalDate.of(1985, 3, 13), ID, null, null).problems(TODAY))
			.containsExactly(IdentityErrors.BIRTH_DATE_MISMATCH, IdentityErrors.SEX_MISMATCH);
		assertThat(DemographicRecord.of("", Sex.MALE, null, null, "12345", null).problems(TODAY))
			.containsExactly(IdentityErrors.NAME_REQUIRED, IdentityErrors.INVALID_PHONE);
	}

	@Test
	void requireValidThrowsTheFirstProblemWithAMaskedArgument() {
		var r = DemographicRecord.of("张伟", Sex.MALE, null, "359902198503120011", null, null);
		assertThatThrownBy(() -> r.requireValid(TODAY)).isInstanceOfSatisfying(BusinessException.class, ex -> {
			assertThat(ex.error()).isEqualTo(IdentityErrors.INVALID_ID_NUMBER);
			assertThat(ex.args()).containsExactly("359902********0011");
		});
	}

	@Test
	void passportNumbersAreNotCitizenNumbers() {
		var r = new DemographicRecord("John Smith", null, Sex.MALE, null, DocumentType.PASSPORT, "E12345678", null,
				null);
		assertThat(r.hasValidCitizenNumber()).isFalse();
		assertThat(r.problems(TODAY)).isEmpty();
	}

	@Test
	void toStringMasksPersonalData() {
		var r = DemographicRecord.of("张伟", Sex.MALE, LocalDate.of(1985, 3, 12), ID, "13812345678", "溪城区松坑路12号");
		assertThat(r.toString()).contains("张*", "359902********001X", "138****5678")
			.doesNotContain(ID, "13812345678", "松坑路");
	}

}
