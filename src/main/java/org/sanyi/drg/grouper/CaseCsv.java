package org.sanyi.drg.grouper;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns rows of the case CSV layout
 * ({@code gender, age, age_days, weight_g, dept, los_days, discharge_way,
 * diagnoses, procedures}, lists separated by {@code |}) into {@link DrgRecord}s,
 * collecting every input error of a row instead of failing on the first.
 */
final class CaseCsv {

	static final List<String> REQUIRED = List.of("gender", "age", "age_days", "weight_g", "diagnoses", "procedures");
	static final List<String> OPTIONAL = List.of("dept", "los_days", "discharge_way");

	/** Oldest plausible age; anything above is a data error, not a patient. */
	static final int MAX_AGE_YEARS = 150;

	private static final int MISSING = -1;

	private final int[] required;

	private final int[] optional;

	/** A parsed row: the record, or the errors that prevented it. */
	record Parsed(DrgRecord record, List<BatchError.Found> errors) {
	}

	CaseCsv(String[] header) {
		required = CsvReader.columnIndexes(header, REQUIRED);
		optional = CsvReader.columnIndexes(header, OPTIONAL);
		for (int i = 0; i < required.length; i++) {
			if (required[i] < 0) {
				throw new IllegalArgumentException(
						"input has no column \"" + REQUIRED.get(i) + "\" (required: " + REQUIRED + ")");
			}
		}
	}

	Parsed parse(String[] row) {
		List<BatchError.Found> errors = new ArrayList<>(2);
		String sex = sex(field(row, required[0]));
		int age = number(row, required[1], "age", errors);
		int ageDays = number(row, required[2], "age_days", errors);
		int weight = Math.max(0, number(row, required[3], "weight_g", errors));
		int los = Math.max(0, number(row, optional[1], "los_days", errors));
		if (age == MISSING) {
			errors.add(BatchError.Found.of(BatchError.MALFORMED_NUMBER, "age", ""));
		}
		else if (age > MAX_AGE_YEARS) {
			errors.add(BatchError.Found.of(BatchError.AGE_OUT_OF_RANGE, Integer.toString(age),
					Integer.toString(MAX_AGE_YEARS)));
		}
		else if (ageDays == MISSING && age == 0) {
			errors.add(BatchError.Found.of(BatchError.AGE_DAYS_REQUIRED));
		}
		else if (ageDays == MISSING) {
			ageDays = age * 365; // only newborn rules read age in days; adults often
									// leave it empty
		}
		List<String> diagnoses = codes(field(row, required[4]));
		List<String> procedures = codes(field(row, required[5]));
		if (diagnoses.isEmpty() || diagnoses.getFirst().isEmpty()) {
			errors.add(BatchError.Found.of(BatchError.NO_PRINCIPAL_DIAGNOSIS));
		}
		if (!procedures.isEmpty() && procedures.getFirst().isEmpty()) {
			errors.add(BatchError.Found.of(BatchError.NO_PRINCIPAL_PROCEDURE));
		}
		if (!errors.isEmpty()) {
			return new Parsed(null, errors);
		}
		return new Parsed(new DrgRecord(sex, age, ageDays, weight, field(row, optional[0]), los,
				field(row, optional[2]), withoutEmpty(diagnoses), withoutEmpty(procedures)), List.of());
	}

	private static String field(String[] row, int index) {
		return index >= 0 && index < row.length ? row[index].trim() : "";
	}

	/** Accepts the spellings seen in hospital exports besides the GB/T 2261.1 codes. */
	private static String sex(String value) {
		return switch (value) {
			case "男", "1.0" -> "1";
			case "女", "2.0" -> "2";
			default -> value;
		};
	}

	/**
	 * Whole non-negative number; {@code "65.0"} is accepted because spreadsheets write
	 * integers that way. Returns {@link #MISSING} for an empty field and 0 after
	 * recording an error.
	 */
	private static int number(String[] row, int index, String column, List<BatchError.Found> errors) {
		String text = field(row, index);
		if (text.isEmpty()) {
			return MISSING;
		}
		String digits = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
		int value;
		try {
			value = Integer.parseInt(digits);
		}
		catch (NumberFormatException e) {
			errors.add(BatchError.Found.of(BatchError.MALFORMED_NUMBER, column, text));
			return 0;
		}
		if (value < 0) {
			errors.add(BatchError.Found.of(BatchError.NEGATIVE_NUMBER, column, text));
			return 0;
		}
		return value;
	}

	/**
	 * Splits {@code a|b|c} without regex, keeping empty items so that an empty first item
	 * can be reported.
	 */
	static List<String> codes(String field) {
		if (field.isEmpty()) {
			return List.of();
		}
		List<String> codes = new ArrayList<>(8);
		int start = 0;
		for (int i = 0; i <= field.length(); i++) {
			if (i == field.length() || field.charAt(i) == '|') {
				codes.add(field.substring(start, i).trim());
				start = i + 1;
			}
		}
		return codes;
	}

	private static List<String> withoutEmpty(List<String> codes) {
		return codes.contains("") ? codes.stream().filter(c -> !c.isEmpty()).toList() : codes;
	}

}
