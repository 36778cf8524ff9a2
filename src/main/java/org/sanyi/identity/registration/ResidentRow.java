package org.sanyi.identity.registration;

import java.time.LocalDate;

/** A resident as stored. */
public record ResidentRow(int id, String residentId, String name, String pinyin, String sex, LocalDate birthDate,
		String idNumberEnc, String idNumberMask, String phoneEnc, String phoneMask, String status, String mergedInto) {
}
