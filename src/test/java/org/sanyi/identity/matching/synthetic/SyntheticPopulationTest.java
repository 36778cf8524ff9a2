package org.sanyi.identity.matching.synthetic;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.identity.matching.DemographicRecord;
import org.sanyi.identity.matching.synthetic.SyntheticDuplicates.Duplicate;
import org.sanyi.identity.matching.synthetic.SyntheticDuplicates.Error;
import org.sanyi.shared.IdNumber;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticPopulationTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void theSameSeedGivesTheSamePeople() {
		assertThat(new SyntheticPopulation(7, TODAY).residents(500))
			.isEqualTo(new SyntheticPopulation(7, TODAY).residents(500));
		assertThat(new SyntheticPopulation(7, TODAY).residents(50))
			.isNotEqualTo(new SyntheticPopulation(8, TODAY).residents(50));
	}

	@Test
	void residentsHaveValidUniqueIdNumbersConsistentWithTheirBirthAndSex() {
		var population = new SyntheticPopulation(1, TODAY);
		List<DemographicRecord> residents = population.residents(20_000);
		Set<String> ids = new HashSet<>();
		for (DemographicRecord r : residents) {
			assertThat(IdNumber.isValid(r.documentNumber(), TODAY)).as(r.documentNumber()).isTrue();
			assertThat(r.problems(TODAY)).as(r.toString()).isEmpty();
			assertThat(ids.add(r.documentNumber())).isTrue();
			assertThat(r.phone()).hasSize(11).startsWith("1");
			assertThat(r.address()).startsWith("福建省青溪市");
		}
		assertThat(population.twinPairs()).isPositive();
	}

	@Test
	void householdsShareAddressesAndSomePhones() {
		List<DemographicRecord> residents = new SyntheticPopulation(2, TODAY).residents(5_000);
		long distinctAddresses = residents.stream().map(DemographicRecord::address).distinct().count();
		long distinctPhones = residents.stream().map(DemographicRecord::phone).distinct().count();
		assertThat(distinctAddresses).isBetween(1_000L, 2_500L);
		assertThat(distinctPhones).isLessThan(5_000L).isGreaterThan(distinctAddresses);
	}

	@Test
	void duplicatesCarryTheErrorsTheySay() {
		var population = new SyntheticPopulation(3, TODAY);
		List<DemographicRecord> residents = population.residents(5_000);
		List<Duplicate> duplicates = new SyntheticDuplicates(4, population).duplicates(residents, 2_000);
		assertThat(duplicates).extracting(Duplicate::originalId).doesNotHaveDuplicates();
		for (Duplicate d : duplicates) {
			DemographicRecord original = residents.get(d.originalId());
			DemographicRecord copy = d.record();
			assertThat(copy.documentNumber() == null).isEqualTo(d.errors().contains(Error.MISSING_ID));
			assertThat(copy.phone() == null).isEqualTo(d.errors().contains(Error.MISSING_PHONE));
			boolean nameError = d.errors().contains(Error.SURNAME_HOMOPHONE)
					|| d.errors().contains(Error.GIVEN_NAME_HOMOPHONE)
					|| d.errors().contains(Error.GIVEN_NAME_LOOK_ALIKE);
			assertThat(copy.name().equals(original.name())).isNotEqualTo(nameError);
			boolean dateError = d.errors().contains(Error.SWAPPED_DAY_MONTH)
					|| d.errors().contains(Error.BIRTH_DATE_DIGIT);
			assertThat(copy.birthDate().equals(original.birthDate())).isNotEqualTo(dateError);
		}
		assertThat(duplicates).filteredOn(d -> d.errors().contains(Error.SURNAME_HOMOPHONE)).isNotEmpty();
		assertThat(duplicates).filteredOn(d -> d.errors().contains(Error.SWAPPED_DAY_MONTH)).isNotEmpty();
		assertThat(duplicates).filteredOn(d -> d.errors().contains(Error.ABBREVIATED_ADDRESS)).isNotEmpty();
	}

	@Test
	void namesakesShareNameSexAndBirthDateButNothingElse() {
		var population = new SyntheticPopulation(5, TODAY);
		List<DemographicRecord> residents = population.residents(1_000);
		List<DemographicRecord> namesakes = new SyntheticDuplicates(6, population).namesakes(residents, 100, 0);
		Set<String> nameAndBirth = new HashSet<>();
		Set<String> ids = new HashSet<>();
		for (DemographicRecord r : residents) {
			nameAndBirth.add(r.name() + r.birthDate() + r.sex());
			ids.add(r.documentNumber());
		}
		for (DemographicRecord n : namesakes) {
			assertThat(nameAndBirth).contains(n.name() + n.birthDate() + n.sex());
			assertThat(ids).doesNotContain(n.documentNumber());
			assertThat(IdNumber.isValid(n.documentNumber(), TODAY)).isTrue();
		}
	}

}
