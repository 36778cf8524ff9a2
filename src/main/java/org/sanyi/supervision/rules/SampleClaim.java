package org.sanyi.supervision.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.sanyi.shared.BusinessException;
import org.sanyi.supervision.SupervisionErrors;
import org.sanyi.supervision.engine.Claim;
import org.sanyi.supervision.engine.ClaimLine;
import org.sanyi.supervision.engine.ItemKind;
import org.sanyi.supervision.engine.Scene;
import org.sanyi.supervision.engine.Sex;

/**
 * The sample claim of the rule test form: sex, birth date, hospital level, scene,
 * admission and discharge, diagnoses (comma-separated) and one line per fee line
 * {@code code,charge type,quantity,price[,date[,days]]}; optionally the patient's date of
 * death (死亡后就医).
 */
final class SampleClaim {

	private SampleClaim() {
	}

	static Claim read(Map<String, String> form) {
		LocalDate admission = date(form, "admission", null);
		LocalDate discharge = date(form, "discharge", admission);
		Scene scene = parse("scene", form.get("scene"));
		// the form offers 普通门诊 and 门诊慢特病; none given is a general visit
		String medType = form.getOrDefault("medType", "11").strip();
		if (!medType.isEmpty() && !medType.equals("11") && !medType.equals("14")) {
			throw invalid("medType: " + medType);
		}
		String level = form.getOrDefault("level", "3").strip();
		if (!level.matches("[0-3]")) {
			throw invalid("level: " + level);
		}
		List<ClaimLine> lines = new ArrayList<>();
		String[] rows = form.getOrDefault("lines", "").split("\\R");
		for (int i = 0; i < rows.length && lines.size() < 200; i++) {
			if (rows[i].isBlank()) {
				continue;
			}
			String[] f = rows[i].split("[,，]");
			if (f.length < 4) {
				throw invalid((i + 1) + ": " + rows[i]);
			}
			try {
				BigDecimal quantity = new BigDecimal(f[2].strip());
				BigDecimal price = new BigDecimal(f[3].strip());
				LocalDate day = f.length > 4 && !f[4].isBlank() ? LocalDate.parse(f[4].strip()) : admission;
				int days = f.length > 5 && !f[5].isBlank() ? Integer.parseInt(f[5].strip()) : 0;
				lines.add(new ClaimLine(String.valueOf(i + 1), f[0].strip(), f[0].strip(), "",
						ItemKind.ofCode(f[1].strip()), day, quantity, price,
						quantity.multiply(price).setScale(2, RoundingMode.HALF_UP), days, "", ""));
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				throw invalid((i + 1) + ": " + rows[i]);
			}
		}
		List<String> diagnoses = Arrays.stream(form.getOrDefault("diagnoses", "").split("[,，\\s]+"))
			.filter(s -> !s.isBlank())
			.toList();
		return new Claim("SAMPLE", "", "SAMPLE", Sex.ofCode(form.getOrDefault("sex", "9")),
				date(form, "birthDate", null), "", Integer.parseInt(level), scene, admission, discharge, diagnoses,
				lines, optionalDate(form, "deathDate"), Claim.chronicMedType(medType), null, null);
	}

	private static Scene parse(String field, String value) {
		try {
			return Scene.valueOf(value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw invalid(field + ": " + value);
		}
	}

	private static LocalDate date(Map<String, String> form, String field, LocalDate fallback) {
		String v = form.get(field);
		if (v == null || v.isBlank()) {
			if (fallback == null) {
				throw invalid(field);
			}
			return fallback;
		}
		try {
			return LocalDate.parse(v.strip());
		}
		catch (DateTimeParseException ex) {
			throw invalid(field + ": " + v);
		}
	}

	private static LocalDate optionalDate(Map<String, String> form, String field) {
		String v = form.get(field);
		return v == null || v.isBlank() ? null : date(form, field, null);
	}

	private static BusinessException invalid(String what) {
		return new BusinessException(SupervisionErrors.SAMPLE_INVALID, what);
	}

}
