package org.sanyi;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session for integration tests: keeps cookies, logs in through the
 * real login form with its CSRF token, and posts forms with the page's CSRF token,
 * against the running server.
 */
public final class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient client;

	private final String base;

	private String csrf;

	public HttpSession(int port) {
		this(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), port, null);
	}

	private HttpSession(HttpClient client, int port, String csrf) {
		this.client = client;
		this.base = "http://127.0.0.1:" + port;
		this.csrf = csrf;
	}

	/**
	 * The same browser (cookies and the last CSRF token) talking to another server, e.g.
	 * a second node.
	 */
	public HttpSession at(int port) {
		return new HttpSession(client, port, csrf);
	}

	public static HttpSession loggedIn(int port, String username, String password) {
		var session = new HttpSession(port);
		HttpResponse<String> response = session.login(username, password);
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login failed for " + username + ": " + response.statusCode());
		}
		return session;
	}

	public HttpResponse<String> login(String username, String password) {
		get("/login");
		return postForm("/login", Map.of("username", username, "password", password));
	}

	public HttpResponse<String> get(String path) {
		return send(
				HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8").GET().build());
	}

	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.put("_csrf", csrf);
		}
		String body = all.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher m = CSRF.matcher(response.body());
			if (m.find()) {
				csrf = m.group(1);
			}
			else {
				Matcher meta = CSRF_META.matcher(response.body());
				if (meta.find()) {
					csrf = meta.group(1);
				}
			}
			return response;
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String base() {
		return base;
	}

	/** The browser's client with its cookies, for responses read as a stream. */
	public HttpClient client() {
		return client;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
