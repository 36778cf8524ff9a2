package org.sanyi.pharma.rxreview;

/**
 * What a rational-use rule found when the prescription was uploaded: the reviewer's hint,
 * with its 处方点评 item and message.
 */
public record ReviewHint(String hiRxno, String ruleId, String reviewItem, String messageKey, String args) {

	/** The message's arguments (stored joined by U+001F). */
	public Object[] argArray() {
		return args.isEmpty() ? new Object[0] : args.split("\u001f");
	}

}
