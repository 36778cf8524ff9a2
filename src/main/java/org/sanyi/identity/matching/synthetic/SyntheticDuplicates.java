package org.sanyi.identity.matching.synthetic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.sanyi.identity.matching.ChineseNames;
import org.sanyi.identity.matching.ConfusableCharacters;
import org.sanyi.identity.matching.DemographicRecord;
import org.sanyi.identity.matching.DocumentType;
import org.sanyi.identity.matching.Sex;

/**
 * Known duplicates of residents, with the errors registration data really has, each drawn
 * independently with the probability given on its constant. The probabilities are a
 * plausible mix for records arriving from outpatient HIS, not measured rates; the
 * benchmark reports which errors the links it misses carry.
 */
public final class SyntheticDuplicates {

	/** The errors a duplicate may carry. */
	public enum Error {

		/** 8 %: 张→章, 王→汪, 陈→程 (homophone or nasal/retroflex surname). */
		SURNAME_HOMOPHONE(8),
		/** 12 %: a given-name character replaced by a homophone (晓→小). */
		GIVEN_NAME_HOMOPHONE(12),
		/** 4 %: a given-name character replaced by a look-alike (明→朋). */
		GIVEN_NAME_LOOK_ALIKE(4),
		/** 5 %: day and month swapped (possible when the day is 12 or less). */
		SWAPPED_DAY_MONTH(5),
		/** 2 %: one digit of the birth date wrong. */
		BIRTH_DATE_DIGIT(2),
		/** 45 %: no ID number (many outpatient records have none). */
		MISSING_ID(45),
		/** 3 %: one digit of the ID number wrong (the check character then fails). */
		ID_TYPO(3),
		/** 3 %: sex not recorded. */
		MISSING_SEX(3),
		/** 20 %: another phone number. */
		CHANGED_PHONE(20),
		/** 10 %: no phone. */
		MISSING_PHONE(10),
		/**
		 * 30 %: address abbreviated (province and city dropped, or only county, road and
		 * number).
		 */
		ABBREVIATED_ADDRESS(30),
		/** 10 %: moved to another address. */
		MOVED(10),
		/** 12 %: no address. */
		MISSING_ADDRESS(12);

		private final int percent;

		Error(int percent) {
			this.percent = percent;
		}

		public int percent() {
			return percent;
		}

	}

	/**
	 * A duplicate record of a resident.
	 *
	 * @param originalId the resident's id (index in the population)
	 * @param record the duplicate as a hospital would send it
	 * @param errors the errors applied
	 */
	public record Duplicate(int originalId, DemographicRecord record, Set<Error> errors) {

		public Duplicate {
			errors = errors.isEmpty() ? Set.of() : Set.copyOf(errors);
		}

	}

	private final SplittableRandom random;

	private final SyntheticPopulation population;

	public SyntheticDuplicates(long seed, SyntheticPopulation population) {
		this.random = new SplittableRandom(seed);
		this.population = population;
	}

	/** Duplicates of {@code count} different residents chosen at random. */
	public List<Duplicate> duplicates(List<DemographicRecord> residents, int count) {
		Set<Integer> chosen = new HashSet<>();
		List<Duplicate> out = new ArrayList<>(count);
		while (out.size() < count) {
			int id = random.nextInt(residents.size());
			if (chosen.add(id)) {
				out.add(duplicateOf(id, residents.get(id)));
			}
		}
		return out;
	}

