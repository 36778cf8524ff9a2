package org.sanyi.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * The port through which an online health-code verification tells the scanning
 * institution whether the holder is insured: the insurance module owns enrolments and
 * implements it ({@code insurance.person.IdentityInsuranceStatus}). Where no
 * implementation is present the verification answers {@link Summary#UNKNOWN}.
 */
public interface InsuranceStatus {

	/**
	 * The holder's enrolments in force on a date, found by ID number (公民身份号码); empty when
	 * the person is not enrolled in this platform's insurance that year.
	 * @param idNumber the GB 11643 number, in clear (platform-internal call)
	 * @param date the day of the scan
	 * @return the enrolments of that year
	 */
	List<Standing> standings(String idNumber, LocalDate date);

	/**
	 * One enrolment: scheme, insured region, and whether it is in force.
	 *
	 * @param insutype {@code insutype} (310 employee, 390 urban-rural resident)
	 * @param insuredRegion {@code insuplc_admdvs}
	 * @param active enrolled and paid (参保缴费), false when suspended (暂停参保)
	 */
	record Standing(String insutype, String insuredRegion, boolean active) {
	}

	/** What a counter needs at a glance. */
	enum Summary {

		/** At least one enrolment in force. */
		INSURED,
		/** Enrolled, but every enrolment is suspended. */
		SUSPENDED,
		/** No enrolment this year. */
		NOT_INSURED,
		/** No insurance module answers here. */
		UNKNOWN;

		public static Summary of(List<Standing> standings) {
			if (standings.isEmpty()) {
				return NOT_INSURED;
			}
			return standings.stream().anyMatch(Standing::active) ? INSURED : SUSPENDED;
		}

	}

}
