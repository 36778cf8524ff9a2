package org.sanyi.terminology.internal;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;
import org.sanyi.terminology.TerminologyErrors;

/**
 * Reads an import file strictly: UTF-8 only (a GBK file saved by Excel is refused with
 * the line of the first bad byte), a header of known columns with the required ones
 * present, every record with exactly the header's number of fields. Broken quoting stops
 * the reading with an error at the record where it started; everything found before is
 * still reported.
 */
final class ImportCsv {

	private ImportCsv() {
	}

	/**
	 * Hands every well-formed record to {@code onRow}; the problems of the file as a
	 * whole go to {@code errors}.
	 * @param required columns that must be present
	 * @param optional further columns that may be present; any other column is an error
	 */
	static void read(byte[] content, List<String> required, List<String> optional, ImportErrors errors,
			Consumer<Fields> onRow) {
		String text = decodeUtf8(content, errors);
		if (text == null) {
			return;
		}
		CsvReader csv;
		try {
			csv = new CsvReader(new StringReader(text));
		}
		catch (BusinessException ex) {
			malformed(ex, errors, TerminologyErrors.EMPTY_FILE);
			return;
		}
		if (!headerIsUsable(csv.header(), required, optional, errors)) {
			return;
		}
		int width = csv.header().size();
		int records = 0;
		try {
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				records++;
				if (row.fields().size() != width) {
					errors.add(row.line(), "", TerminologyErrors.COLUMN_COUNT, String.valueOf(row.fields().size()),
							String.valueOf(width));
					continue;
				}
				onRow.accept(new Fields(row, errors));
			}
		}
		catch (BusinessException ex) {
			malformed(ex, errors, TerminologyErrors.MALFORMED_CSV);
			return;
		}
		if (records == 0) {
			errors.add(2, "", TerminologyErrors.EMPTY_FILE, "");
		}
	}

	private static boolean headerIsUsable(List<String> header, List<String> required, List<String> optional,
			ImportErrors errors) {
		int before = errors.count();
		Set<String> seen = new HashSet<>();
		for (String name : header) {
			if (!seen.add(name)) {
				errors.add(1, name, TerminologyErrors.DUPLICATE_COLUMN, name);
			}
			else if (!required.contains(name) && !optional.contains(name)) {
				errors.add(1, name, TerminologyErrors.UNKNOWN_COLUMN, name,
						String.join(",", allowed(required, optional)));
			}
		}
		for (String name : required) {
			if (!seen.contains(name)) {
				errors.add(1, name, TerminologyErrors.MISSING_COLUMN, name);
			}
		}
		return errors.count() == before;
	}

	private static List<String> allowed(List<String> required, List<String> optional) {
		return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
	}

	private static void malformed(BusinessException ex, ImportErrors errors, TerminologyErrors ifEmpty) {
		if (ex.error() == SharedErrors.MALFORMED_CSV) {
			Object[] args = ex.args();
			int line = args.length > 0 && args[0] instanceof Integer i ? i : 1;
			errors.add(line, "", TerminologyErrors.MALFORMED_CSV, "", args.length > 1 ? String.valueOf(args[1]) : "");
		}
		else if (ex.error() == SharedErrors.BAD_FILE) {
			errors.add(1, "", ifEmpty, "");
		}
		else {
			throw ex;
		}
	}

	/**
	 * The text, or {@code null} after reporting the line of the first byte that is not
	 * UTF-8.
	 */
	static String decodeUtf8(byte[] content, ImportErrors errors) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate(content.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				if (content[i] == '\n') {
					line++;
				}
			}
			errors.add(line, "", TerminologyErrors.NOT_UTF8, "");
			return null;
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	/**
	 * A record being validated: typed access to its fields that reports problems instead
	 * of throwing.
	 */
	static final class Fields {

		private final CsvRow row;

		private final ImportErrors errors;

		private boolean ok = true;

		Fields(CsvRow row, ImportErrors errors) {
			this.row = row;
			this.errors = errors;
		}

		int line() {
			return row.line();
		}

		/** Whether no problem was found in this record so far. */
		boolean ok() {
			return ok;
		}

		void error(String column, TerminologyErrors error, String value, String detail) {
			ok = false;
			errors.add(row.line(), column, error, value, detail);
		}

		void error(String column, TerminologyErrors error, String value) {
			error(column, error, value, "");
		}

		/**
		 * The trimmed value; blank or over {@code maxLength} characters is an error
		 * ({@code null} returned).
		 */
		String required(String column, int maxLength) {
			String v = row.optional(column);
			if (v.isEmpty()) {
				error(column, TerminologyErrors.REQUIRED_VALUE, "");
				return null;
			}
			return limited(column, v, maxLength);
		}

		boolean blank(String column) {
			return row.optional(column).isEmpty();
		}

		/** The trimmed value, {@code null} when blank or the column is absent. */
		String optional(String column, int maxLength) {
			String v = row.optional(column);
			return v.isEmpty() ? null : limited(column, v, maxLength);
		}

		private String limited(String column, String v, int maxLength) {
			if (v.length() > maxLength) {
				error(column, TerminologyErrors.TOO_LONG, v, String.valueOf(maxLength));
				return null;
			}
			return v;
		}

		/** An ISO date ({@code 2026-01-01}) or {@code null} when blank. */
		java.time.LocalDate date(String column) {
			String v = row.optional(column);
			if (v.isEmpty()) {
				return null;
			}
			try {
				return java.time.LocalDate.parse(v);
			}
			catch (java.time.format.DateTimeParseException ex) {
				error(column, TerminologyErrors.BAD_DATE, v);
				return null;
			}
		}

		/** Checks that the end is not before the start. */
		void dateOrder(java.time.LocalDate from, java.time.LocalDate to) {
			if (from != null && to != null && to.isBefore(from)) {
				error("effective_to", TerminologyErrors.DATE_ORDER, to.toString(), from.toString());
			}
		}

	}

}
