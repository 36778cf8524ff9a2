package org.sanyi.monitoring.report;

import java.io.Reader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanyi.monitoring.report.ReportForm.Cell;
import org.sanyi.monitoring.report.ReportRejected.CellError;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;

/**
 * Reads months of a form from CSV: a {@code period} (or 月份) column with the month
 * ({@code 2026-10}) and one column per cell, named by its code or its Chinese label; one
 * month a line. Problems of the file (unknown columns, bad or repeated months) are added
 * to the caller's list with their line; the cells are checked by the caller.
 */
final class ReportCsv {

	static final String PERIOD_COLUMN = "period";

	private ReportCsv() {
	}

	/** One month read: its CSV line, the month and cell code → text. */
	record Row(int line, YearMonth month, Map<String, String> texts) {
	}

	static List<Row> read(ReportForm form, Reader csv, List<CellError> errors) {
		List<Row> rows = new ArrayList<>();
		Set<YearMonth> seen = new HashSet<>();
		try (CsvReader reader = new CsvReader(csv)) {
			Map<Integer, String> columns = columns(form, reader.header(), errors);
			CsvRow row;
			while ((row = reader.next()) != null) {
				Map<String, String> texts = new HashMap<>();
				String period = "";
				for (Map.Entry<Integer, String> column : columns.entrySet()) {
					String text = column.getKey() < row.fields().size() ? row.fields().get(column.getKey()) : "";
					if (PERIOD_COLUMN.equals(column.getValue())) {
						period = text.strip();
					}
					else {
						texts.put(column.getValue(), text);
					}
				}
				YearMonth month = month(period, row.line(), errors);
				if (month == null) {
					continue;
				}
				if (!seen.add(month)) {
					errors.add(new CellError(row.line(), month.toString(), null, ReportErrors.REPORT_DUPLICATE_MONTH,
							month.toString()));
					continue;
				}
				rows.add(new Row(row.line(), month, texts));
			}
		}
		if (errors.isEmpty() && rows.isEmpty()) {
			errors.add(new CellError(1, "", null, ReportErrors.REPORT_FILE_INVALID, "no rows"));
		}
		return rows;
	}

	/**
	 * A month that has ended (reports are about the past); problems are added to
	 * {@code errors} and give {@code null}.
	 */
	static YearMonth month(String text, int line, List<CellError> errors) {
		YearMonth month;
		try {
			month = YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new CellError(line, text, null, ReportErrors.REPORT_PERIOD_INVALID, text));
			return null;
		}
		if (!month.isBefore(YearMonth.from(PlatformTime.today())) || month.getYear() < 2000) {
			errors.add(new CellError(line, text, null, ReportErrors.REPORT_PERIOD_INVALID, text));
			return null;
		}
		return month;
	}

	/** CSV column index → cell code (or {@code period}); unknown columns are errors. */
	private static Map<Integer, String> columns(ReportForm form, List<String> header, List<CellError> errors) {
		Map<Integer, String> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip();
			if (name.isEmpty()) {
				continue;
			}
			if (name.equals(PERIOD_COLUMN) || name.equals("月份")) {
				columns.put(i, PERIOD_COLUMN);
				continue;
			}
			Optional<Cell> cell = form.cells()
				.stream()
				.filter(c -> c.code().equals(name) || c.labelZh().equals(name))
				.findFirst();
			if (cell.isPresent()) {
				columns.put(i, cell.get().code());
			}
			else {
				errors.add(new CellError(1, "", null, ReportErrors.REPORT_UNKNOWN_COLUMN, name));
			}
		}
		if (!columns.containsValue(PERIOD_COLUMN)) {
			errors.add(new CellError(1, "", null, ReportErrors.REPORT_FILE_INVALID, PERIOD_COLUMN));
		}
		return columns;
	}

}
