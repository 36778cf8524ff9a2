package org.sanyi.drg.grouper;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.sanyi.drg.grouper.CompiledScheme.Clause;

/**
 * The per-record state of one grouping: codes resolved once, clause evaluation, and the
 * lazily computed CC/MCC status of the secondary diagnoses. Not shared between threads;
 * {@code trace} is {@code null} unless asked for, so the common path neither formats nor
 * allocates explanation steps.
 */
final class CaseEvaluation {

	final DrgRecord record;

	private final DrgScheme scheme;

	final List<TraceStep> trace;

	private final Code[] dx;

	private final Code[] px;

	private boolean classified;

	private int firstMcc = -1;

	private int firstCc = -1;

	CaseEvaluation(DrgScheme scheme, DrgRecord record, List<TraceStep> trace) {
		this.record = record;
		this.scheme = scheme;
		this.trace = trace;
		List<String> diagnoses = record.diagnoses();
		dx = new Code[diagnoses.size()];
		for (int i = 0; i < dx.length; i++) {
			dx[i] = scheme.diagnosis(diagnoses.get(i));
		}
		List<String> procedures = record.procedures();
		px = new Code[procedures.size()];
		for (int i = 0; i < px.length; i++) {
			px[i] = scheme.procedure(procedures.get(i));
		}
	}

	/**
	 * AND of the clauses, stopping at the first that fails (the trace shows that one).
	 */
	boolean allHold(Clause[] clauses) {
		for (Clause c : clauses) {
			boolean held = holds(c);
			if (trace != null) {
				trace.add(explain(c, held));
			}
			if (!held) {
				return false;
			}
		}
		return true;
	}

	private boolean holds(Clause c) {
		return switch (c.op()) {
			case ALWAYS -> true;
			case PDX_IN -> dx.length > 0 && dx[0].in(c.listId());
			case ANY_DX_IN -> first(dx, c.listId()) >= 0;
			case PPROC_IN -> px.length > 0 && px[0].in(c.listId());
			case ANY_PROC_IN -> first(px, c.listId()) >= 0;
			case NO_PROC_IN -> first(px, c.listId()) < 0;
			case PROC_GROUPS -> dnfHolds(c.dnfMasks(), labelMask(px, c));
			case GENDER_EQ -> c.text().equals(record.sex());
			case AGE_YEARS_EQ -> record.ageYears() == c.number();
			case AGE_DAYS_LE -> record.ageDays() <= c.number();
			case WEIGHT_GT -> record.birthWeightGrams() > c.number();
			case WEIGHT_GE -> record.birthWeightGrams() >= c.number();
			case WEIGHT_LT -> record.birthWeightGrams() < c.number();
			case TRAUMA_REGIONS_GE -> Integer.bitCount(labelMask(dx, c)) >= c.number();
		};
	}

