package org.sanyi.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstitutionCodeTest {

	@Test
	void medicalInstitutionAndPharmacyCodesAreLetterDivisionAndSequence() {
		assertThat(InstitutionCode.isValid("H35040300012")).isTrue();
		assertThat(InstitutionCode.isValid("P35992100007")).isTrue();
		assertThat(InstitutionCode.isValid("H35990000001")).as("registered at city level").isTrue();
	}

	@Test
	void wrongLengthLetterOrCharactersAreRejected() {
		assertThat(InstitutionCode.isValid(null)).isFalse();
		assertThat(InstitutionCode.isValid("")).isFalse();
		assertThat(InstitutionCode.isValid("H3504030001")).as("11 characters").isFalse();
		assertThat(InstitutionCode.isValid("H350403000123")).as("13 characters").isFalse();
		assertThat(InstitutionCode.isValid("X35040300012")).as("letter other than H or P").isFalse();
		assertThat(InstitutionCode.isValid("h35040300012")).as("lower case").isFalse();
		assertThat(InstitutionCode.isValid("H3504030001A")).as("letter in the sequence").isFalse();
		assertThat(InstitutionCode.isValid("135040300012")).as("no letter").isFalse();
	}

	@Test
	void theDivisionPartMustBeAWellFormedCountyLevelCode() {
		assertThat(InstitutionCode.isValid("H00040300012")).as("division starting 00").isFalse();
		assertThat(InstitutionCode.isValid("H35001200012")).as("county under no city").isFalse();
		assertThat(InstitutionCode.regionPart("H35040300012")).isEqualTo("350403");
	}

	@Test
	void theLetterMustFitTheKind() {
		assertThat(InstitutionCode.fitsKind("P35992100007", Institution.Kind.PHARMACY)).isTrue();
		assertThat(InstitutionCode.fitsKind("H35992100007", Institution.Kind.PHARMACY)).isFalse();
		assertThat(InstitutionCode.fitsKind("H35992100007", Institution.Kind.VILLAGE_CLINIC)).isTrue();
		assertThat(InstitutionCode.fitsKind("P35992100007", Institution.Kind.GENERAL_HOSPITAL)).isFalse();
	}

}
