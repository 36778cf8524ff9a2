package org.sanyi.clinical;

import java.time.LocalDate;

/**
 * Laboratories' and imaging departments' quality assessments (室间质评, imaging QC) as the
 * quality-control centres publish them; a result is offered for recognition only when its
 * institution had a passed assessment of its kind valid on the result's day.
 */
public interface QualityAssessments {

	/**
	 * Records an assessment (again: nothing changes).
	 * @param kind {@code LAB} or {@code IMAGING}
	 */
	void record(String institutionCode, String kind, boolean passed, LocalDate assessedOn, LocalDate validUntil,
			String scheme);

	/** Whether any assessment is recorded. */
	boolean any();

}
