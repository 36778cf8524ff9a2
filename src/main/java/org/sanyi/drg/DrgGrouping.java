package org.sanyi.drg;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Groups cases with the scheme in force for their region and discharge date. The
 * insurance and monitoring modules use it for DRG payment and indicators; the DRG pages
 * and REST API use it for the grouping workbench.
 */
public interface DrgGrouping {

	/**
	 * Groups a case without explanation (the fast path).
	 * @throws org.sanyi.shared.BusinessException {@link DrgErrors#NO_SCHEME_FOR_REGION}
	 * when no scheme applies, {@link DrgErrors#CASE_INVALID} when the case is incomplete
	 * or uses codes the scheme does not know
	 */
	DrgGroupingResult group(DrgCase drgCase);

	/** Groups a case and explains every step in {@code locale} (zh-CN or English). */
	DrgGroupingResult explain(DrgCase drgCase, Locale locale);

	/**
	 * The scheme that groups cases discharged in {@code regionCode} on
	 * {@code dischargeDate}, if any.
	 */
	Optional<DrgSchemeInfo> schemeFor(String regionCode, LocalDate dischargeDate);

	/** Every imported scheme version, newest first, with its region assignments. */
	List<DrgSchemeInfo> schemes();

}
