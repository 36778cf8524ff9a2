package org.sanyi.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.shared.ErrorCode;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;

/**
 * A ProblemDetail written by a servlet filter, before Spring MVC (whose exception handler
 * answers everything after it): the error's code, status and its message in Chinese and
 * English, as {@link ApiExceptionHandler} writes them.
 */
public final class Problems {

	private Problems() {
	}

	public static void write(HttpServletResponse response, ErrorCode error, String title, Object[] args,
			MessageSource messages) throws IOException {
		String code = error.code();
		String zh = messages.getMessage(error.messageKey(), args, code, Locale.SIMPLIFIED_CHINESE);
		String en = messages.getMessage(error.messageKey(), args, code, Locale.ENGLISH);
		int status = error.status().value();
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		byte[] body = ("{\"type\":\"urn:sanyi:error:" + code + "\",\"title\":\"" + json(title) + "\",\"status\":"
				+ status + ",\"code\":\"" + code + "\",\"detail\":\"" + json(zh + " / " + en) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
