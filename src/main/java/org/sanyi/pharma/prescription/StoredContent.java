package org.sanyi.pharma.prescription;

import java.util.List;

import org.sanyi.pharma.engine.RxContent;

/** The signed content rebuilt from a stored prescription, to verify or countersign it. */
final class StoredContent {

	private StoredContent() {
	}

	static RxContent of(PrescriptionRow rx, List<RxLineRow> lines) {
		return new RxContent(rx.institutionCode(), rx.hospRxno(), rx.initRxno() == null ? "" : rx.initRxno(),
				rx.rxTypeCode(), rx.psnNo(), rx.doctorCode(), rx.diagnosisCode(), rx.validDays(), rx.repeat(),
				rx.maxRepeats(), rx.minIntervalDays(), rx.continuation(),
				lines.stream()
					.map(l -> new RxContent.Line(l.code(), l.singleDose(), l.doseUnit(), l.frequency(), l.route(),
							l.days(), l.quantity()))
					.toList());
	}

	/**
	 * What the pharmacist signs at review: the prescription's canonical text, then
	 * {@code &hi_rxno=…&rvw_rslt=…}.
	 */
	static String reviewText(PrescriptionRow rx, List<RxLineRow> lines, String result) {
		return of(rx, lines).canonicalText() + "&hi_rxno=" + rx.hiRxno() + "&rvw_rslt=" + result;
	}

}
