package org.sanyi.identity.matching;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanyi.identity.matching.FieldComparisons.Prepared;

import static org.assertj.core.api.Assertions.assertThat;

class FieldComparisonsTest {

	static final String ID = "11010519491231002X";

	@Test
	void idNumbersOneTypoApartAreSimilarAndTwoValidNumbersDisagree() {
		assertThat(FieldComparisons.idNumber(withId(ID), withId(ID))).isEqualTo(Agreement.EXACT);
		assertThat(FieldComparisons.idNumber(withId(ID), withId("11010519491231003X"))).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.idNumber(withId(ID), withId("11010519491213002X"))).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.idNumber(withId(ID), withId("350403199001010019"))).isEqualTo(Agreement.DISAGREE);
		// an invalid number far from the other one says nothing
		assertThat(FieldComparisons.idNumber(withId(ID), withId("350403199001010012"))).isEqualTo(Agreement.MISSING);
		assertThat(FieldComparisons.idNumber(withId(ID), withId(null))).isEqualTo(Agreement.MISSING);
	}

	@Test
	void namesAgreeAtPinyinLevelForHomophonesAndLookAlikes() {
		assertThat(FieldComparisons.name(named("张伟"), named("张伟"), 0.95)).isEqualTo(Agreement.EXACT);
		assertThat(FieldComparisons.name(named("张伟"), named("章伟"), 0.95)).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.name(named("王芳"), named("汪芳"), 0.95)).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.name(named("李娜"), named("黎娜"), 0.95)).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.name(named("陈晓明"), named("程晓明"), 0.95)).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.name(named("王晓明"), named("王小明"), 0.95)).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.name(named("王晓明"), named("王晓朋"), 0.95)).isEqualTo(Agreement.SIMILAR);
	}

	@Test
	void siblingsWithAGenerationCharacterAndDifferentPeopleDisagree() {
		assertThat(FieldComparisons.name(named("王晓明"), named("王晓红"), 0.95)).isEqualTo(Agreement.DISAGREE);
		assertThat(FieldComparisons.name(named("张伟"), named("王伟"), 0.95)).isEqualTo(Agreement.DISAGREE);
		assertThat(FieldComparisons.name(named("张伟"), named(""), 0.95)).isEqualTo(Agreement.MISSING);
	}

	@Test
	void birthDatesWithSwappedDayAndMonthOrOneDigitWrongAreSimilar() {
		assertThat(FieldComparisons.birthDate(born(1985, 3, 12), born(1985, 3, 12))).isEqualTo(Agreement.EXACT);
		assertThat(FieldComparisons.birthDate(born(1985, 3, 12), born(1985, 12, 3))).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.birthDate(born(1985, 3, 12), born(1985, 3, 21))).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.birthDate(born(1985, 3, 12), born(1986, 3, 12))).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.birthDate(born(1985, 3, 12), born(1958, 3, 12))).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.birthDate(born(1985, 3, 12), born(1990, 7, 1))).isEqualTo(Agreement.DISAGREE);
		assertThat(FieldComparisons.birthDate(born(1985, 3, 12), prepared(record("张伟", null, null, null, null))))
			.isEqualTo(Agreement.MISSING);
	}

	@Test
	void phonesWithTheSameLastEightDigitsAreSimilar() {
		assertThat(FieldComparisons.phone(phone("13812345678"), phone("+86 138-1234-5678"))).isEqualTo(Agreement.EXACT);
		assertThat(FieldComparisons.phone(phone("13812345678"), phone("15912345678"))).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.phone(phone("13812345678"), phone("13887654321"))).isEqualTo(Agreement.DISAGREE);
	}

	@Test
	void abbreviatedAddressIsSimilarButANeighbourIsNot() {
		String full = "福建省青溪市溪城区龙口街道松坑路12号3栋2单元501室";
		assertThat(FieldComparisons.addressTokens(full)).containsExactly("福建省", "青溪市", "溪城区", "龙口街道", "松坑路", "12号",
				"3栋", "2单元", "501室");
		assertThat(FieldComparisons.address(at(full), at(full), 0.8)).isEqualTo(Agreement.EXACT);
		assertThat(FieldComparisons.address(at(full), at("溪城区松坑路12号"), 0.8)).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.address(at(full), at("溪城区龙口街道松坑路12号3栋2单元501室"), 0.8)).isEqualTo(Agreement.SIMILAR);
		assertThat(FieldComparisons.address(at(full), at("福建省青溪市溪城区龙口街道松坑路14号3栋2单元501室"), 0.8))
			.isEqualTo(Agreement.DISAGREE);
		assertThat(FieldComparisons.address(at("溪城区松坑路12号"), at("溪城区松坑路14号"), 0.8)).isEqualTo(Agreement.DISAGREE);
		assertThat(FieldComparisons.address(at(full), at("福建省青溪市云岫县岚口镇松坑村3组12号"), 0.8)).isEqualTo(Agreement.DISAGREE);
	}

	@Test
	void oneEditApartMeansOneSubstitutionOrOneAdjacentTransposition() {
		assertThat(FieldComparisons.oneEditApart("12345", "12355")).isTrue();
		assertThat(FieldComparisons.oneEditApart("12345", "12354")).isTrue();
		assertThat(FieldComparisons.oneEditApart("12345", "12345")).isFalse();
		assertThat(FieldComparisons.oneEditApart("12345", "13245")).isTrue();
		assertThat(FieldComparisons.oneEditApart("12345", "52341")).isFalse();
		assertThat(FieldComparisons.oneEditApart("12345", "1234")).isFalse();
	}

	static Prepared withId(String id) {
		return prepared(record("张伟", LocalDate.of(1949, 12, 31), id, null, null));
	}

	static Prepared named(String name) {
		return prepared(record(name, null, null, null, null));
	}

	static Prepared born(int year, int month, int day) {
		return prepared(record("张伟", LocalDate.of(year, month, day), null, null, null));
	}

	static Prepared phone(String phone) {
		return prepared(record("张伟", null, null, phone, null));
	}

	static Prepared at(String address) {
		return prepared(record("张伟", null, null, null, address));
	}

	static Prepared prepared(DemographicRecord r) {
		return Prepared.of(r);
	}

	static DemographicRecord record(String name, LocalDate birth, String id, String phone, String address) {
		return DemographicRecord.of(name, Sex.MALE, birth, id, phone, address);
	}

}
