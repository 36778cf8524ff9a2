package org.sanyi.security.web;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Opens the package-private {@link AuditTexts} to a plain test, over the real message
 * files.
 */
public final class AuditTextsProbe {

	private final AuditTexts texts;

	public AuditTextsProbe(Locale locale) {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/security", "messages/shared");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.texts = new AuditTexts(messages, locale);
	}

	public String detail(String detail) {
		return texts.detail(detail);
	}

	public String resource(String code) {
		return texts.resource(code);
	}

	public String outcome(String outcome) {
		return texts.outcome(outcome);
	}

}
