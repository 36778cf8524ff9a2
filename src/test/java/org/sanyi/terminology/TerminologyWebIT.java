package org.sanyi.terminology;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TerminologyWebIT {

	static final String PASSWORD = "Sanyi@2026";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@BeforeEach
	void accounts() {
		accounts
			.ensure(new NewAccount("term-doctor", PASSWORD, "术语测试医生", "DOCTOR", "350402", "350402000001", null, null));
		accounts.ensure(new NewAccount("term-resident", PASSWORD, "术语测试居民", "RESIDENT", null, null, "R-TERM-1", null));
	}

	private HttpSession admin() {
		return HttpSession.loggedIn(port, "admin", PASSWORD);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	@Test
	void restSearchFindsByPinyinInitialsAndByCodePrefix() {
		HttpSession admin = admin();
		HttpResponse<String> pinyin = admin.get("/api/terminology/systems/ICD10-YB/concepts?keyword=gxy&size=100");
		assertThat(pinyin.statusCode()).isEqualTo(200);
		JsonNode rows = json(pinyin).get("rows");
		assertThat(rows.size()).isGreaterThan(3);
		assertThat(rows.valueStream().map(r -> r.get("code").asString())).contains("I10.x00x002", "I10.x03");
		assertThat(rows.valueStream().map(r -> r.get("pinyin").asString())).allMatch(p -> p.contains("gxy"));

		JsonNode prefix = json(admin.get("/api/terminology/systems/ICD10-YB/concepts?keyword=k35&size=100"));
		assertThat(prefix.get("total").asLong()).isEqualTo(prefix.get("rows").size()).isGreaterThanOrEqualTo(4);
		assertThat(prefix.get("rows").valueStream().map(r -> r.get("code").asString()))
			.allMatch(c -> c.startsWith("K35"));

		JsonNode byName = json(admin.get("/api/terminology/systems/ICD10-YB/concepts?keyword="
				+ java.net.URLEncoder.encode("阑尾炎", StandardCharsets.UTF_8)));
		assertThat(byName.get("total").asLong()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void restLookupAnswersTheConceptOr404WithItsCode() {
		HttpSession admin = admin();
		HttpResponse<String> found = admin.get("/api/terminology/systems/ICD10-YB/concepts/K35.800x001?on=2026-01-01");
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(json(found).get("name").asString()).isEqualTo("急性阑尾炎");
		assertThat(json(found).get("parentCode").asString()).isEqualTo("K35.800");

		HttpResponse<String> before = admin.get("/api/terminology/systems/ICD10-YB/concepts/K35.800x001?on=2019-12-31");
		assertThat(before.statusCode()).isEqualTo(404);
		assertThat(json(before).get("code").asString()).isEqualTo("TERM-0003");
	}

	@Test
	void catalogueFiltersByClassAndKind() {
		HttpSession admin = admin();
		JsonNode classB = json(admin.get("/api/terminology/catalogue?kind=DRUG&class=B&size=500"));
		assertThat(classB.get("total").asLong()).isGreaterThanOrEqualTo(40);
		assertThat(classB.get("rows").valueStream()).allSatisfy(item -> {
			assertThat(item.get("insuranceClass").asString()).isEqualTo("B");
			assertThat(item.get("kind").asString()).isEqualTo("DRUG");
			assertThat(item.get("selfPayRatio").decimalValue()).isBetween(java.math.BigDecimal.ZERO,
					new java.math.BigDecimal("0.9999"));
		});
		JsonNode services = json(admin.get("/api/terminology/catalogue?kind=SERVICE&size=500"));
		assertThat(services.get("total").asLong()).isGreaterThanOrEqualTo(100);

		String page = admin.get("/terminology/catalogue?cls=C").body();
		assertThat(page).contains("医保目录").contains("西地那非片").doesNotContain("阿莫西林胶囊").contains("共 ");
		assertThat(admin.get("/api/terminology/catalogue/001102000010000").body()).contains("普通门诊诊查费");
	}

	@Test
	void pagesListSystemsAndBrowseConcepts() {
		HttpSession admin = admin();
		HttpResponse<String> systems = admin.get("/terminology/systems");
		assertThat(systems.statusCode()).isEqualTo(200);
		assertThat(systems.body()).contains("标准编码").contains("ICD10-YB").contains("现行").contains("DISCHARGE_WAY");

		HttpResponse<String> browser = admin.get("/terminology/systems/ICD10-YB?keyword=gxy");
		assertThat(browser.statusCode()).isEqualTo(200);
		assertThat(browser.body()).contains("高血压").contains("共 ").doesNotContain("肺炎");
	}

	@Test
	void exportsAreExcelAndAudited() {
		HttpSession admin = admin();
		HttpResponse<byte[]> concepts = admin.getBytes("/terminology/systems/ICD10-YB/export?keyword=I10");
		assertThat(concepts.statusCode()).isEqualTo(200);
		assertThat(concepts.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		assertThat(concepts.body()).startsWith((byte) 'P', (byte) 'K');
		HttpResponse<byte[]> catalogue = admin.getBytes("/terminology/catalogue/export?kind=DRUG&cls=A");
		assertThat(catalogue.statusCode()).isEqualTo(200);
		assertThat(catalogue.body()).startsWith((byte) 'P', (byte) 'K');
		assertThat(jdbc
			.sql("select count(*) from sec_audit_log where action = 'EXPORT' and username = 'admin' "
					+ "and resource in ('terminology:concept', 'terminology:catalogue')")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void doctorMayListButNotImportAndResidentMayNotList() {
		HttpSession doctor = HttpSession.loggedIn(port, "term-doctor", PASSWORD);
		assertThat(doctor.get("/terminology/systems").statusCode()).isEqualTo(200);
		assertThat(doctor.get("/api/terminology/systems").statusCode()).isEqualTo(200);
		assertThat(doctor.get("/terminology/import").statusCode()).isEqualTo(403);
		assertThat(doctor.get("/terminology/systems").body()).doesNotContain("/terminology/import");
		HttpResponse<String> upload = multipart(doctor, "/api/terminology/imports", Map.of("system", "IT-DOC",
				"version", "1", "name", "医生导入", "kind", "DICTIONARY", "effectiveFrom", "2024-01-01"),
				"code,name\nA,甲\n");
		assertThat(upload.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from term_code_system where code = 'IT-DOC'").query(Long.class).single())
			.isZero();

		HttpSession resident = HttpSession.loggedIn(port, "term-resident", PASSWORD);
		assertThat(resident.get("/terminology/systems").statusCode()).isEqualTo(403);
	}

	@Test
	void importPageShowsEachBadLineAndImportsNothing() {
		HttpSession admin = admin();
		long before = jdbc.sql("select count(*) from term_concept").query(Long.class).single();
		HttpResponse<String> rejected = multipart(admin, "/terminology/import", Map.of("system", "IT-PAGE", "version",
				"1", "name", "页面导入", "kind", "DICTIONARY", "effectiveFrom", "2024-01-01"),
				"code,name,parent\nA,甲,\nA,重复,\nB,乙,X\n");
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(rejected.body()).contains("import-errors")
			.contains("TERM-0110")
			.contains("TERM-0111")
			.contains("第 3 行")
			.contains("发现 2 处错误");
		assertThat(jdbc.sql("select count(*) from term_concept").query(Long.class).single()).isEqualTo(before);

		HttpResponse<String> accepted = multipart(admin, "/terminology/import", Map.of("system", "IT-PAGE", "version",
				"1", "name", "页面导入", "kind", "DICTIONARY", "effectiveFrom", "2024-01-01"),
				"code,name,parent\nA,甲,\nA1,甲一,A\nB,乙,\n");
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).contains("import-success").contains("共 3 行");
		assertThat(jdbc
			.sql("select outcome from sec_audit_log where resource = 'terminology:code-system' "
					+ "and target = 'IT-PAGE@1' and action = 'WRITE' order by id")
			.query(String.class)
			.list()).containsExactly("FAILED:400", "SUCCESS");
	}

	@Test
	void restImportAnswersCreatedOrTheErrorList() {
		HttpSession admin = admin();
		HttpResponse<String> bad = multipart(admin, "/api/terminology/imports",
				Map.of("system", "IT-REST", "version", "1", "name", "接口导入", "kind", "SERVICE", "effectiveFrom",
						"2024-01-01"),
				"code,name,price,insurance_class,self_pay_ratio\n001,挂号,abc,甲,\n002,诊查,5.00,乙,\n");
		assertThat(bad.statusCode()).isEqualTo(400);
		JsonNode problem = json(bad);
		assertThat(problem.get("code").asString()).isEqualTo("TERM-0009");
		assertThat(problem.get("errorCount").asInt()).isEqualTo(2);
		assertThat(problem.get("errors").get(0).get("line").asInt()).isEqualTo(2);
		assertThat(problem.get("errors").get(0).get("column").asString()).isEqualTo("price");
		assertThat(problem.get("errors").get(1).get("code").asString()).isEqualTo("TERM-0108");

		HttpResponse<String> good = multipart(admin, "/api/terminology/imports",
				Map.of("system", "IT-REST", "version", "1", "name", "接口导入", "kind", "SERVICE", "effectiveFrom",
						"2024-01-01"),
				"code,name,price,insurance_class,self_pay_ratio\n001,挂号,1.00,甲,\n002,诊查,5.00,乙,0.1\n");
		assertThat(good.statusCode()).isEqualTo(201);
		assertThat(json(good).get("rows").asInt()).isEqualTo(2);
	}

	/**
	 * Posts a multipart form with a CSV file and the CSRF token of the session's last
	 * page (as a browser does).
	 */
	private HttpResponse<String> multipart(HttpSession session, String path, Map<String, String> fields, String csv) {
		Matcher m = CSRF_META.matcher(session.get("/terminology/systems").body());
		String token = m.find() ? m.group(1) : "";
		String boundary = "----sanyi" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token);
		all.forEach((k, v) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload.csv\""
				+ "\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return session.send(HttpRequest.newBuilder(URI.create(session.base() + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", token)
			.header("Accept", "text/html,application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

}
