package org.sanyi.insurance.policy.replay.engine;

import java.util.List;

import org.sanyi.insurance.engine.FeeLine;
import org.sanyi.insurance.engine.Visit;

/**
 * One recorded settlement, or the reversal of one, of a person's fund year, as a replay
 * reads it: the engine's inputs as they were when it was priced (the visit with the
 * person's type, age, identities and account balance on that day, the fee lines netted
 * with their refunds), what it paid, and where it counts in the report.
 *
 * @param setlId {@code setl_id}
 * @param reversalOf for a reversal, the {@code setl_id} it reversed; {@code null} for a
 * settlement
 * @param visit the engine's visit ({@code null} for a reversal); a later part of an
 * admission gets its continuing deductible from the replay itself
 * @param inpatient whether the visit is an admission (its parts share a deductible)
 * @param lines the fee lines it priced ({@code null} for a reversal)
 * @param recorded what it paid
 * @param where the report's groups
 */
public record RecordedSettlement(String setlId, String reversalOf, Visit visit, boolean inpatient, List<FeeLine> lines,
		Outcome recorded, Where where) {

	public RecordedSettlement {
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

	/** A settlement to replay. */
	public static RecordedSettlement settled(String setlId, Visit visit, boolean inpatient, List<FeeLine> lines,
			Outcome recorded, Where where) {
		return new RecordedSettlement(setlId, null, visit, inpatient, lines, recorded, where);
	}

	/** The reversal of an earlier settlement of the same person and fund year. */
	public static RecordedSettlement reversal(String setlId, String reversalOf) {
		return new RecordedSettlement(setlId, reversalOf, null, false, List.of(), null, null);
	}

	public boolean isReversal() {
		return reversalOf != null;
	}

	/**
	 * Where a settlement counts: scheme ({@code insutype}), the treating institution's
	 * {@code hosp_lv}, the person's county (six digits).
	 */
	public record Where(String scheme, String hospitalLevel, String county) {
	}

}
