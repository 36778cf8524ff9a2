package org.sanyi.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SecurityIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesRedirectToLoginAndApiAnswers401WithoutCredentials() {
		var anonymous = new HttpSession(port);
		HttpResponse<String> page = anonymous.get("/security/audit");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(anonymous.get("/api/registry/institutions").statusCode()).isEqualTo(401);
	}

	@Test
	void outsideTheDemoProfileNoPageCarriesTheDemoMarkerOrHint() {
		String login = new HttpSession(port).get("/login").body();
		assertThat(login).doesNotContain("demo-marker").doesNotContain("Sanyi@2026");
		assertThat(HttpSession.loggedIn(port, "admin", "Sanyi@2026").get("/").body()).doesNotContain("demo-marker");
	}

	@Test
	void wrongPasswordIsRejectedAndAudited() {
		HttpResponse<String> response = new HttpSession(port).login("admin", "wrong-password");
		assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login?error");
		long failures = jdbc
			.sql("select count(*) from sec_audit_log where action = 'LOGIN_FAILED' and username = 'admin'")
			.query(Long.class)
			.single();
		assertThat(failures).isGreaterThanOrEqualTo(1);
	}

	@Test
	void loginShowsTheHomePageInChineseWithSecurityHeaders() {
		HttpSession admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		HttpResponse<String> home = admin.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("欢迎，平台管理员").contains("医保").contains("监管");
		assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
		assertThat(home.headers().firstValue("X-Frame-Options").orElseThrow()).isEqualTo("DENY");
		assertThat(admin.get("/?lang=en").body()).contains("Welcome, 平台管理员");
		admin.get("/?lang=zh-CN");
	}

	@Test
	void formPostWithoutCsrfTokenIsRefused() throws Exception {
		HttpSession admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		HttpResponse<String> response = admin.send(HttpRequest.newBuilder(URI.create(admin.base() + "/security/tokens"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=x"))
			.build());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void bearerTokenAuthenticatesRestCallsUntilRevoked() throws Exception {
		HttpSession admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		admin.get("/security/tokens");
		admin.postForm("/security/tokens", Map.of("name", "his-test", "days", "30"));
		String page = admin.get("/security/tokens").body();
		var matcher = Pattern.compile("id=\"new-token\">(sy_[A-Za-z0-9_-]+)<").matcher(page);
		assertThat(matcher.find()).as("token shown once on the page").isTrue();
		String token = matcher.group(1);
		assertThat(jdbc.sql("select count(*) from sec_api_token where token_hash like :t")
			.param("t", token)
			.query(Long.class)
			.single()).as("the token itself is not stored").isZero();

		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> ok = client.send(HttpRequest.newBuilder(URI.create(admin.base() + "/v3/api-docs"))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(ok.statusCode()).isEqualTo(200);
		HttpResponse<String> bad = client.send(HttpRequest.newBuilder(URI.create(admin.base() + "/"))
			.header("Authorization", "Bearer sy_not-a-token")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(bad.statusCode()).isEqualTo(401);
		assertThat(bad.body()).contains("SEC-0004").contains("令牌无效或已过期 / Token invalid or expired");
		assertThat(bad.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

		long id = jdbc.sql("select id from sec_api_token where name = 'his-test'").query(Long.class).single();
		admin.get("/security/tokens");
		admin.postForm("/security/tokens/" + id + "/revoke", Map.of());
		HttpResponse<String> revoked = client.send(HttpRequest.newBuilder(URI.create(admin.base() + "/"))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(revoked.statusCode()).isEqualTo(401);
	}

	@Test
	void aTokenRevokedBehindThisNodesBackIsRefusedWithinTenSeconds() throws Exception {
		HttpSession admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		admin.get("/security/tokens");
		admin.postForm("/security/tokens", Map.of("name", "other-node", "days", "30"));
		var matcher = Pattern.compile("id=\"new-token\">(sy_[A-Za-z0-9_-]+)<")
			.matcher(admin.get("/security/tokens").body());
		assertThat(matcher.find()).isTrue();
		String token = matcher.group(1);
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest call = HttpRequest.newBuilder(URI.create(admin.base() + "/v3/api-docs"))
			.header("Authorization", "Bearer " + token)
			.build();
		assertThat(client.send(call, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		// revoked by another node (or by hand): this node's cache of the token does not
		// know
		jdbc.sql("update sec_api_token set revoked_at = now() where name = 'other-node'").update();
		long revokedAt = System.nanoTime();
		int status = 200;
		while (status == 200 && System.nanoTime() - revokedAt < 15_000_000_000L) {
			status = client.send(call, HttpResponse.BodyHandlers.ofString()).statusCode();
			if (status == 200) {
				Thread.sleep(200);
			}
		}
		double seconds = (System.nanoTime() - revokedAt) / 1e9;
		assertThat(status).isEqualTo(401);
		assertThat(seconds).as("refused within the cache's 10 s").isLessThan(10.5);
		assertThat(client.send(call, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
	}

	@Test
	void revokingATokenThatIsNotTheUsersIsRefusedAndAuditedAsFailed() {
		HttpSession admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		admin.get("/security/tokens");
		HttpResponse<String> refused = admin.postForm("/security/tokens/987654321/revoke", Map.of());
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).contains("SEC-0007");
		assertThat(jdbc
			.sql("select outcome from sec_audit_log where resource = 'security:token' and target = '987654321' "
					+ "order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("FAILED:404");
	}

	@Test
	void everyWriteIsAuditedWithItsOutcome() {
		HttpSession admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		admin.get("/security/tokens");
		admin.postForm("/security/tokens", Map.of("name", "audited", "days", "7"));
		var entry = jdbc
			.sql("select username, resource, target, outcome from sec_audit_log "
					+ "where resource = 'security:token' and target = 'audited'")
			.query((rs, n) -> rs.getString("username") + "|" + rs.getString("outcome"))
			.single();
		assertThat(entry).isEqualTo("admin|SUCCESS");
	}

	@Test
	void auditLogRefusesUpdateAndDeleteToTheApplicationsRole() {
		assertThatThrownBy(() -> jdbc.sql("update sec_audit_log set username = 'x'").update()).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("delete from sec_audit_log").update()).rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void auditPageListsEntriesAndExportsExcel() {
		HttpSession admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		HttpResponse<String> page = admin.get("/security/audit?action=LOGIN");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("审计日志").contains("共 ");
		HttpResponse<byte[]> excel = admin.getBytes("/security/audit/export?action=LOGIN");
		assertThat(excel.statusCode()).isEqualTo(200);
		assertThat(excel.body()).startsWith((byte) 'P', (byte) 'K');
	}

	@Test
	void healthIsPublicButMetricsAndApiDocumentsAreClosedOutsideTheDemo() {
		var anonymous = new HttpSession(port);
		assertThat(anonymous.get("/actuator/health").body()).contains("UP");
		assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/v3/api-docs").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/swagger-ui.html").statusCode()).isEqualTo(302);

		HttpSession admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		assertThat(admin.get("/actuator/prometheus").body()).contains("jvm_memory");
		assertThat(admin.get("/v3/api-docs").body()).contains("openapi");
		HttpSession clerk = HttpSession.loggedIn(port, "ybb", "Sanyi@2026");
		assertThat(clerk.get("/actuator/prometheus").statusCode()).isEqualTo(403);
		assertThat(clerk.get("/v3/api-docs").statusCode()).isEqualTo(200);
	}

}
