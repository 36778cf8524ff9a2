package org.sanyi.registry.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sanyi.registry.ImportRejected;
import org.sanyi.registry.ImportRejected.LineError;
import org.sanyi.registry.Institution;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;

/**
 * Reads institutions from CSV and checks every line, collecting one error per bad line
 * instead of stopping at the first, so the uploader can fix the file in one go. Columns
 * may be named in English or Chinese; enum values may be written as their names
 * ({@code GENERAL_HOSPITAL}) or as the Chinese terms (综合医院, 三级甲等, 公立, 正常).
 */
final class InstitutionCsv {

	/** English column name, Chinese column name. */
	static final String[][] COLUMNS = { { "code", "机构编码" }, { "name", "机构名称" }, { "kind", "机构类别" }, { "grade", "等级" },
			{ "region_code", "所在区划" }, { "address", "地址" }, { "beds", "床位数" }, { "ownership", "所有制" },
			{ "status", "状态" } };

	private static final int MAX_ERRORS = 200;

	private final LineCheck databaseCheck;

	InstitutionCsv(LineCheck databaseCheck) {
		this.databaseCheck = databaseCheck;
	}

	/**
	 * The institutions of a file whose every line is good; otherwise
	 * {@link ImportRejected} naming the bad lines.
	 */
	List<NewInstitution> read(Reader in) {
		List<LineError> errors = new ArrayList<>();
		List<NewInstitution> rows = new ArrayList<>();
		try (var csv = new CsvReader(in)) {
			String[] names = columnNames(csv);
			if (names == null) {
				throw new ImportRejected(List.of(new LineError(1, SharedErrors.MALFORMED_CSV,
						List.of(1, "header: code,name,kind,grade,region_code,address,beds,ownership,status"))));
			}
			Set<String> codes = new HashSet<>();
			CsvRow row;
			while (errors.size() < MAX_ERRORS && (row = next(csv, errors)) != null) {
				try {
					NewInstitution institution = parse(row, names);
					Checks.institution(institution);
					databaseCheck.check(institution, codes);
					codes.add(institution.code());
					rows.add(institution);
				}
				catch (BusinessException ex) {
					errors.add(LineError.of(row.line(), ex));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		if (rows.isEmpty()) {
			throw new BusinessException(SharedErrors.BAD_FILE, "no rows");
		}
		return rows;
	}

	/**
	 * The next record, or {@code null} at the end or after a line the reader cannot get
	 * past.
	 */
	private static CsvRow next(CsvReader csv, List<LineError> errors) {
		try {
			return csv.next();
		}
		catch (BusinessException ex) {
			Object[] args = ex.args();
			int line = args.length > 0 && args[0] instanceof Integer n ? n : 0;
			errors.add(LineError.of(line, ex));
			return null;
		}
	}

	/**
	 * The header names this file uses for each column, or {@code null} when a required
	 * one is missing.
	 */
	private static String[] columnNames(CsvReader csv) {
		String[] names = new String[COLUMNS.length];
		for (int c = 0; c < COLUMNS.length; c++) {
			for (String candidate : COLUMNS[c]) {
				if (csv.hasColumn(candidate)) {
					names[c] = candidate;
				}
			}
		}
		for (int c : new int[] { 0, 1, 2, 4 }) {
			if (names[c] == null) {
				return null;
			}
		}
		return names;
	}

	static NewInstitution parse(CsvRow row, String[] names) {
		String code = value(row, names[0]).toUpperCase(Locale.ROOT);
		String record = code.isEmpty() ? "?" : code;
		return new NewInstitution(code, value(row, names[1]),
				enumValue(record, "kind", value(row, names[2]), Institution.Kind.class, null),
				enumValue(record, "grade", value(row, names[3]), Institution.Grade.class, Institution.Grade.UNGRADED),
				value(row, names[4]), value(row, names[5]), beds(record, value(row, names[6])),
				enumValue(record, "ownership", value(row, names[7]), Institution.Ownership.class,
						Institution.Ownership.PUBLIC),
				enumValue(record, "status", value(row, names[8]), Institution.Status.class, Institution.Status.ACTIVE));
	}

	private static String value(CsvRow row, String column) {
		return column == null ? "" : row.get(column);
	}

	private static int beds(String record, String text) {
		if (text.isEmpty()) {
			return 0;
		}
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new BusinessException(RegistryErrors.INVALID_VALUE, record, "beds", text);
		}
	}

	static <E extends Enum<E>> E enumValue(String record, String field, String text, Class<E> type, E blank) {
		if (text.isEmpty()) {
			return blank;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(text) || text.equals(chinese(constant))) {
				return constant;
			}
		}
		throw new BusinessException(RegistryErrors.INVALID_VALUE, record, field, text);
	}

	private static String chinese(Enum<?> constant) {
		return switch (constant) {
			case Institution.Kind k -> k.zh();
			case Institution.Grade g -> g.zh();
			case Institution.Ownership o -> o.zh();
			case Institution.Status s -> s.zh();
			default -> constant.name();
		};
	}

	/**
	 * A check of one parsed line against the database, given the codes of the good lines
	 * before it.
	 */
	@FunctionalInterface
	interface LineCheck {

		void check(NewInstitution institution, Set<String> earlierCodes);

	}

}
