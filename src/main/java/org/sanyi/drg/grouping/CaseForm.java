package org.sanyi.drg.grouping;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.sanyi.shared.PlatformTime;
import org.sanyi.drg.DrgCase;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The workbench form. Codes are typed one per line (commas, spaces, | and 、 also separate
 * them); the first is the principal diagnosis / procedure.
 */
record CaseForm(String region, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dischargeDate, Long schemeId,
		String sex, Integer age, Integer ageDays, Integer weight, String dept, Integer los, String dischargeWay,
		String diagnoses, String procedures) {

	static CaseForm blank(String region) {
		return new CaseForm(region, PlatformTime.today(), null, "1", null, null, null, "", null, "1", "", "");
	}

	DrgCase toCase() {
		return new DrgCase(sex, age == null ? -1 : age, ageDays, weight == null ? 0 : weight, dept,
				los == null ? 0 : los, dischargeWay, codes(diagnoses), codes(procedures), region, dischargeDate,
				schemeId);
	}

	static List<String> codes(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[\\s,，|;；、]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
