package org.sanyi.clinical.online.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 互联网诊疗管理办法（试行）(2018): an institution may see a patient online only for a follow-up (复诊)
 * of a common or chronic disease already diagnosed at an in-person visit. "The same
 * condition" is read as the same ICD-10 category (the first three characters:
 * {@code I10.x00} and {@code I10.x05} are both hypertension, {@code E11.900} and
 * {@code E11.201} both type 2 diabetes); the diagnosis must be dated on or before the day
 * of the request. The most recent matching diagnosis is the evidence kept with the visit.
 */
public final class FollowUpRule {

	private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9A-Za-z]{1,4})?");

	private FollowUpRule() {
	}

	/** A diagnosis recorded at an in-person visit. */
	public record Diagnosis(String code, String institutionCode, LocalDate day) {
	}

	/** Whether the text is an ICD-10 code ({@code I10}, {@code E11.900}). */
	public static boolean isIcd10(String code) {
		return code != null && ICD10.matcher(code.strip().toUpperCase(Locale.ROOT)).matches();
	}

	/** The ICD-10 category of a code: {@code I10.x00} → {@code I10}. */
	public static String category(String code) {
		if (!isIcd10(code)) {
			throw new IllegalArgumentException("not an ICD-10 code: " + code);
		}
		return code.strip().toUpperCase(Locale.ROOT).substring(0, 3);
	}

	/**
	 * The most recent earlier diagnosis of the same condition, or empty when the visit
	 * would not be a follow-up.
	 * @param condition the condition the resident asks about (an ICD-10 code)
	 * @param recorded the resident's diagnoses from in-person visits
	 * @param today the day of the request
	 */
	public static Optional<Diagnosis> evidence(String condition, List<Diagnosis> recorded, LocalDate today) {
		String wanted = category(condition);
		return recorded.stream()
			.filter(d -> isIcd10(d.code()) && category(d.code()).equals(wanted))
			.filter(d -> d.day() != null && !d.day().isAfter(today))
			.max(Comparator.comparing(Diagnosis::day));
	}

}
