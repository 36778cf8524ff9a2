package org.sanyi.security.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * The audit log as a reader sees it: objects by name (结算清单, not {@code drg:case}),
 * actions and outcomes in words, and details written by the modules
 * ({@code rows=535; Filter[q=null, …]}, {@code page 1, 20 rows}, {@code approved})
 * rendered from the messages: empty and null filter fields left out, field names and
 * known words labelled. A detail in a shape it does not know is shown as written.
 */
record AuditTexts(MessageSource messages, Locale locale) {

	private static final Pattern ROWS = Pattern.compile("^(\\d+) rows(?:; (.*))?$");

	private static final Pattern PAGE_ROWS = Pattern.compile("^page (\\d+), (\\d+) rows(?:; (.*))?$");

	private static final Pattern COUNT = Pattern
		.compile("^(\\d+) (months|hospitals|regions|institutions|departments|staff|problems)$");

	private static final Pattern RECORD = Pattern.compile("^\\w+\\[(.*)]$");

	private static final Pattern PAIR = Pattern.compile("^(\\w+)=(.*)$");

	String resource(String code) {
		if (code == null) {
			return "";
		}
		return msg("audit.resource." + code.replace(':', '.'), code);
	}

	String action(String action) {
		return action == null ? "" : msg("audit.action." + action, action);
	}

	/** 成功, or 失败 with the HTTP status a failed write ended with. */
	String outcome(String outcome) {
		if ("SUCCESS".equals(outcome)) {
			return msg("audit.outcome.success", outcome);
		}
		String status = outcome == null || !outcome.contains(":") ? ""
				: " " + outcome.substring(outcome.indexOf(':') + 1);
		return msg("audit.outcome.failed", "FAILED") + status;
	}

	String role(String roleCode) {
		return roleCode == null ? "" : msg("role." + roleCode, roleCode);
	}

	String detail(String detail) {
		if (detail == null || detail.isBlank()) {
			return "";
		}
		Matcher m = PAGE_ROWS.matcher(detail);
		if (m.matches()) {
			String rows = msg("audit.detail.pageRows", detail, m.group(1), m.group(2));
			String rest = m.group(3) == null ? "" : pairs(m.group(3));
			return rest.isEmpty() ? rows : rows + msg("audit.detail.separator", "; ") + rest;
		}
		m = ROWS.matcher(detail);
		if (m.matches()) {
			String rows = msg("audit.detail.rowsCount", detail, m.group(1));
			String rest = m.group(2) == null ? "" : pairs(m.group(2));
			return rest.isEmpty() ? rows : rows + msg("audit.detail.separator", "; ") + rest;
		}
		m = COUNT.matcher(detail);
		if (m.matches()) {
			return msg("audit.detail.count", detail, m.group(1), msg("audit.unit." + m.group(2), m.group(2)));
		}
		if (RECORD.matcher(detail).matches() || PAIR.matcher(detail.split("; ")[0]).matches()) {
			return pairs(detail);
		}
		return msg("audit.word." + detail.replace(' ', '_').replace('-', '_'), detail);
	}

	/** {@code a=1; Filter[b=null, c=2] d=3} as 甲：1；丙：2；丁：3, leaving out empty values. */
	private String pairs(String text) {
		List<String> shown = new ArrayList<>();
		for (String part : text.split("; |, | (?=\\w+=)")) {
			Matcher record = RECORD.matcher(part);
			if (record.matches()) {
				String inner = pairs(record.group(1));
				if (!inner.isEmpty()) {
					shown.add(inner);
				}
				continue;
			}
			String unwrapped = part.replaceFirst("^\\w+\\[", "").replaceFirst("]$", "");
			Matcher pair = PAIR.matcher(unwrapped);
			if (!pair.matches()) {
				shown.add(unwrapped);
				continue;
			}
			String value = pair.group(2).trim();
			if (value.isEmpty() || "null".equals(value) || "false".equals(value)) {
				continue;
			}
			shown.add(msg("audit.detail.pair", unwrapped, msg("audit.detail." + pair.group(1), pair.group(1)), value));
		}
		return String.join(msg("audit.detail.separator", "; "), shown);
	}

	private String msg(String key, String fallback, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, fallback, locale);
	}

}
