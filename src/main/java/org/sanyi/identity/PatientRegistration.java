package org.sanyi.identity;

import java.time.LocalDate;

/**
 * A patient as a hospital sends it for registration in the master patient index.
 *
 * @param patientNo the institution's own patient number (required; the same number again
 * returns the same resident)
 * @param name name (required)
 * @param sex GB/T 2261.1 code: 0 unknown, 1 male, 2 female, 9 unspecified (null =
 * unknown)
 * @param birthDate birth date, or null
 * @param idNumber GB 11643 resident ID number, or null
 * @param phone phone, or null
 * @param address address, or null
 * @param psnNo the insurance person number (psn_no), or null
 */
public record PatientRegistration(String patientNo, String name, String sex, LocalDate birthDate, String idNumber,
		String phone, String address, String psnNo) {
}
