package org.sanyi.shared.io;

import java.util.List;
import java.util.Map;

import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;

/** One record of a CSV file with the line it started on. */
public record CsvRow(int line, List<String> fields, Map<String, Integer> header) {

	/**
	 * The trimmed value of a column, {@code ""} when the row is shorter than the header.
	 */
	public String get(String column) {
		Integer index = header.get(column);
		if (index == null) {
			throw new BusinessException(SharedErrors.MALFORMED_CSV, line, "unknown column " + column);
		}
		return index < fields.size() ? fields.get(index).trim() : "";
	}

	/**
	 * The value, or a {@link SharedErrors#MALFORMED_CSV} naming this line and column when
	 * it is blank.
	 */
	public String required(String column) {
		String value = get(column);
		if (value.isEmpty()) {
			throw new BusinessException(SharedErrors.MALFORMED_CSV, line, column + " is empty");
		}
		return value;
	}

	public String optional(String column) {
		return header.containsKey(column) ? get(column) : "";
	}

}
