package org.sanyi.drg.grouper;

import java.util.Arrays;
import java.util.Optional;

/**
 * The closed clause vocabulary of scheme.json ({@code "op"}). Adding a clause means
 * adding a constant here, its evaluation in {@link CaseEvaluation} and its two trace
 * messages; the loader rejects anything else, so a scheme can never silently rely on a
 * rule the engine does not know.
 */
enum ClauseOp {

	ALWAYS("always", Operand.NONE), PDX_IN("pdx_in", Operand.DX_LIST), ANY_DX_IN("any_dx_in", Operand.DX_LIST),
	PPROC_IN("pproc_in", Operand.PROC_LIST), ANY_PROC_IN("any_proc_in", Operand.PROC_LIST),
	NO_PROC_IN("no_proc_in", Operand.PROC_LIST), PROC_GROUPS("proc_groups", Operand.PROC_LIST),
	GENDER_EQ("gender_eq", Operand.TEXT), AGE_YEARS_EQ("age_years_eq", Operand.NUMBER),
	AGE_DAYS_LE("age_days_le", Operand.NUMBER), WEIGHT_GT("weight_gt", Operand.NUMBER),
	WEIGHT_GE("weight_ge", Operand.NUMBER), WEIGHT_LT("weight_lt", Operand.NUMBER),
	TRAUMA_REGIONS_GE("trauma_regions_ge", Operand.DX_LIST);

	/** What a clause refers to besides its op. */
	enum Operand {

		NONE, DX_LIST, PROC_LIST, TEXT, NUMBER

	}

	private final String json;

	private final Operand operand;

	ClauseOp(String json, Operand operand) {
		this.json = json;
		this.operand = operand;
	}

	String json() {
		return json;
	}

	Operand operand() {
		return operand;
	}

	/** Message key for the trace step when the clause held ({@code true}) or not. */
	String traceKey(boolean held) {
		return "drg.trace.clause." + json + (held ? ".held" : ".failed");
	}

	static Optional<ClauseOp> fromJson(String op) {
		return Arrays.stream(values()).filter(v -> v.json.equals(op)).findFirst();
	}

}
