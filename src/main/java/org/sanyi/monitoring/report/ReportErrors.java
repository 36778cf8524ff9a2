package org.sanyi.monitoring.report;

import org.sanyi.shared.ErrorCode;

import org.springframework.http.HttpStatus;

/**
 * Errors of report forms (MON-0100 to MON-0119); texts in
 * {@code messages/monitoring*.properties}. Cell errors name the cell (its label, and the
 * CSV line when imported); a report with any of them is not saved.
 */
public enum ReportErrors implements ErrorCode {

	/** The report has errors and nothing was saved: how many. */
	REPORT_REJECTED("MON-0100", HttpStatus.BAD_REQUEST),
	/** A cell that is not a number: cell, text. */
	CELL_NOT_A_NUMBER("MON-0101", HttpStatus.BAD_REQUEST),
	/** A negative amount or count: cell, value. */
	CELL_NEGATIVE("MON-0102", HttpStatus.BAD_REQUEST),
	/**
	 * More decimals than the cell's unit allows (counts whole, yuan two): cell, value.
	 */
	CELL_DECIMALS("MON-0103", HttpStatus.BAD_REQUEST),
	/** A value larger than any report can hold: cell, value. */
	CELL_TOO_LARGE("MON-0104", HttpStatus.BAD_REQUEST),
	/** A required cell left empty on submission: cell. */
	CELL_REQUIRED("MON-0105", HttpStatus.BAD_REQUEST),
	/**
	 * The month's report is submitted or approved and cannot be changed: month, state.
	 */
	REPORT_LOCKED("MON-0106", HttpStatus.CONFLICT),
	/** A month that has not ended or is not a month: the text. */
	REPORT_PERIOD_INVALID("MON-0107", HttpStatus.BAD_REQUEST),
	/** A CSV column that is no cell of the form: the column. */
	REPORT_UNKNOWN_COLUMN("MON-0108", HttpStatus.BAD_REQUEST),
	/** No report (or form, or institution) with this key in the viewer's scope. */
	REPORT_NOT_FOUND("MON-0109", HttpStatus.NOT_FOUND),
	/** A review of a report that is not waiting for one: its state. */
	REPORT_NOT_SUBMITTED("MON-0110", HttpStatus.CONFLICT),
	/** Sending a report back needs a reason. */
	REPORT_NOTE_REQUIRED("MON-0111", HttpStatus.BAD_REQUEST),
	/** A CSV file that cannot be read (no header, no period column, empty): what. */
	REPORT_FILE_INVALID("MON-0112", HttpStatus.BAD_REQUEST),
	/** The same month twice in one import: month. */
	REPORT_DUPLICATE_MONTH("MON-0113", HttpStatus.BAD_REQUEST);

	private final String code;

	private final HttpStatus status;

	ReportErrors(String code, HttpStatus status) {
		this.code = code;
		this.status = status;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public HttpStatus status() {
		return status;
	}

}
