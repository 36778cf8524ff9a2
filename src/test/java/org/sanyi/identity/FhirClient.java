package org.sanyi.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;

/** A hospital system calling the FHIR endpoints with a bearer token. */
final class FhirClient {

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	private final String token;

	FhirClient(int port, String token) {
		this.base = "http://localhost:" + port;
		this.token = token;
	}

	record Answer(int status, String contentType, String location, JsonNode body) {

		String issueCode() {
			return body.at("/issue/0/details/coding/0/code").asString();
		}

		String issueText() {
			return body.at("/issue/0/details/text").asString();
		}

	}

	Answer get(String path) {
		return send(request(path).GET().build());
	}

	Answer post(String path, String body) {
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
			JsonNode body = r.body() == null || r.body().isBlank() ? IdentityApiClient.JSON.nullNode()
					: IdentityApiClient.JSON.readTree(r.body());
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
