package org.sanyi.drg.grouper;

import java.util.List;
import java.util.Objects;

/**
 * One discharged inpatient case as the grouper reads it (the grouping-relevant part of a
 * 结算清单).
 *
 * <p>
 * Department, length of stay and discharge way are carried because local schemes split on
 * them (e.g. suffix 7 for death/transfer); the CHS-DRG 1.1 rules do not read them.
 *
 * @param sex GB/T 2261.1 code: {@code "1"} male, {@code "2"} female; blank fails the
 * scheme's check
 * @param ageYears age in completed years
 * @param ageDays age in days (newborn rules look at it)
 * @param birthWeightGrams birth weight in grams, 0 when not recorded (only newborns need
 * it)
 * @param department department code, may be empty
 * @param lengthOfStayDays length of stay in days
 * @param dischargeWay 离院方式 code, may be empty
 * @param diagnoses ICD-10 codes, first = principal diagnosis
 * @param procedures ICD-9-CM-3 codes, first = principal procedure; may be empty
 */
public record DrgRecord(String sex, int ageYears, int ageDays, int birthWeightGrams, String department,
		int lengthOfStayDays, String dischargeWay, List<String> diagnoses, List<String> procedures) {

	public DrgRecord {
		diagnoses = List.copyOf(Objects.requireNonNull(diagnoses, "diagnoses"));
		procedures = List.copyOf(Objects.requireNonNull(procedures, "procedures"));
	}
}
