package org.sanyi.identity.registration;

import java.time.LocalDate;

/** A source record as stored (personal fields still encrypted). */
public record SourceRow(int id, String institutionCode, String regionCode, String patientNo, String residentId,
		String name, String pinyin, String sex, LocalDate birthDate, String documentType, String idNumberEnc,
		String phoneEnc, String addressEnc) {
}
