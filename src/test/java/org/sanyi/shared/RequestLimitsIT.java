package org.sanyi.shared;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.security.internal.ApiTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies over the configured size answer 413 with a ProblemDetail before anything parses
 * them, whether their length is declared or they come in chunks; a REST call missing a
 * required parameter answers 400 naming it, not 500.
 */
@IntegrationTest
class RequestLimitsIT {

	private static final int MIB = 1024 * 1024;

	@LocalServerPort
	int port;

	String token;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void token() {
		HttpSession admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		admin.get("/security/tokens");
		admin.postForm("/security/tokens", java.util.Map.of("name", "limits", "days", "1"));
		Matcher m = Pattern.compile("id=\"new-token\">(sy_[A-Za-z0-9_-]+)<")
			.matcher(admin.get("/security/tokens").body());
		assertThat(m.find()).isTrue();
		token = m.group(1);
	}

	@Test
	void aThirtyMebibyteJsonBodyIsRefusedWith413BeforeItIsRead() throws Exception {
		// only the headers go out: the answer comes before the body would be read (the
		// chunked case: RequestBodyLimitTest)
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream()
				.write(("POST /api/drg/group HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "Authorization: Bearer " + token
						+ "\r\nContent-Type: application/json\r\n" + "Content-Length: " + 30 * MIB + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			// the server keeps the connection to swallow the body that never comes: read
			// just the answer
			String answer = answer(socket);
			assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"SH-0008\"").contains("请求体过大");
		}
	}

	/**
	 * A chunked FHIR bundle past the bundle limit (64 MB): it streams to the bundle
	 * reader, which is stopped at the limit with 413 before anything is stored; the
	 * server did not hold the 64 MB to measure them.
	 */
	@Test
	void aChunkedBundlePastItsLimitIsStoppedWith413AsItStreams() throws Exception {
		String doctor = tokens.issue(
				jdbc.sql("select id from sec_user where username = 'doctor'").query(Long.class).single(), "limits", 1);
		long bundlesBefore = jdbc.sql("select count(*) from cr_resource").query(Long.class).single();
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			var out = socket.getOutputStream();
			out.write(("POST /fhir HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + doctor
					+ "\r\nContent-Type: application/fhir+json\r\nTransfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			Thread sender = Thread.ofVirtual().start(() -> {
				try {
					chunk(out, "{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[".getBytes());
					byte[] spaces = new byte[MIB];
					java.util.Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < 66; i++) {
						chunk(out, spaces);
					}
					out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
					out.flush();
				}
				catch (java.io.IOException closed) {
					// the server answered and closed the connection before the rest went
					// out
				}
			});
			String answer = answer(socket);
			sender.join(60_000);
			assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"SH-0008\"");
		}
		assertThat(jdbc.sql("select count(*) from cr_resource").query(Long.class).single()).isEqualTo(bundlesBefore);
	}

	/**
	 * The status line, headers and ProblemDetail the server answered, read as they come.
	 */
	private static String answer(Socket socket) throws java.io.IOException {
		var read = new java.io.ByteArrayOutputStream();
		var in = socket.getInputStream();
		String answer = "";
		while (!answer.contains("\r\n\r\n") || !answer.endsWith("}")) {
			int b = in.read();
			if (b < 0) {
				break;
			}
			read.write(b);
			answer = read.toString(StandardCharsets.UTF_8);
		}
		return answer;
	}

	private static void chunk(java.io.OutputStream out, byte[] data) throws java.io.IOException {
		out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(data);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void aBodyWithinTheLimitIsStillParsed() throws Exception {
		HttpResponse<String> small = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/drg/group"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"not\": \"a case\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(small.statusCode()).isEqualTo(400);
	}

	@Test
	void aMissingRequiredParameterAnswers400NamingIt() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/drg/schemes/applicable?region=359900"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"code\":\"SH-0009\"").contains("date");
	}

}
