package org.sanyi.shared.facts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;

/**
 * Where a region going live hands over the monthly report forms its hospitals filed in
 * the old system (the demo does the same): each month's report with when it was submitted
 * and, if it was, approved. Implemented by monitoring, on which nobody depends; the
 * values are checked like a report typed on the page, and an approved one becomes facts.
 */
public interface ReportFormHistory {

	/** Whether the institution's report of the month exists on the form. */
	boolean exists(String form, String institution, YearMonth month);

	/**
	 * Records one month's report as submitted at {@code submittedAt} and, when
	 * {@code reviewedBy} is not {@code null}, approved at {@code reviewedAt}.
	 * @param values cell code → value
	 */
	void importReport(String form, String institution, YearMonth month, Map<String, BigDecimal> values,
			String submittedBy, OffsetDateTime submittedAt, String reviewedBy, OffsetDateTime reviewedAt);

}
