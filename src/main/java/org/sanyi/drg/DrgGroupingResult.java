package org.sanyi.drg;

import java.util.List;

/**
 * The DRG of a case and how it was reached.
 *
 * @param scheme the scheme that grouped it
 * @param status {@code SUCCESS}, {@code FAIL} (无法入组, DRG 0000), {@code CHECK_FAILED}
 * (信息校验不通过) or {@code QY}
 * @param mdc MDC code, e.g. {@code MDCG}; {@code 0000} when not grouped
 * @param adrg ADRG code, e.g. {@code GD1}; {@code 00} when not grouped
 * @param drg DRG code, e.g. {@code GD15}; {@code 0000} when not grouped
 * @param complication {@code MCC}, {@code CC} or {@code NONE}: the severity that decided
 * the split
 * @param decidingDiagnosis the secondary diagnosis that made it MCC/CC, or null
 * @param trace the explanation, empty unless asked for
 */
public record DrgGroupingResult(DrgSchemeRef scheme, String status, String mdc, String mdcName, String adrg,
		String adrgName, String drg, String drgName, String complication, String decidingDiagnosis,
		List<DrgTraceLine> trace) {

	public DrgGroupingResult {
		trace = trace == null ? List.of() : List.copyOf(trace);
	}

	public boolean grouped() {
		return "SUCCESS".equals(status);
	}

	/** Which scheme version grouped a case. */
	public record DrgSchemeRef(long id, String code, String version, String name) {

	}

}
