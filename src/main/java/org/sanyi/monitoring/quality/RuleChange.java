package org.sanyi.monitoring.quality;

import java.time.OffsetDateTime;

import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.UndatedVersion;

/**
 * A proposed change of a validation rule ({@code mon_validation_rule_change}): the rule
 * as it would read afterwards, switched off when {@code active} is false. Undated: an
 * approved change applies at once and replaces the rule's previous approved change.
 * {@code kind} {@code ADD} proposes a new rule (inserted on approval), {@code CHANGE} a
 * change of an existing one.
 */
public record RuleChange(long id, String ruleCode, String nameZh, String nameEn, String leftExpr, String operator,
		String rightExpr, String missing, String importance, boolean active, String summary, ReviewStatus status,
		String proposedBy, OffsetDateTime proposedAt, String reviewedBy, OffsetDateTime reviewedAt, String reviewNote,
		String kind) implements UndatedVersion {

	/** A proposal of a new rule. */
	public boolean addition() {
		return "ADD".equals(kind);
	}

	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
