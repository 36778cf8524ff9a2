package org.sanyi.insurance;

import java.time.LocalDate;
import java.util.Map;

/**
 * Draft policy versions and their replay, for the demo and bulk tools: propose a change
 * of a region's scheme as the 政策参数 form does (it waits for a second officer), and replay
 * a version over a recorded fund year, keeping the report on the version's page.
 */
public interface PolicyDrafts {

	/** Whether a version of the region and scheme waits for review. */
	boolean pendingExists(String region, String insutype);

	/**
	 * Proposes a new version of the region's scheme from {@code effectiveFrom}, based on
	 * the approved version that starts last, with {@code values} typed over its rules
	 * (the form's fields: {@code d0} deductibles, {@code r0} ratios in percent,
	 * {@code c0} caps, {@code l0} layers). Returns its id; {@code INS-0052} names a bad
	 * field.
	 */
	long propose(String region, String insutype, LocalDate effectiveFrom, Map<String, String> values, String summary,
			String proposer);

	/**
	 * Replays a version over a recorded fund year to the end (in this thread) and keeps
	 * the report for the version's page; returns the number of settlements replayed.
	 */
	long replay(long policyId, int year, String startedBy);

}
