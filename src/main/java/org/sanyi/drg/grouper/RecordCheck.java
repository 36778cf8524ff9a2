package org.sanyi.drg.grouper;

import java.util.Arrays;
import java.util.Optional;

/**
 * Record checks a scheme may declare in {@code record_checks[].fail_if}. The scheme
 * decides which apply; the wording is matched exactly because it is the scheme's own
 * definition, not free text.
 */
enum RecordCheck {

	GENDER_MISSING("gender empty", "drg.trace.check.gender_missing"),
	NEWBORN_WEIGHT_MISSING("age_years == 0 and age_days <= 28 and weight == 0",
			"drg.trace.check.newborn_weight_missing"),
	NO_DIAGNOSIS("no diagnoses", "drg.trace.check.no_diagnosis");

	private final String failIf;

	private final String traceKey;

	RecordCheck(String failIf, String traceKey) {
		this.failIf = failIf;
		this.traceKey = traceKey;
	}

	String traceKey() {
		return traceKey;
	}

	boolean fails(DrgRecord r) {
		return switch (this) {
			case GENDER_MISSING -> r.sex() == null || r.sex().isBlank();
			case NEWBORN_WEIGHT_MISSING -> r.ageYears() == 0 && r.ageDays() <= 28 && r.birthWeightGrams() == 0;
			case NO_DIAGNOSIS -> r.diagnoses().isEmpty();
		};
	}

	static Optional<RecordCheck> fromFailIf(String text) {
		return Arrays.stream(values()).filter(v -> v.failIf.equals(text)).findFirst();
	}

}
