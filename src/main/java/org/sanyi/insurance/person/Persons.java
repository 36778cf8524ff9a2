package org.sanyi.insurance.person;

import java.time.LocalDate;

/** Rows about insured persons, as the gateway and the pages read them. */
public final class Persons {

	private Persons() {
	}

	/**
	 * An insured person.
	 *
	 * @param psnNo person number
	 * @param certType {@code psn_cert_type} (01 ID card)
	 * @param certNo certificate number
	 * @param name name
	 * @param sex {@code gend}
	 * @param birthDate {@code brdy}
	 * @param nation {@code naty}
	 * @param insuredRegion {@code insuplc_admdvs}
	 * @param region where the person lives
	 * @param psnType {@code psn_type}
	 * @param civilServant {@code cvlserv_flag}
	 * @param cardNo social-security card number
	 * @param employer {@code emp_name}
	 */
	public record Person(String psnNo, String certType, String certNo, String name, String sex, LocalDate birthDate,
			String nation, String insuredRegion, String region, String psnType, boolean civilServant, String cardNo,
			String employer) {

		/** Age in whole years on a date. */
		public int ageOn(LocalDate date) {
			return java.time.Period.between(birthDate, date).getYears();
		}

	}

	/** An enrolment: {@code psn_insu_stas} 1 normal, 2 paused, 4 ended. */
	public record Enrolment(String psnNo, String insutype, int year, String status, LocalDate since,
			LocalDate pausedOn) {

		public boolean active() {
			return "1".equals(status);
		}

	}

	/** A special identity with its validity. */
	public record Identity(String psnNo, String type, LocalDate from, LocalDate to) {

		public boolean validOn(LocalDate date) {
			return !date.isBefore(from) && (to == null || !date.isAfter(to));
		}

	}

}
