package org.sanyi.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses, before any handler runs, parameters no search needs: a NUL or other control
 * character in any parameter (PostgreSQL text cannot hold NUL; it would fail as a 500
 * deep in a query), and a query-string parameter longer than
 * {@code sanyi.web.max-query-length} (default 200 characters: a name, code or keyword,
 * never a document). The refusal is a business error, so pages show the platform's error
 * page and REST clients a ProblemDetail.
 */
@Component
class RequestLimits implements HandlerInterceptor {

	private final int maxQueryLength;

	RequestLimits(@Value("${sanyi.web.max-query-length:200}") int maxQueryLength) {
		this.maxQueryLength = maxQueryLength;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		boolean query = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			check(name, name, query);
			for (String value : parameter.getValue()) {
				check(name, value, query);
			}
		}
		return true;
	}

	private void check(String name, String value, boolean query) {
		if (value == null) {
			return;
		}
		if (value.chars().anyMatch(RequestLimits::forbidden)) {
			throw new BusinessException(SharedErrors.INVALID_CHARACTER, shown(name));
		}
		if (query && value.length() > maxQueryLength) {
			throw new BusinessException(SharedErrors.INPUT_TOO_LONG, shown(name), maxQueryLength);
		}
	}

	/**
	 * Control characters other than tab, line feed and carriage return (which text areas
	 * legitimately send).
	 */
	private static boolean forbidden(int c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f;
	}

	private static String shown(String name) {
		String visible = name.chars()
			.filter(c -> !forbidden(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return visible.length() > 40 ? visible.substring(0, 40) + "…" : visible;
	}

}
