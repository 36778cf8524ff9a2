package org.sanyi.drg.grouper;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the CSV tables of a scheme into two {@link CodeSpace}s, checking every row as it
 * goes: required columns, field counts, known MDC/ADRG/list names, conflicting
 * duplicates. Errors name file and line.
 */
final class SchemeTables {

	static final String OR_PROCEDURES = "OR_PROCEDURES";

	private static final Set<String> DX_LISTS = Set.of("dx", "dx1");

	private static final Set<String> PROC_LISTS = Set.of("proc", "proc1");

	/** One row of drg_groups.csv. */
	record DrgRow(String drg, String adrg, String mdc, SplitCondition when, String name, long line) {
	}

	final CodeSpace diagnoses = new CodeSpace();

	final CodeSpace procedures = new CodeSpace();

	final Map<String, DrgRow> drgs = new HashMap<>();

	final Map<String, String> adrgNames = new HashMap<>();

	/** Exclusion table ids as written in the files, indexed by their interned int. */
	final List<String> exclusionTableNames = new ArrayList<>();

	private final Map<String, Integer> exclusionTables = new HashMap<>();

	private final DrgSchemeSource source;

	private final Set<String> mdcCodes;

	private final Map<String, String> mdcOfAdrg;

	private SchemeTables(DrgSchemeSource source, SchemeDefinition def) {
		this.source = source;
		this.mdcCodes = Set.copyOf(def.mdcs().stream().map(SchemeDefinition.MdcDef::code).toList());
		Map<String, String> adrgs = new HashMap<>();
		def.adrgs().forEach(a -> adrgs.put(a.code(), a.mdc()));
		this.mdcOfAdrg = adrgs;
	}

	static SchemeTables read(DrgSchemeSource source, SchemeDefinition def) throws IOException {
		SchemeTables t = new SchemeTables(source, def);
		t.readLists();
		t.readComplications();
		t.readGroups();
		return t;
	}

	private void readLists() throws IOException {
		table("mdc_diagnoses.csv", true, List.of("mdc", "code", "region"), (v, f, line) -> {
			if (!mdcCodes.contains(v[0])) {
				throw new DrgSchemeException(f, line, "unknown MDC \"" + v[0] + "\"");
			}
			conflict(diagnoses.add(v[0], code(v[1], f, line), v[2]), v[1], f, line, "region");
		});
		table("adrg_diagnoses.csv", true, List.of("adrg", "list", "code"), (v, f, line) -> {
			adrgList(v, DX_LISTS, f, line);
			diagnoses.add(v[0] + "." + v[1], code(v[2], f, line), null);
		});
		table("adrg_procedures.csv", true, List.of("adrg", "list", "code", "group"), (v, f, line) -> {
			adrgList(v, PROC_LISTS, f, line);
			conflict(procedures.add(v[0] + "." + v[1], code(v[2], f, line), v[3]), v[2], f, line, "group");
		});
		table("or_procedures.csv", true, List.of("code", "name"), (v, f, line) -> {
			procedures.add(OR_PROCEDURES, code(v[0], f, line), null);
			nameIfAbsent(procedures.entry(v[0]), v[1]);
		});
	}

	private void readComplications() throws IOException {
		table("mcc.csv", true, List.of("code", "exclusion_table"), (v, f, line) -> {
			CodeSpace.Entry e = diagnoses.entry(code(v[0], f, line));
			e.mccTable = exclusionTable(e.mccTable, v[1], v[0], f, line);
		});
		table("cc.csv", true, List.of("code", "exclusion_table"), (v, f, line) -> {
			CodeSpace.Entry e = diagnoses.entry(code(v[0], f, line));
			e.ccTable = exclusionTable(e.ccTable, v[1], v[0], f, line);
		});
		table("pdx_exclusion.csv", true, List.of("principal_dx", "exclusion_table"), (v, f, line) -> {
			CodeSpace.Entry e = diagnoses.entry(code(v[0], f, line));
			e.pdxTable = exclusionTable(e.pdxTable, v[1], v[0], f, line);
		});
	}

