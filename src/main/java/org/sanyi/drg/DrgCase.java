package org.sanyi.drg;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A discharged inpatient case to group: the grouping-relevant part of a settlement list
 * (结算清单) plus where and when it was discharged, which choose the scheme.
 *
 * @param sex GB/T 2261.1 code {@code "1"} male, {@code "2"} female (also accepts 男/女);
 * blank fails the scheme's check
 * @param ageYears age in completed years, 0–150
 * @param ageDays age in days; required for infants (age 0), derived from {@code ageYears}
 * when null
 * @param birthWeightGrams birth weight in grams for newborns, 0 when not recorded
 * @param department department code, may be empty
 * @param lengthOfStayDays length of stay in days
 * @param dischargeWay 离院方式 code, may be empty
 * @param diagnoses ICD-10 医保版 codes, the first is the principal diagnosis
 * @param procedures ICD-9-CM-3 codes, the first is the principal procedure; may be empty
 * @param regionCode 6-digit administrative code of the region whose scheme applies
 * (usually the insured's or the hospital's pooling region)
 * @param dischargeDate discharge date, chooses the scheme version
 * @param schemeId a specific imported scheme to use instead of the one assigned to the
 * region (to test a scheme before it is assigned); null for the normal choice
 */
public record DrgCase(String sex, int ageYears, Integer ageDays, int birthWeightGrams, String department,
		int lengthOfStayDays, String dischargeWay, List<String> diagnoses, List<String> procedures, String regionCode,
		LocalDate dischargeDate, Long schemeId) {

	public DrgCase {
		diagnoses = clean(diagnoses);
		procedures = clean(procedures);
		sex = sex == null ? "" : sex.strip();
		department = department == null ? "" : department.strip();
		dischargeWay = dischargeWay == null ? "" : dischargeWay.strip();
	}

	private static List<String> clean(List<String> codes) {
		return codes == null ? List.of()
				: codes.stream().filter(Objects::nonNull).map(String::strip).filter(c -> !c.isEmpty()).toList();
	}

}
