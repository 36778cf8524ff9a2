package org.sanyi.drg.grouper;

import java.util.ArrayList;
import java.util.List;

/**
 * Message keys of the grouping trace (besides the per-clause keys of
 * {@link ClauseOp#traceKey}).
 */
final class TraceKeys {

	static final String MDC_ENTERED = "drg.trace.mdc.entered";
	static final String MDC_NOT_ENTERED = "drg.trace.mdc.not_entered";
	static final String MDC_NO_ADRG = "drg.trace.mdc.no_adrg";
	static final String ADRG_MATCHED = "drg.trace.adrg.matched";
	static final String ADRG_NOT_MATCHED = "drg.trace.adrg.not_matched";
	static final String PDX_EXCLUSION_TABLE = "drg.trace.cc.pdx_exclusion_table";
	static final String MCC = "drg.trace.cc.mcc";
	static final String MCC_EXCLUDED = "drg.trace.cc.mcc_excluded";
	static final String CC = "drg.trace.cc.cc";
	static final String CC_EXCLUDED = "drg.trace.cc.cc_excluded";
	static final String QY_CAUGHT = "drg.trace.qy.caught";
	static final String QY_PASSED = "drg.trace.qy.passed";
	static final String RESULT_GROUPED = "drg.trace.result.grouped";
	static final String RESULT_UNGROUPABLE = "drg.trace.result.ungroupable";
	static final String CLAUSE_NO_PROCEDURE = "drg.trace.clause.pproc_in.no_procedure";

	private TraceKeys() {
	}

	/** Key of a split step: {@code drg.trace.split.<condition>.held|failed}. */
	static String split(SplitCondition when, boolean held) {
		return "drg.trace.split." + when.json() + (held ? ".held" : ".failed");
	}

	/**
	 * Every key the engine can emit; tests check that both message files define each one.
	 */
	static List<String> all() {
		List<String> keys = new ArrayList<>(List.of(MDC_ENTERED, MDC_NOT_ENTERED, MDC_NO_ADRG, ADRG_MATCHED,
				ADRG_NOT_MATCHED, PDX_EXCLUSION_TABLE, MCC, MCC_EXCLUDED, CC, CC_EXCLUDED, QY_CAUGHT, QY_PASSED,
				RESULT_GROUPED, RESULT_UNGROUPABLE, CLAUSE_NO_PROCEDURE));
		for (ClauseOp op : ClauseOp.values()) {
			keys.add(op.traceKey(true));
			if (op != ClauseOp.ALWAYS) {
				keys.add(op.traceKey(false));
			}
		}
		for (SplitCondition when : SplitCondition.values()) {
			keys.add(split(when, true));
			if (when != SplitCondition.ALWAYS) {
				keys.add(split(when, false));
			}
		}
		for (RecordCheck check : RecordCheck.values()) {
			keys.add(check.traceKey());
		}
		return List.copyOf(keys);
	}

}
