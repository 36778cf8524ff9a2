package org.sanyi.identity;

/**
 * One person of a population registered in bulk
 * ({@link ResidentIndex#registerPopulation}).
 *
 * @param institutionCode the institution whose record this is (a township health centre
 * keeping the resident's health record, say); its patient number is
 * {@code patient.patientNo()}
 * @param patient the record; a valid ID number is required, {@code psnNo} becomes the
 * resident's insurance link
 * @param voucherRegion the insurance region (参保地医保区划) of the e-voucher account to open
 * for {@code psnNo}, or {@code null} for none
 */
public record PopulationRecord(String institutionCode, PatientRegistration patient, String voucherRegion) {
}
