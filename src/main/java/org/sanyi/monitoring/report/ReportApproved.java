package org.sanyi.monitoring.report;

/**
 * A month's report was approved and its values became facts: data quality checks the
 * institution's month again.
 */
public record ReportApproved(long reportId, String form, String institution, String period) {
}
