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
 */
public record RxFinding(String ruleId, String reviewItem, boolean blocking, String messageKey, List<String> args) {

	public RxFinding {
		args = List.copyOf(args);
	}

}