	/**
	 * Namesakes (same name, sex and birth date, otherwise another person) of
	 * {@code count} residents; a given share comes without ID number, and one in five
	 * without phone, without address, or both (independently), which leaves some with
	 * nothing but name, birth date and sex.
	 */
	public List<DemographicRecord> namesakes(List<DemographicRecord> residents, int count, int percentWithoutId) {
		List<DemographicRecord> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			DemographicRecord n = population.namesakeOf(residents.get(random.nextInt(residents.size())));
			boolean noId = random.nextInt(100) < percentWithoutId;
			boolean noPhone = random.nextInt(100) < 20;
			boolean noAddress = random.nextInt(100) < 20;
			out.add(new DemographicRecord(n.name(), n.pinyin(), n.sex(), n.birthDate(), noId ? null : n.documentType(),
					noId ? null : n.documentNumber(), noPhone ? null : n.phone(), noAddress ? null : n.address()));
		}
		return out;
	}

	public Duplicate duplicateOf(int id, DemographicRecord original) {
		Set<Error> errors = EnumSet.noneOf(Error.class);
		String name = name(original.name(), errors);
		LocalDate birth = birthDate(original.birthDate(), errors);
		DocumentType type = original.documentType();
		String number = original.documentNumber();
		if (happens(Error.MISSING_ID)) {
			errors.add(Error.MISSING_ID);
			type = null;
			number = null;
		}
		else if (number != null && happens(Error.ID_TYPO)) {
			errors.add(Error.ID_TYPO);
			int position = random.nextInt(17);
			char wrong = (char) ('0' + (number.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
			number = number.substring(0, position) + wrong + number.substring(position + 1);
		}
		Sex sex = original.sex();
		if (happens(Error.MISSING_SEX)) {
			errors.add(Error.MISSING_SEX);
			sex = Sex.UNKNOWN;
		}
		String phone = original.phone();
		if (happens(Error.MISSING_PHONE)) {
			errors.add(Error.MISSING_PHONE);
			phone = null;
		}
		else if (happens(Error.CHANGED_PHONE)) {
			errors.add(Error.CHANGED_PHONE);
			phone = population.freshPhone();
		}
		String address = original.address();
		if (happens(Error.MISSING_ADDRESS)) {
			errors.add(Error.MISSING_ADDRESS);
			address = null;
		}
		else if (happens(Error.MOVED)) {
			errors.add(Error.MOVED);
			address = population.address(population.county());
		}
		else if (address != null && happens(Error.ABBREVIATED_ADDRESS)) {
			errors.add(Error.ABBREVIATED_ADDRESS);
			address = abbreviate(address);
		}
		return new Duplicate(id, new DemographicRecord(name, null, sex, birth, type, number, phone, address), errors);
	}

	private String name(String name, Set<Error> errors) {
		int surnameLength = ChineseNames.surnameLength(name);
		StringBuilder out = new StringBuilder(name);
		if (surnameLength == 1 && happens(Error.SURNAME_HOMOPHONE)) {
			char other = ConfusableCharacters.confusedSurnameOf(name.charAt(0), random.nextInt(4));
			if (other != 0) {
				out.setCharAt(0, other);
				errors.add(Error.SURNAME_HOMOPHONE);
			}
		}
		if (name.length() > surnameLength) {
			int position = surnameLength + random.nextInt(name.length() - surnameLength);
			if (happens(Error.GIVEN_NAME_HOMOPHONE)) {
				char other = ConfusableCharacters.homophoneOf(name.charAt(position), random.nextInt(4));
				if (other != 0) {
					out.setCharAt(position, other);
					errors.add(Error.GIVEN_NAME_HOMOPHONE);
				}
			}
			else if (happens(Error.GIVEN_NAME_LOOK_ALIKE)) {
				char other = ConfusableCharacters.lookAlikeOf(name.charAt(position), random.nextInt(4));
				if (other != 0) {
					out.setCharAt(position, other);
					errors.add(Error.GIVEN_NAME_LOOK_ALIKE);
				}
			}
		}
		return out.toString();
	}

	private LocalDate birthDate(LocalDate birth, Set<Error> errors) {
		int day = birth.getDayOfMonth();
		int month = birth.getMonthValue();
		if (day <= 12 && day != month && happens(Error.SWAPPED_DAY_MONTH)) {
			errors.add(Error.SWAPPED_DAY_MONTH);
			return LocalDate.of(birth.getYear(), day, month);
		}
		if (happens(Error.BIRTH_DATE_DIGIT)) {
			for (int attempt = 0; attempt < 5; attempt++) {
				String digits = "%04d%02d%02d".formatted(birth.getYear(), month, day);
				int position = 2 + random.nextInt(6);
				char wrong = (char) ('0' + (digits.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
				String changed = digits.substring(0, position) + wrong + digits.substring(position + 1);
				try {
					LocalDate date = LocalDate.of(Integer.parseInt(changed.substring(0, 4)),
							Integer.parseInt(changed.substring(4, 6)), Integer.parseInt(changed.substring(6)));
					errors.add(Error.BIRTH_DATE_DIGIT);
					return date;
				}
				catch (DateTimeException ex) {
					// not a real date: try another digit
				}
			}
		}
		return birth;
	}

	/** 福建省青溪市溪城区龙口街道松坑路12号3栋2单元501室 → 溪城区松坑路12号, or without province and city. */
	private String abbreviate(String address) {
		String shorter = address.startsWith(SyntheticPopulation.PROVINCE_CITY)
				? address.substring(SyntheticPopulation.PROVINCE_CITY.length()) : address;
		if (random.nextBoolean()) {
			return shorter;
		}
		int street = shorter.indexOf("街道");
		int number = shorter.indexOf('号');
		if (street > 0 && number > street) {
			int county = Math.max(shorter.indexOf('区'), shorter.indexOf('市'));
			return shorter.substring(0, county + 1) + shorter.substring(street + 2, number + 1);
		}
		return shorter;
	}

	private boolean happens(Error error) {
		return random.nextInt(100) < error.percent();
	}

}