	private static int first(Code[] codes, int listId) {
		for (int i = 0; i < codes.length; i++) {
			if (codes[i].in(listId)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Bits of the labels (procedure groups, body regions) carried by the codes found in
	 * the clause's list.
	 */
	private static int labelMask(Code[] codes, Clause c) {
		int mask = 0;
		int[] labelByCode = c.labelByCode();
		for (Code code : codes) {
			if (code.id() >= 0 && code.in(c.listId()) && labelByCode[code.id()] >= 0) {
				mask |= 1 << labelByCode[code.id()];
			}
		}
		return mask;
	}

	private static boolean dnfHolds(int[] terms, int present) {
		for (int term : terms) {
			if ((present & term) == term) {
				return true;
			}
		}
		return false;
	}

	/** Index of the first non-excluded MCC among the secondary diagnoses, -1 if none. */
	int firstMcc() {
		classify();
		return firstMcc;
	}

	/** Index of the first non-excluded CC among the secondary diagnoses, -1 if none. */
	int firstCc() {
		classify();
		return firstCc;
	}

	String diagnosisAt(int index) {
		return record.diagnoses().get(index);
	}

	/**
	 * A secondary diagnosis counts as MCC (CC) unless the principal diagnosis sits in the
	 * same exclusion table (主诊断排除表): a complication that is really part of the principal
	 * condition must not raise the weight.
	 */
	private void classify() {
		if (classified) {
			return;
		}
		classified = true;
		if (dx.length < 2) {
			return;
		}
		int pdxTable = dx[0].pdxTable();
		if (trace != null && pdxTable >= 0) {
			trace.add(TraceStep.of(TraceKeys.PDX_EXCLUSION_TABLE, diagnosisAt(0), tableName(pdxTable)));
		}
		for (int i = 1; i < dx.length; i++) {
			Code d = dx[i];
			if (d.mccTable() >= 0) {
				boolean excluded = d.mccTable() == pdxTable;
				if (!excluded && firstMcc < 0) {
					firstMcc = i;
				}
				note(excluded ? TraceKeys.MCC_EXCLUDED : TraceKeys.MCC, i, d.mccTable());
			}
			if (d.ccTable() >= 0) {
				boolean excluded = d.ccTable() == pdxTable;
				if (!excluded && firstCc < 0) {
					firstCc = i;
				}
				note(excluded ? TraceKeys.CC_EXCLUDED : TraceKeys.CC, i, d.ccTable());
			}
		}
	}

	private void note(String key, int index, int table) {
		if (trace != null) {
			trace.add(TraceStep.of(key, diagnosisAt(index), tableName(table), diagnosisAt(0)));
		}
	}

	private String tableName(int table) {
		return scheme.exclusionTable(table);
	}

	private TraceStep explain(Clause c, boolean held) {
		String key = c.op().traceKey(held);
		String list = c.list();
		return switch (c.op()) {
			case ALWAYS -> TraceStep.of(key);
			case PDX_IN -> TraceStep.of(key, dx.length > 0 ? diagnosisAt(0) : "", list);
			case PPROC_IN -> px.length == 0 ? TraceStep.of(TraceKeys.CLAUSE_NO_PROCEDURE, list)
					: TraceStep.of(key, record.procedures().getFirst(), list);
			case ANY_DX_IN ->
				held ? TraceStep.of(key, diagnosisAt(first(dx, c.listId())), list) : TraceStep.of(key, list);
			case ANY_PROC_IN -> held ? TraceStep.of(key, record.procedures().get(first(px, c.listId())), list)
					: TraceStep.of(key, list);
			case NO_PROC_IN -> held ? TraceStep.of(key, list)
					: TraceStep.of(key, record.procedures().get(first(px, c.listId())), list);
			case PROC_GROUPS -> TraceStep.of(key, list, labels(c, labelMask(px, c)), dnfText(c));
			case GENDER_EQ -> TraceStep.of(key, String.valueOf(record.sex()), c.text());
			case AGE_YEARS_EQ -> TraceStep.of(key, Integer.toString(record.ageYears()), num(c));
			case AGE_DAYS_LE -> TraceStep.of(key, Integer.toString(record.ageDays()), num(c));
			case WEIGHT_GT, WEIGHT_GE, WEIGHT_LT ->
				TraceStep.of(key, Integer.toString(record.birthWeightGrams()), num(c));
			case TRAUMA_REGIONS_GE -> {
				int mask = labelMask(dx, c);
				yield TraceStep.of(key, list, Integer.toString(Integer.bitCount(mask)), num(c), labels(c, mask));
			}
		};
	}

	private static String num(Clause c) {
		return Integer.toString(c.number());
	}

	private static String labels(Clause c, int mask) {
		StringJoiner joined = new StringJoiner(", ");
		for (int bit = 0; bit < c.labels().length; bit++) {
			if ((mask & (1 << bit)) != 0) {
				joined.add(c.labels()[bit]);
			}
		}
		return mask == 0 ? "-" : joined.toString();
	}

	private static String dnfText(Clause c) {
		List<String> terms = new ArrayList<>();
		for (int term : c.dnfMasks()) {
			terms.add(labels(c, term).replace(", ", "+"));
		}
		return String.join(" / ", terms);
	}

}
