package org.sanyi.pharma.rxreview;

import java.time.OffsetDateTime;
import java.util.List;

import org.sanyi.pharma.engine.ReviewState;

/**
 * A sampled prescription and its review: PENDING, or REVIEWED with the 处方点评 items found
 * (none = 合理).
 */
public record ReviewRow(long sampleId, String hiRxno, int position, String doctorCode, String doctorName,
		ReviewState status, String items, String note, String reviewer, OffsetDateTime reviewedAt, String patientName,
		String rxTypeCode, String deptName, String diagnosisName, OffsetDateTime issuedAt, String institutionCode) {

	public List<String> itemList() {
		return items.isEmpty() ? List.of() : List.of(items.split(","));
	}

}
