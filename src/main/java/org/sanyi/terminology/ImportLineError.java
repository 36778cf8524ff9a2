package org.sanyi.terminology;

/**
 * One finding in an import file: the physical line (1 is the header), the column, the
 * offending value and a detail (e.g. the line of the first occurrence of a duplicate).
 * Its message is {@code error.<code>} with these four arguments.
 */
public record ImportLineError(int line, String column, TerminologyErrors error, String value, String detail) {

	public ImportLineError {
		column = column == null ? "" : column;
		value = value == null ? "" : value.length() > 60 ? value.substring(0, 60) + "…" : value;
		detail = detail == null ? "" : detail;
	}

	/**
	 * Message arguments; the line is passed as text so that 12345 is not shown as 12,345.
	 */
	public Object[] args() {
		return new Object[] { String.valueOf(line), column, value, detail };
	}

}
