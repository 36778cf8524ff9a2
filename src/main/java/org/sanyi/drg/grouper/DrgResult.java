package org.sanyi.drg.grouper;

import java.util.List;

/**
 * Result of grouping one record. For records that are not grouped the codes follow the
 * OpenDRG convention of the shared test files: MDC and DRG = the scheme's ungroupable
 * code ({@code 0000}), ADRG = {@code 00}.
 *
 * @param status outcome class
 * @param mdc MDC code such as {@code MDCG}
 * @param adrg ADRG code such as {@code GC1} ({@code QY} for an ambiguous record)
 * @param drg DRG code such as {@code GC13}
 * @param complication severity of {@code decidingDiagnosis}
 * @param decidingDiagnosis the secondary diagnosis whose CC/MCC status chose the DRG,
 * {@code null} when the chosen split did not depend on one
 * @param trace explanation steps; empty unless a trace was requested
 */
public record DrgResult(GroupingStatus status, String mdc, String adrg, String drg, Complication complication,
		String decidingDiagnosis, List<TraceStep> trace) {

	/** ADRG code reported for records that are not grouped. */
	public static final String NO_ADRG = "00";

	/** ADRG code reported for records caught by a QY checkpoint. */
	public static final String AMBIGUOUS_ADRG = "QY";

	public DrgResult {
		trace = trace == null ? List.of() : List.copyOf(trace);
	}

	/** {@code true} when a DRG was assigned. */
	public boolean grouped() {
		return status == GroupingStatus.SUCCESS;
	}
}
