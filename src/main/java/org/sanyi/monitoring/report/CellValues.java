package org.sanyi.monitoring.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.shared.ErrorCode;

/**
 * Reads the texts a hospital typed or imported into a form's cells: a number, not
 * negative, whole for counts and with at most two decimals for yuan, at most 16 digits
 * before the point. Every bad cell is reported, not only the first, so the hospital fixes
 * its report in one go. Pure.
 */
public final class CellValues {

	private static final int INTEGER_DIGITS = 16;

	private CellValues() {
	}

	/** A cell that could not be read: its code, the error, the text typed. */
	public record Problem(String cell, ErrorCode error, String text) {
	}

	/** The values read (cells left empty are absent) and the problems found. */
	public record Read(Map<String, BigDecimal> values, List<Problem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	/**
	 * @param texts cell code → text typed (empty or missing: not reported)
	 * @param scales cell code → decimals the cell's unit allows (0 for counts, 2 for
	 * yuan)
	 * @param submit whether required cells must be filled
	 * @param required the cells a submitted report must fill
	 */
	public static Read read(Map<String, String> texts, Map<String, Integer> scales, boolean submit,
			List<String> required) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		for (Map.Entry<String, Integer> cell : scales.entrySet()) {
			String text = texts.get(cell.getKey());
			String typed = text == null ? "" : text.strip().replace(",", "").replace("，", "");
			if (typed.isEmpty()) {
				if (submit && required.contains(cell.getKey())) {
					problems.add(new Problem(cell.getKey(), ReportErrors.CELL_REQUIRED, ""));
				}
				continue;
			}
			BigDecimal value;
			try {
				value = new BigDecimal(typed);
			}
			catch (NumberFormatException ex) {
				problems.add(new Problem(cell.getKey(), ReportErrors.CELL_NOT_A_NUMBER, text.strip()));
				continue;
			}
			if (value.signum() < 0) {
				problems.add(new Problem(cell.getKey(), ReportErrors.CELL_NEGATIVE, typed));
			}
			else if (value.stripTrailingZeros().scale() > cell.getValue()) {
				problems.add(new Problem(cell.getKey(), ReportErrors.CELL_DECIMALS, typed));
			}
			else if (value.precision() - value.scale() > INTEGER_DIGITS) {
				problems.add(new Problem(cell.getKey(), ReportErrors.CELL_TOO_LARGE, typed));
			}
			else {
				values.put(cell.getKey(), value.setScale(2));
			}
		}
		return new Read(values, problems);
	}

}
