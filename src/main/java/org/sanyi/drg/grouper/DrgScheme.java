package org.sanyi.drg.grouper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, validated and compiled grouping scheme (e.g. CHS-DRG 1.1). Immutable and safe
 * to share between threads; obtain one from {@link DrgSchemeLoader} and group with
 * {@link DrgGrouper}.
 *
 * <p>
 * Besides the rules it answers the dictionary questions a UI needs to explain a result:
 * names of DRGs, ADRGs and codes, and whether a code is known to the scheme at all.
 */
public final class DrgScheme {

	private final String name;

	private final Map<String, String> source;

	private final List<RecordCheck> checks;

	private final String ungroupableCode;

	private final CompiledScheme.Mdc[] mdcs;

	private final Map<String, Code> diagnoses;

	private final Map<String, Code> procedures;

	private final List<String> exclusionTables;

	private final Map<String, String> drgNames;

	private final Map<String, String> adrgNames;

	private final int adrgCount;

	DrgScheme(String name, Map<String, String> source, List<RecordCheck> checks, String ungroupableCode,
			CompiledScheme.Mdc[] mdcs, Map<String, Code> diagnoses, Map<String, Code> procedures,
			List<String> exclusionTables, Map<String, String> drgNames, Map<String, String> adrgNames) {
		this.name = name;
		this.source = Map.copyOf(source);
		this.checks = List.copyOf(checks);
		this.ungroupableCode = ungroupableCode;
		this.mdcs = mdcs.clone();
		this.diagnoses = diagnoses;
		this.procedures = procedures;
		this.exclusionTables = List.copyOf(exclusionTables);
		this.drgNames = Map.copyOf(drgNames);
		this.adrgNames = Map.copyOf(adrgNames);
		int adrgs = 0;
		for (CompiledScheme.Mdc mdc : mdcs) {
			adrgs += mdc.adrgs().length;
		}
		this.adrgCount = adrgs;
	}

	/** Scheme identifier from scheme.json, e.g. {@code chs_drg_11}. */
	public String name() {
		return name;
	}

	/**
	 * Provenance entries of scheme.json ({@code repository}, {@code commit},
	 * {@code license}…).
	 */
	public Map<String, String> source() {
		return source;
	}

	public int mdcCount() {
		return mdcs.length;
	}

	public int adrgCount() {
		return adrgCount;
	}

	public int drgCount() {
		return drgNames.size();
	}

	/** DRG code reported when no MDC accepts a record ({@code 0000}). */
	public String ungroupableCode() {
		return ungroupableCode;
	}

	public Optional<String> drgName(String drg) {
		return Optional.ofNullable(drgNames.get(drg));
	}

	public Optional<String> adrgName(String adrg) {
		return Optional.ofNullable(adrgNames.get(adrg));
	}

	/** Name of an ICD-10 code from the scheme's dictionary, if it has one. */
	public Optional<String> diagnosisName(String code) {
		return Optional.ofNullable(diagnosis(code).name());
	}

	/**
	 * Name of an ICD-9-CM-3 code from the scheme's dictionary or valid-operation list, if
	 * it has one.
	 */
	public Optional<String> procedureName(String code) {
		return Optional.ofNullable(procedure(code).name());
	}

	/**
	 * {@code true} when the code occurs in a dictionary or a rule table of the scheme.
	 */
	public boolean isKnownDiagnosis(String code) {
		return diagnoses.containsKey(code);
	}

	/**
	 * {@code true} when the code occurs in a dictionary or a rule table of the scheme.
	 */
	public boolean isKnownProcedure(String code) {
		return procedures.containsKey(code);
	}

	Code diagnosis(String code) {
		Code c = diagnoses.get(code);
		return c == null ? Code.UNKNOWN : c;
	}

	Code procedure(String code) {
		Code c = procedures.get(code);
		return c == null ? Code.UNKNOWN : c;
	}

	/** Exclusion table id as written in the scheme files, for the trace. */
	String exclusionTable(int internedId) {
		return exclusionTables.get(internedId);
	}

	List<RecordCheck> checks() {
		return checks;
	}

	CompiledScheme.Mdc[] mdcs() {
		return mdcs;
	}

	@Override
	public String toString() {
		return name + " (" + mdcs.length + " MDC, " + adrgCount + " ADRG, " + drgNames.size() + " DRG)";
	}

}
