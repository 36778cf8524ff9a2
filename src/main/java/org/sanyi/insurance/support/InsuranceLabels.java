package org.sanyi.insurance.support;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts in the reader's language where no template is involved: Excel headers and cells,
 * policy rule labels.
 */
@Component
public class InsuranceLabels {

	private final MessageSource messages;

	InsuranceLabels(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The texts in the current request's language, fixed now (an Excel download is
	 * written on another thread).
	 */
	public Texts now() {
		return new Texts(messages, LocaleContextHolder.getLocale());
	}

	public record Texts(MessageSource messages, Locale locale) {

		private static final java.util.regex.Pattern CAP_KEYS = java.util.regex.Pattern
			.compile("（([A-Z][A-Z0-9_]*(?:、[A-Z][A-Z0-9_]*)*)）");

		public String get(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}

		/**
		 * A settlement's calculation as stored by the engine, with the caps it names by
		 * their accumulator keys ({@code （BASIC、OUTPATIENT）}) shown by name.
		 */
		public String trace(String trace) {
			if (trace == null) {
				return "";
			}
			return CAP_KEYS.matcher(trace)
				.replaceAll(m -> java.util.regex.Matcher
					.quoteReplacement("（" + java.util.Arrays.stream(m.group(1).split("、"))
						.map(k -> orCode("insurance.cap.", k))
						.collect(java.util.stream.Collectors.joining("、")) + "）"));
		}

		/**
		 * A label if the key exists, otherwise the code itself (local codes without a
		 * label).
		 */
		public String orCode(String prefix, String code) {
			return code == null ? "" : messages.getMessage(prefix + code, null, code, locale);
		}

	}

}
