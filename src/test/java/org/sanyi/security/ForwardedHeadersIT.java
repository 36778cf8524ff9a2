package org.sanyi.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no trusted proxy configured (the default), a client's forwarding headers change
 * nothing: the audit log keeps the address the connection came from, and redirects keep
 * the server's own host. (With a trusted proxy they are honoured: TrustedProxiesTest.)
 */
@IntegrationTest
class ForwardedHeadersIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetFailures() {
		jdbc.sql("delete from sec_throttle where key in ('forwarded-test', '127.0.0.1')").update();
	}

	@Test
	void theAuditLogRecordsTheConnectionsAddressNotTheOneTheClientClaims() throws Exception {
		var session = new HttpSession(port);
		session.get("/login");
		String csrf = session.get("/login").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> response = session.send(HttpRequest.newBuilder(URI.create(session.base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", "6.6.6.6")
			.header("Forwarded", "for=7.7.7.7;proto=https;host=evil.example")
			.POST(HttpRequest.BodyPublishers.ofString("username=forwarded-test&password=wrong&_csrf=" + csrf))
			.build());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(jdbc
			.sql("select ip from sec_audit_log where action = 'LOGIN_FAILED' and username = 'forwarded-test' "
					+ "order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("127.0.0.1");
	}

	@Test
	void aForwardedHostDoesNotChooseWhereTheLoginRedirectGoes() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/security/audit"))
				.header("Accept", "text/html")
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Port", "443")
				.header("Forwarded", "host=evil.example;proto=https")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/login").doesNotContain("evil.example").doesNotStartWith("https:");
	}

}
