package org.sanyi.insurance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The insured person as a settlement event describes them for statistics: no name, no
 * identity number, only what indicators slice by.
 *
 * @param county the county (6-digit division code) the person lives in; the city's code
 * when the person's registered region is no finer than the city
 * @param sex {@code gend}: {@code 1} male, {@code 2} female, {@code 9} not stated
 * @param age whole years at the settlement date
 */
public record InsuredProfile(String county, String sex, int age) {

	public InsuredProfile {
		Objects.requireNonNull(county, "county");
		Objects.requireNonNull(sex, "sex");
	}

	/**
	 * From the person's registered region (county, township or village code), sex and
	 * birth date.
	 */
	public static InsuredProfile of(String region, String sex, LocalDate birthDate, LocalDate on) {
		String county = region == null ? "" : region.length() > 6 ? region.substring(0, 6) : region;
		int age = birthDate == null ? 0 : Math.max(0, java.time.Period.between(birthDate, on).getYears());
		return new InsuredProfile(county, sex == null || sex.isBlank() ? "9" : sex, age);
	}

	/**
	 * The age band of {@code org.sanyi.shared.facts.Dimensions#AGE_BAND}: 0-6, 7-17,
	 * 18-44, 45-64, 65+.
	 */
	public String ageBand() {
		if (age <= 6) {
			return "0-6";
		}
		if (age <= 17) {
			return "7-17";
		}
		if (age <= 44) {
			return "18-44";
		}
		return age <= 64 ? "45-64" : "65+";
	}

}
