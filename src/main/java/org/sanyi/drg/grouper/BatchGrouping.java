package org.sanyi.drg.grouper;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Groups a CSV file of cases in one streaming pass. The input has the columns of the
 * shared test-case files ({@code gender, age, age_days, weight_g, diagnoses, procedures}
 * required; {@code case_id, dept, los_days,
 * discharge_way, expected_*}… passed through). The output repeats every input row and
 * appends {@code actual_status, actual_mdc, actual_adrg, actual_drg, error}.
 *
 * <p>
 * A bad line never stops the batch: malformed CSV or numbers, impossible ages, a missing
 * principal diagnosis or (by default) codes unknown to the scheme give status
 * {@code ERROR} and a message of the form {@code CODE: text} in the error column.
 */
public final class BatchGrouping {

	/** Status written for lines that could not be grouped because the input is wrong. */
	public static final String ERROR = "ERROR";

	public static final List<String> OUTPUT_COLUMNS = List.of("actual_status", "actual_mdc", "actual_adrg",
			"actual_drg", "error");

	/** What to do with diagnosis or procedure codes that occur nowhere in the scheme. */
	public enum UnknownCodes {

		/**
		 * Report the line as {@code ERROR} (default: an unknown code is usually a coding
		 * or mapping error).
		 */
		REJECT,
		/**
		 * Group anyway, as OpenDRG does: an unknown code simply matches no list (often
		 * ending in 0000).
		 */
		GROUP

	}

	/**
	 * Counts of one run by status string ({@code SUCCESS}, {@code FAIL},
	 * {@code CHECK_FAILED}, {@code ERROR}…).
	 */
	public record Summary(long rows, Map<String, Long> byStatus) {
		public Summary {
			byStatus = Collections.unmodifiableMap(new LinkedHashMap<>(byStatus));
		}
	}

	private final DrgGrouper grouper;

	private final UnknownCodes unknownCodes;

	private final ResourceBundle messages;

	/** Rejects unknown codes, error texts in Chinese. */
	public BatchGrouping(DrgGrouper grouper) {
		this(grouper, UnknownCodes.REJECT, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * @param locale language of the error texts (zh-CN default file, {@code en} English)
	 */
	public BatchGrouping(DrgGrouper grouper, UnknownCodes unknownCodes, Locale locale) {
		this.grouper = grouper;
		this.unknownCodes = unknownCodes;
		this.messages = DrgMessages.bundle(locale);
	}

	/**
	 * Reads {@code in} to the end and writes the grouped rows to {@code out} (not closed,
	 * not flushed).
	 * @throws IllegalArgumentException when the input is empty or lacks a required column
	 */
	public Summary run(Reader in, Writer out) throws IOException {
		CsvReader csv = new CsvReader(in);
		String[] header = csv.next();
		if (header == null) {
			throw new IllegalArgumentException("input is empty (a header row is required)");
		}
		CaseCsv cases = new CaseCsv(header);
		writeRow(out, header, header.length, OUTPUT_COLUMNS.toArray(String[]::new));
		Map<String, Long> byStatus = new LinkedHashMap<>();
		long rows = 0;
		String[] appended = new String[OUTPUT_COLUMNS.size()];
		for (String[] row = csv.next(); row != null; row = csv.next()) {
			if (row.length == 1 && row[0].isBlank()) {
				continue;
			}
			rows++;
			List<BatchError.Found> errors = new ArrayList<>(1);
			DrgRecord record = parse(csv, cases, header.length, row, errors);
			Arrays.fill(appended, "");
			if (record == null) {
				appended[0] = ERROR;
				appended[4] = describe(errors);
			}
			else {
				DrgResult result = grouper.group(record);
				appended[0] = result.status().code();
				appended[1] = result.mdc();
				appended[2] = result.adrg();
				appended[3] = result.drg();
			}
			byStatus.merge(appended[0], 1L, Long::sum);
			writeRow(out, row, header.length, appended);
		}
		return new Summary(rows, byStatus);
	}

	/**
	 * Reads the cases of a CSV file into records, for tools and benchmarks that need them
	 * in memory.
	 * @throws IllegalArgumentException naming the line of the first row that is not a
	 * valid case
	 */
	public static List<DrgRecord> readRecords(Reader in) throws IOException {
		CsvReader csv = new CsvReader(in);
		String[] header = csv.next();
		if (header == null) {
			return List.of();
		}
		CaseCsv cases = new CaseCsv(header);
		ResourceBundle english = DrgMessages.bundle(Locale.ENGLISH);
		List<DrgRecord> records = new ArrayList<>();
		for (String[] row = csv.next(); row != null; row = csv.next()) {
			if (row.length == 1 && row[0].isBlank()) {
				continue;
			}
			List<BatchError.Found> errors = new ArrayList<>(1);
			DrgRecord record = parseRow(csv, cases, header.length, row, errors);
			if (record == null) {
				throw new IllegalArgumentException("line " + csv.recordLine() + ": " + describe(english, errors));
			}
			records.add(record);
		}
		return records;
	}

	private DrgRecord parse(CsvReader csv, CaseCsv cases, int width, String[] row, List<BatchError.Found> errors) {
		DrgRecord record = parseRow(csv, cases, width, row, errors);
		if (record == null || unknownCodes == UnknownCodes.GROUP) {
			return record;
		}
		DrgScheme scheme = grouper.scheme();
		for (String code : record.diagnoses()) {
			if (!scheme.isKnownDiagnosis(code)) {
				errors.add(BatchError.Found.of(BatchError.UNKNOWN_DIAGNOSIS, code));
			}
		}
		for (String code : record.procedures()) {
			if (!scheme.isKnownProcedure(code)) {
				errors.add(BatchError.Found.of(BatchError.UNKNOWN_PROCEDURE, code));
			}
		}
		return errors.isEmpty() ? record : null;
	}

	private static DrgRecord parseRow(CsvReader csv, CaseCsv cases, int width, String[] row,
			List<BatchError.Found> errors) {
		if (csv.problem() != null) {
			errors.add(BatchError.Found.of(BatchError.MALFORMED_CSV, csv.problem()));
		}
		else if (row.length != width) {
			errors.add(
					BatchError.Found.of(BatchError.FIELD_COUNT, Integer.toString(row.length), Integer.toString(width)));
		}
		else {
			CaseCsv.Parsed parsed = cases.parse(row);
			errors.addAll(parsed.errors());
			return parsed.record();
		}
		return null;
	}

	private String describe(List<BatchError.Found> errors) {
		return describe(messages, errors);
	}

	private static String describe(ResourceBundle messages, List<BatchError.Found> errors) {
		List<String> texts = new ArrayList<>(errors.size());
		for (BatchError.Found found : errors) {
			String pattern = messages.getString(found.error().messageKey());
			texts.add(found.error().name() + ": " + MessageFormat.format(pattern, found.args().toArray()));
		}
		return String.join("; ", texts);
	}

	/**
	 * Writes the input row cut or padded to the header width (keeps columns aligned),
	 * then the results.
	 */
	private static void writeRow(Writer out, String[] row, int width, String[] appended) throws IOException {
		for (int i = 0; i < width; i++) {
			if (i > 0) {
				out.write(',');
			}
			CsvReader.writeField(out, i < row.length ? row[i] : "");
		}
		for (String value : appended) {
			out.write(',');
			CsvReader.writeField(out, value);
		}
		out.write('\n');
	}

}