	private void readGroups() throws IOException {
		table("drg_groups.csv", true, List.of("drg", "adrg", "mdc", "split_condition", "name"), (v, f, line) -> {
			String mdc = mdcOfAdrg.get(v[1]);
			if (mdc == null) {
				throw new DrgSchemeException(f, line, "DRG " + v[0] + " references unknown ADRG \"" + v[1] + "\"");
			}
			if (!mdc.equals(v[2])) {
				throw new DrgSchemeException(f, line,
						"DRG " + v[0] + " says MDC " + v[2] + " but ADRG " + v[1] + " belongs to " + mdc);
			}
			SplitCondition when = SplitCondition.fromJson(v[3])
				.orElseThrow(() -> new DrgSchemeException(f, line, "unknown split_condition \"" + v[3] + "\""));
			DrgRow previous = drgs.putIfAbsent(code(v[0], f, line), new DrgRow(v[0], v[1], v[2], when, v[4], line));
			if (previous != null) {
				throw new DrgSchemeException(f, line, "DRG " + v[0] + " already defined on line " + previous.line());
			}
		});
		table("adrg_groups.csv", false, List.of("adrg", "mdc", "name_derived"), (v, f, line) -> {
			String mdc = mdcOfAdrg.get(v[0]);
			if (mdc == null || !mdc.equals(v[1])) {
				throw new DrgSchemeException(f, line,
						"ADRG " + v[0] + " with MDC " + v[1] + " does not match scheme.json");
			}
			adrgNames.put(v[0], v[2]);
		});
		table("icd10_names.csv", false, List.of("code", "name"),
				(v, f, line) -> diagnoses.entry(code(v[0], f, line)).name = v[1]);
		table("icd9_names.csv", false, List.of("code", "name"),
				(v, f, line) -> procedures.entry(code(v[0], f, line)).name = v[1]);
	}

	private void adrgList(String[] v, Set<String> allowed, String file, long line) {
		if (!mdcOfAdrg.containsKey(v[0])) {
			throw new DrgSchemeException(file, line, "unknown ADRG \"" + v[0] + "\"");
		}
		if (!allowed.contains(v[1])) {
			throw new DrgSchemeException(file, line,
					"unknown list name \"" + v[1] + "\" (expected one of " + allowed.stream().sorted().toList() + ")");
		}
	}

	private int exclusionTable(int current, String table, String code, String file, long line) {
		if (table.isEmpty()) {
			throw new DrgSchemeException(file, line, "exclusion_table is empty for " + code);
		}
		int id = exclusionTables.computeIfAbsent(table, t -> {
			exclusionTableNames.add(t);
			return exclusionTableNames.size() - 1;
		});
		if (current >= 0 && current != id) {
			throw new DrgSchemeException(file, line, code + " is listed twice with different exclusion tables");
		}
		return id;
	}

	private static void conflict(String previous, String code, String file, long line, String what) {
		if (previous != null) {
			throw new DrgSchemeException(file, line, code + " is listed twice in the same list with a different " + what
					+ " (first \"" + previous + "\")");
		}
	}

	private static void nameIfAbsent(CodeSpace.Entry e, String name) {
		if (e.name == null && !name.isEmpty()) {
			e.name = name;
		}
	}

	private static String code(String code, String file, long line) {
		if (code.isEmpty()) {
			throw new DrgSchemeException(file, line, "code is empty");
		}
		return code;
	}

	@FunctionalInterface
	private interface RowHandler {

		void row(String[] values, String file, long line);

	}

	private void table(String file, boolean required, List<String> columns, RowHandler handler) throws IOException {
		Optional<Reader> opened = source.open(file);
		if (opened.isEmpty()) {
			if (required) {
				throw new DrgSchemeException(file, 0, "required file is missing");
			}
			return;
		}
		try (CsvReader csv = new CsvReader(opened.get())) {
			String[] header = csv.next();
			if (header == null) {
				throw new DrgSchemeException(file, 1, "file is empty (a header row is required)");
			}
			int[] idx = CsvReader.columnIndexes(header, columns);
			for (int i = 0; i < idx.length; i++) {
				if (idx[i] < 0) {
					throw new DrgSchemeException(file, 1, "missing column \"" + columns.get(i) + "\"");
				}
			}
			String[] values = new String[idx.length];
			for (String[] row = csv.next(); row != null; row = csv.next()) {
				if (csv.problem() != null) {
					throw new DrgSchemeException(file, csv.recordLine(), "malformed CSV: " + csv.problem());
				}
				if (row.length == 1 && row[0].isBlank()) {
					continue;
				}
				if (row.length != header.length) {
					throw new DrgSchemeException(file, csv.recordLine(),
							"malformed row: expected " + header.length + " fields, found " + row.length);
				}
				for (int i = 0; i < idx.length; i++) {
					values[i] = row[idx[i]].trim();
				}
				handler.row(values, file, csv.recordLine());
			}
		}
	}

}
