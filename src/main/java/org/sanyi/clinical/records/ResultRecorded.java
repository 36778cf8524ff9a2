package org.sanyi.clinical.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A laboratory result or an imaging examination entered the shared health record
 * (published once per bundle, after it commits). Mutual recognition keeps its index of
 * reusable results from these.
 *
 * @param results what was stored
 */
public record ResultRecorded(String institutionCode, List<Result> results) {

	public ResultRecorded {
		results = List.copyOf(results);
	}

	/**
	 * One result.
	 *
	 * @param reference {@code Observation/<id>}, {@code DiagnosticReport/<id>} or
	 * {@code ImagingStudy/<id>}
	 * @param residentId the resident (EMPI id)
	 * @param kind LAB for a laboratory observation, IMAGING for an imaging study or
	 * report
	 * @param codes the codes it carries ({@code system|code}; for imaging the DICOM
	 * modality and the body site)
	 * @param display what a doctor reads (item name)
	 * @param at when the specimen was taken or the study made
	 * @param value the numeric value, or null
	 * @param unit the unit of the value, or null
	 * @param text the value as text, or the report's conclusion
	 */
	public record Result(String reference, String residentId, String kind, List<String> codes, String display,
			Instant at, BigDecimal value, String unit, String text) {

		public Result {
			codes = List.copyOf(codes);
		}

	}

}
