package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rule's hit on a claim: what the 3101/3102 answer lists ({@code rule_id},
 * {@code vola_cont}, {@code vola_amt}, {@code sev_deg}) and what a suspicion stores. The
 * content is a message key with its arguments, so that the gateway answers in Chinese and
 * pages follow the reader's language.
 *
 * @param ruleId the rule
 * @param ruleName its name
 * @param kind its kind
 * @param result 可疑 or 明确违规
 * @param severity how serious
 * @param visitId the claim's visit
 * @param lineId the violating line, or {@code null} when the whole visit is in question
 * @param code the violating line's national code (or the visit's main diagnosis)
 * @param reasonKey message key of the content ({@code supervision.reason.…})
 * @param reasonArgs its arguments
 * @param amount amount in question (元, scale 2)
 */
public record Violation(String ruleId, String ruleName, RuleKind kind, ResultType result, Severity severity,
		String visitId, String lineId, String code, String reasonKey, List<String> reasonArgs, BigDecimal amount) {

	public Violation {
		reasonArgs = List.copyOf(reasonArgs);
	}

	/**
	 * What to do about it: a definite violation is not paid, a suspicious one goes to
	 * review.
	 */
	public SuggestedAction action() {
		return result == ResultType.DEFINITE ? SuggestedAction.REFUSE_PAYMENT : SuggestedAction.REVIEW;
	}

	/** The suggested action of the answer. */
	public enum SuggestedAction {

		/** 拒付 / 扣款. */
		REFUSE_PAYMENT,
		/** 人工复核. */
		REVIEW

	}

}
