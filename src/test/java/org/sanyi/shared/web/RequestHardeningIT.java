package org.sanyi.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile or careless input on list pages: a page far past the end, an enormous page
 * number, a search too long for the platform or for Tomcat, a NUL, LIKE wildcards, an
 * unknown address. Browsers get the platform's pages, REST clients ProblemDetail, and
 * nothing answers 500.
 */
@IntegrationTest
class RequestHardeningIT {

	private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPagePastTheEndIsSentToTheLastPageWithAWindowOfLinks() {
		var admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");

		for (String page : new String[] { "99999", "2147483647" }) {
			var far = admin.get("/registry/institutions?q=&page=" + page);
			assertThat(far.statusCode()).isEqualTo(302);
			String last = far.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
			assertThat(last).startsWith("/registry/institutions?q=&page=").doesNotEndWith("=" + page);

			String body = admin.get(last).body();
			assertThat(body.length()).isLessThan(60_000);
			assertThat(body).contains("<span class=\"cur\">" + last.substring(last.lastIndexOf('=') + 1) + "</span>");
			String pager = body.substring(body.indexOf("class=\"pager\""));
			assertThat(Pattern.compile("page=\\d+").matcher(pager).results().count()).isLessThanOrEqualTo(9);
			assertThat(pager).as("the links keep the search (PageLinks)")
				.contains("href=\"/registry/institutions?q=&amp;page=");
		}
	}

	@Test
	void tooLongAndNulSearchesGetThePlatformsErrorPageOrProblemDetail() {
		var admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");

		var tooLong = admin.get("/registry/institutions?q=" + "a".repeat(1000));
		var nul = admin.get("/identity/residents?q=%00");
		var restNul = admin.send(json("/api/registry/institutions?q=%00"));

		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("SH-0010").contains("class=\"sidebar\"");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("SH-0011");
		assertThat(restNul.statusCode()).isEqualTo(400);
		assertThat(restNul.body()).contains("\"code\":\"SH-0011\"");
	}

	@Test
	void aUrlTooLongForTomcatStillGetsThePlatformsPage() throws Exception {
		String search = "%E5%8C%BB".repeat(8000);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/registry/institutions?q=" + search))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("SH-0014").contains("/css/sanyi.css").doesNotContain("HTTP Status 400");
	}

	@Test
	void unknownAddressIsAPageForBrowsersAndProblemDetailForRestClients() {
		var ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");

		var page = ybj.get("/no/such/page");
		var rest = ybj.send(json("/no/such/page"));

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.body()).contains("SH-0012").contains("class=\"sidebar\"");
		assertThat(rest.statusCode()).isEqualTo(404);
		assertThat(rest.body()).contains("\"code\":\"SH-0012\"");
	}

	@Test
	void percentAndUnderscoreSearchForThemselvesNotForEverything() {
		var admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		long underscoreUsers = jdbc
			.sql("select count(*) from sec_user where username like '%\\_%' or display_name like '%\\_%'")
			.query(Long.class)
			.single();

		assertThat(total(admin.get("/identity/residents?q=%25").body())).isZero();
		assertThat(total(admin.get("/registry/institutions?q=%25").body())).isZero();
		assertThat(total(admin.get("/registry/institutions?q=_").body())).isZero();
		assertThat(total(admin.get("/registry/regions?q=%25").body())).isZero();
		assertThat(total(admin.get("/drg/cases?drg=%25").body())).isZero();
		assertThat(total(admin.get("/security/audit?resource=%25").body())).isZero();
		assertThat(total(admin.get("/terminology/catalogue?keyword=%25").body())).isZero();
		assertThat(total(admin.get("/security/users?keyword=_").body())).isEqualTo(underscoreUsers)
			.isLessThan(total(admin.get("/security/users").body()));
	}

	private static long total(String body) {
		Matcher m = TOTAL.matcher(body);
		assertThat(m.find()).as("a pager with 共 N 条").isTrue();
		return Long.parseLong(m.group(1));
	}

	private HttpRequest json(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "application/json")
			.GET()
			.build();
	}

}
