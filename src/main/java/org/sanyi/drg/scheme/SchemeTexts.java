package org.sanyi.drg.scheme;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Scheme rules as sentences for the pages ({@code pdx_in GD1.dx} → 主诊断属于 GD1 诊断表), in the
 * request's language. Templates call it as {@code ${texts.rule(clause)}}.
 */
@Component
class SchemeTexts {

	private final MessageSource messages;

	SchemeTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String rule(SchemeCatalogue.Clause c) {
		String terms = c.dnf().stream().map(t -> String.join("+", t)).collect(Collectors.joining(" / "));
		String value = c.dnf().isEmpty() ? c.value() : terms;
		return msg("drg.rule." + c.op(), list(c.list()), value);
	}

	public String rules(List<SchemeCatalogue.Clause> clauses) {
		return clauses.stream().map(this::rule).collect(Collectors.joining(msg("drg.rule.and")));
	}

	/**
	 * {@code GD1.dx} → GD1 诊断表, {@code MDCG} → MDCG 主诊断表, {@code OR_PROCEDURES} →
	 * 有效手术操作表.
	 */
	public String list(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		if (name.equals("OR_PROCEDURES")) {
			return msg("drg.web.list.or_procedures");
		}
		int dot = name.indexOf('.');
		if (dot > 0) {
			return msg("drg.web.list." + name.substring(dot + 1), name.substring(0, dot));
		}
		return msg("drg.web.list.mdc", name);
	}

	public String split(String condition) {
		return msg("drg.split." + condition);
	}

	public String mdcName(SchemeCatalogue.Mdc mdc) {
		return mdc.name().isEmpty() ? messages.getMessage("drg.mdc." + mdc.code(), null, "", locale()) : mdc.name();
	}

	public String kind(String kind) {
		return msg("drg.scheme.kind." + kind);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
