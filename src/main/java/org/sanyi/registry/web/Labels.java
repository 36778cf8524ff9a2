package org.sanyi.registry.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts in the reader's language for Excel headers and values and for REST errors, where
 * no template is involved.
 */
@Component
class Labels {

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Object... args) {
		return now().get(key, args);
	}

	String get(MessageSourceResolvable resolvable) {
		return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	/**
	 * The texts in the current request's language, fixed now: an Excel download is
	 * written on another thread, where the request's locale is no longer known.
	 */
	Texts now() {
		return new Texts(messages, LocaleContextHolder.getLocale());
	}

	record Texts(MessageSource messages, Locale locale) {

		String get(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}

		/**
		 * The label of an enum constant under {@code prefix}, e.g. {@code registry.kind.}
		 * + GENERAL_HOSPITAL.
		 */
		String of(String prefix, Enum<?> value) {
			return value == null ? "" : get(prefix + value.name());
		}

	}

}
