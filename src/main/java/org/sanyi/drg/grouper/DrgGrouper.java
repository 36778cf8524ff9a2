package org.sanyi.drg.grouper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sanyi.drg.grouper.CompiledScheme.Adrg;
import org.sanyi.drg.grouper.CompiledScheme.Mdc;
import org.sanyi.drg.grouper.CompiledScheme.Split;

/**
 * The DRG grouping engine: walks a compiled {@link DrgScheme} for one record.
 *
 * <ol>
 * <li>Record checks of the scheme → {@link GroupingStatus#CHECK_FAILED}.</li>
 * <li>MDCs in scheme order; an MDC is entered when all its entry clauses hold.</li>
 * <li>Inside it, the first ADRG whose match clauses all hold wins. When none does,
 * grouping <em>falls through to the next MDC</em>: entering an MDC is not a final
 * decision (CHS-DRG as implemented by OpenDRG).</li>
 * <li>The ADRG's splits in order; the first satisfied one gives the DRG (CC/MCC from
 * secondary diagnoses with the principal-diagnosis exclusion).</li>
 * <li>No MDC → {@link GroupingStatus#FAIL} with the ungroupable code.</li>
 * </ol>
 *
 * Immutable and thread-safe: one instance can serve all cores. {@link #group} records no
 * trace; {@link #groupWithTrace} explains every step as message keys.
 */
public final class DrgGrouper {

	private final DrgScheme scheme;

	public DrgGrouper(DrgScheme scheme) {
		this.scheme = Objects.requireNonNull(scheme, "scheme");
	}

	public DrgScheme scheme() {
		return scheme;
	}

	/** Groups a record without explanation (the fast path for batches). */
	public DrgResult group(DrgRecord record) {
		return group(record, null);
	}

	/**
	 * Groups a record and explains the decision step by step (MDC entry, ADRG match,
	 * CC/MCC, split).
	 */
	public DrgResult groupWithTrace(DrgRecord record) {
		return group(record, new ArrayList<>(64));
	}

	private DrgResult group(DrgRecord record, List<TraceStep> trace) {
		for (RecordCheck check : scheme.checks()) {
			if (check.fails(record)) {
				if (trace != null) {
					trace.add(TraceStep.of(check.traceKey()));
				}
				return notGrouped(GroupingStatus.CHECK_FAILED, trace);
			}
		}
		CaseEvaluation c = new CaseEvaluation(scheme, record, trace);
		for (Mdc mdc : scheme.mdcs()) {
			boolean entered = c.allHold(mdc.entry());
			if (trace != null) {
				trace.add(TraceStep.of(entered ? TraceKeys.MDC_ENTERED : TraceKeys.MDC_NOT_ENTERED, mdc.code()));
			}
			if (!entered) {
				continue;
			}
			Adrg[] adrgs = mdc.adrgs();
			for (int i = 0; i <= adrgs.length; i++) {
				if (i == mdc.qyPosition()) {
					boolean caught = c.allHold(mdc.qyWhen());
					if (trace != null) {
						trace.add(TraceStep.of(caught ? TraceKeys.QY_CAUGHT : TraceKeys.QY_PASSED, mdc.code(),
								mdc.qyResult()));
					}
					if (caught) {
						return new DrgResult(GroupingStatus.AMBIGUOUS, mdc.code(), DrgResult.AMBIGUOUS_ADRG,
								mdc.qyResult(), Complication.NONE, null, trace);
					}
				}
				if (i == adrgs.length) {
					break;
				}
				Adrg adrg = adrgs[i];
				boolean matched = c.allHold(adrg.match());
				if (trace != null) {
					trace.add(TraceStep.of(matched ? TraceKeys.ADRG_MATCHED : TraceKeys.ADRG_NOT_MATCHED, adrg.code(),
							adrg.label()));
				}
				if (matched) {
					return split(c, mdc, adrg);
				}
			}
			if (trace != null) {
				trace.add(TraceStep.of(TraceKeys.MDC_NO_ADRG, mdc.code()));
			}
		}
		if (trace != null) {
			trace.add(TraceStep.of(TraceKeys.RESULT_UNGROUPABLE, scheme.ungroupableCode()));
		}
		return notGrouped(GroupingStatus.FAIL, trace);
	}

	private static DrgResult split(CaseEvaluation c, Mdc mdc, Adrg adrg) {
		for (Split split : adrg.splits()) {
			int deciding = switch (split.when()) {
				case ALWAYS -> Integer.MAX_VALUE;
				case MCC -> c.firstMcc();
				case CC_OR_MCC -> c.firstMcc() >= 0 ? c.firstMcc() : c.firstCc();
			};
			boolean held = deciding >= 0;
			boolean byDiagnosis = held && deciding != Integer.MAX_VALUE;
			String diagnosis = byDiagnosis ? c.diagnosisAt(deciding) : null;
			if (c.trace != null) {
				c.trace.add(diagnosis == null ? TraceStep.of(TraceKeys.split(split.when(), held), split.drg())
						: TraceStep.of(TraceKeys.split(split.when(), true), split.drg(), diagnosis));
			}
			if (held) {
				if (c.trace != null) {
					c.trace.add(TraceStep.of(TraceKeys.RESULT_GROUPED, mdc.code(), adrg.code(), split.drg()));
				}
				Complication level = !byDiagnosis ? Complication.NONE
						: deciding == c.firstMcc() ? Complication.MCC : Complication.CC;
				return new DrgResult(GroupingStatus.SUCCESS, mdc.code(), adrg.code(), split.drg(), level, diagnosis,
						c.trace);
			}
		}
		// unreachable: the compiler guarantees that the last split is "always"
		throw new IllegalStateException("ADRG " + adrg.code() + " has no unconditional split");
	}

	private DrgResult notGrouped(GroupingStatus status, List<TraceStep> trace) {
		return new DrgResult(status, scheme.ungroupableCode(), DrgResult.NO_ADRG, scheme.ungroupableCode(),
				Complication.NONE, null, trace);
	}

}
