package org.sanyi.pharma.engine;

import java.util.List;

/**
 * What a prescription review found.
 *
 * @param ruleId the rule's id in the region's rule table
 * @param reviewItem the 处方点评 item it is reported under (1-1 … 3-4, next-wave.md §3.3)
 * @param blocking whether upload is refused (else a warning the doctor may override)
 * @param messageKey the message text's key ({@code pharma.review.rule.*})
 * @param args the message's arguments
 * @param codes the drugs it concerns ({@code med_list_codg}), where a line is to blame
 */
public record RxFinding(String ruleId, String reviewItem, boolean blocking, String messageKey, List<String> args,
		List<String> codes) {

	public RxFinding {
		args = List.copyOf(args);
		codes = List.copyOf(codes);
	}

	/** A finding of the prescription as a whole. */
	public RxFinding(String ruleId, String reviewItem, boolean blocking, String messageKey, List<String> args) {
		this(ruleId, reviewItem, blocking, messageKey, args, List.of());
	}

}
