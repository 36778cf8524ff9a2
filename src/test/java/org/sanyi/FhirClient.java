package org.sanyi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hospital system calling the platform's FHIR endpoints (the master patient index's
 * Patient, the shared record) with a bearer token.
 */
public final class FhirClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	private final String token;

	public FhirClient(int port, String token) {
		this.base = "http://localhost:" + port;
		this.token = token;
	}

	/** The status, the headers tests look at and the body (a JSON null when empty). */
	public record Answer(int status, String contentType, String location, JsonNode body) {

		/** The first issue's code of an OperationOutcome. */
		public String issueCode() {
			return body.at("/issue/0/details/coding/0/code").asString();
		}

		/** The first issue's text. */
		public String issueText() {
			return body.at("/issue/0/details/text").asString();
		}

		/** Where the first issue is (entry and path). */
		public String expression() {
			return body.at("/issue/0/expression/0").asString();
		}

	}

	public Answer get(String path) {
		return send(request(path).GET().build());
	}

	public Answer post(String path, String body) {
		return send(request(path).header("Content-Type", "application/fhir+json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path.replace("|", "%7C")))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/fhir+json");
	}

	private Answer send(HttpRequest request) {
		try {
			HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode body = r.body() == null || r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
			return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
					r.headers().firstValue("Location").orElse(null), body);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
