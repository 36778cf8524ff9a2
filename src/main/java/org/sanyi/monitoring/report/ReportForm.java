package org.sanyi.monitoring.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A report form (DHIS2's aggregate data set) as stored: its cells in order, each naming a
 * data element and a slice of it, and the days after a month's end within which the
 * month's report is on time.
 */
public record ReportForm(String code, String nameZh, String nameEn, int timelyDays, List<Cell> cells) {

	public ReportForm {
		cells = List.copyOf(cells);
	}

	public String name(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	/** The last day a month's report is on time. */
	public LocalDate deadline(YearMonth month) {
		return month.atEndOfMonth().plusDays(timelyDays);
	}

	public Optional<Cell> cell(String cellCode) {
		return cells.stream().filter(c -> c.code().equals(cellCode)).findFirst();
	}

	/** The cells grouped by section, in the form's order. */
	public Map<String, List<Cell>> sections(Locale locale) {
		Map<String, List<Cell>> sections = new LinkedHashMap<>();
		for (Cell cell : cells) {
			sections.computeIfAbsent(cell.section(locale), s -> new java.util.ArrayList<>()).add(cell);
		}
		return sections;
	}

	/**
	 * One cell: the value of {@code element} in {@code slice} ({@code surgery_grade=4};
	 * empty for the element's total).
	 */
	public record Cell(String code, int position, String sectionZh, String sectionEn, String labelZh, String labelEn,
			String element, String slice, boolean required) {

		public String label(Locale locale) {
			return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? labelEn : labelZh;
		}

		public String section(Locale locale) {
			return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? sectionEn : sectionZh;
		}

		/** The slice as the dimensions of the cell's fact. */
		public Map<String, String> dimensions() {
			Map<String, String> dims = new LinkedHashMap<>();
			if (!slice.isBlank()) {
				for (String pair : slice.split(",")) {
					String[] kv = pair.split("=", 2);
					dims.put(kv[0].strip(), kv[1].strip());
				}
			}
			return dims;
		}

	}

}
