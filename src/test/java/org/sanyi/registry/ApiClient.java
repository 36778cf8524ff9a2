package org.sanyi.registry;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanyi.HttpSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * REST calls of a signed-in user for the registry's integration tests: JSON answers
 * parsed, writes sent with the session's CSRF token in its header (the way htmx and
 * browser scripts send it).
 */
final class ApiClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

	final HttpSession session;

	ApiClient(int port, String username) {
		this.session = HttpSession.loggedIn(port, username, "Sanyi@2026");
	}

	/** The answer's status and parsed body. */
	Answer get(String path) {
		HttpResponse<String> response = session.send(HttpRequest.newBuilder(URI.create(session.base() + path))
			.header("Accept", "application/json")
			.GET()
			.build());
		return new Answer(response.statusCode(), parse(response.body()));
	}

	Answer post(String path, String contentType, String body) {
		String page = session.get("/").body();
		Matcher token = META.matcher(page);
		Matcher header = HEADER.matcher(page);
		if (!token.find() || !header.find()) {
			throw new IllegalStateException("no CSRF token on the home page");
		}
		HttpResponse<String> response = session.send(HttpRequest.newBuilder(URI.create(session.base() + path))
			.header("Content-Type", contentType + "; charset=UTF-8")
			.header("Accept", "application/json")
			.header(header.group(1), token.group(1))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
		return new Answer(response.statusCode(), parse(response.body()));
	}

	Answer postJson(String path, String json) {
		return post(path, "application/json", json);
	}

	private static JsonNode parse(String body) {
		try {
			return JSON.readTree(body == null || body.isBlank() ? "null" : body);
		}
		catch (tools.jackson.core.JacksonException ex) {
			return JSON.getNodeFactory().textNode(body);
		}
	}

	record Answer(int status, JsonNode body) {

		String code() {
			return body.path("code").asString();
		}

	}

}
