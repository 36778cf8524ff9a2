package org.sanyi.monitoring.report;

import java.util.List;

import org.sanyi.shared.BusinessException;
import org.sanyi.shared.ErrorCode;

/**
 * A report (or an import of several months) refused as a whole: nothing was saved. Each
 * problem names where it is: the CSV line (0 on the page), the month, the cell (its code,
 * {@code null} for the whole month) and what is wrong.
 */
public class ReportRejected extends BusinessException {

	private final transient List<CellError> errors;

	public ReportRejected(List<CellError> errors) {
		super(ReportErrors.REPORT_REJECTED, errors.size());
		this.errors = List.copyOf(errors);
	}

	public List<CellError> errors() {
		return errors;
	}

	/**
	 * @param line the CSV line, 0 for a report typed on the page
	 * @param period the month, e.g. {@code 2026-10}
	 * @param cell the cell's code, {@code null} when the problem is the month's
	 * @param error what is wrong
	 * @param text the text or value concerned ({@code ""} if none)
	 */
	public record CellError(int line, String period, String cell, ErrorCode error, String text) {
	}

}
