package org.sanyi.drg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.internal.ApiTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing schemes over REST: the national scheme from the shared directory, broken
 * schemes, assignments.
 */
@IntegrationTest
class DrgSchemeImportIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	DrgApi admin;

	@BeforeEach
	void admin() {
		admin = DrgApi.as(port, "PLATFORM_ADMIN", accounts, tokens);
	}

	@Test
	void demoSchemeIsImportedAtStartAndAssignedToTheDemoCity() {
		HttpResponse<String> response = admin.get("/api/drg/schemes/applicable?region=359921&date=2026-03-01");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"code\":\"sanyi_demo\"", "\"version\":\"2026.1\"", "\"drg_count\":57",
				"\"region_code\":\"359900\"", "\"loaded\":true");
	}

	@Test
	void nationalSchemeFromTheSharedDirectoryIsImportedStoredAndAssigned() {
		long id = DrgApi.nationalScheme(admin, jdbc);
		HttpResponse<String> scheme = admin.get("/api/drg/schemes/" + id);
		assertThat(scheme.body()).contains("\"mdc_count\":26", "\"adrg_count\":376", "\"drg_count\":628",
				"\"region_code\":\"000000\"", "OpenDRG");
		List<String> stored = jdbc.sql("select name from drg_scheme_file where scheme_id = :id order by name")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(stored)
			.contains("scheme.json", "mdc_diagnoses.csv", "drg_groups.csv", "icd10_names.csv",
					"LICENSE-OpenDRG-Apache-2.0.txt", "README.md")
			.doesNotContain("dx_code_map.csv", "synthetic_cases.csv");
		long storedRows = jdbc.sql("select lines from drg_scheme_file where scheme_id = :id and name = 'mcc.csv'")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(storedRows).isEqualTo(4_679);
		HttpResponse<String> beijing = admin.get("/api/drg/schemes/applicable?region=110105&date=2026-03-01");
		assertThat(beijing.body()).contains("\"code\":\"chs_drg_11\"");
		HttpResponse<String> demoCity = admin.get("/api/drg/schemes/applicable?region=359921&date=2026-03-01");
		assertThat(demoCity.body()).as("the city's own scheme wins over the national one")
			.contains("\"code\":\"sanyi_demo\"");
		assertThat(admin.get("/api/drg/schemes/applicable?region=350403&date=2026-03-01").body())
			.as("elsewhere in the province")
			.contains("\"code\":\"chs_drg_11\"");
	}

	@Test
	void nationalSchemeTreeNamesMdcsAdrgsAndDrgs() {
		long id = DrgApi.nationalScheme(admin, jdbc);
		HttpResponse<String> tree = admin.get("/api/drg/schemes/" + id + "/tree");
		assertThat(tree.statusCode()).isEqualTo(200);
		assertThat(tree.body()).contains("\"code\":\"MDCG\",\"name\":\"消化系统疾病及功能障碍\"")
			.contains("\"code\":\"GZ13\"")
			.contains("\"split_condition\":\"cc_or_mcc\"");
		HttpResponse<String> codes = admin.get("/api/drg/schemes/" + id + "/codes?q=K35.300");
		assertThat(codes.body()).contains("\"code\":\"K35.300\"", "急性阑尾炎伴局限性腹膜炎", "MDCG");
	}

	@Test
	void brokenCsvIsRejectedNamingFileAndLineAndNothingIsStored() {
		Map<String, String> files = demoFiles();
		files.put("scheme.json", files.get("scheme.json").replace("\"sanyi_demo\"", "\"broken_demo\""));
		files.put("mcc.csv", "code,exclusion_table\nJ96.000,RESP_FAIL\nJ96.900\nN17.900,RENAL_FAIL\n");
		long schemes = count("drg_scheme");
		long files0 = count("drg_scheme_file");
		long regions = count("drg_scheme_region");

		HttpResponse<String> response = admin.post("/api/drg/schemes?version=9&effectiveFrom=2026-01-01&region=110000",
				"application/zip", DrgApi.zip(files));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("DRG-0001", "mcc.csv", "第 3 行", "expected 2 fields, found 1");
		assertThat(count("drg_scheme")).isEqualTo(schemes);
		assertThat(count("drg_scheme_file")).isEqualTo(files0);
		assertThat(count("drg_scheme_region")).isEqualTo(regions);
	}

	@Test
	void brokenRuleReferenceIsRejectedInEnglishOnRequest() {
		Map<String, String> files = demoFiles();
		files.put("drg_groups.csv", files.get("drg_groups.csv").replace("GD15,GD1,MDCG", "GD15,GX1,MDCG"));
		HttpResponse<String> response = admin.post("/api/drg/schemes?version=9b&effectiveFrom=2026-01-01&lang=en",
				"application/zip", DrgApi.zip(files));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("DRG-0001", "Scheme file drg_groups.csv, line 35",
				"unknown ADRG \\\"GX1\\\"");
		assertThat(count("drg_scheme where version = '9b'")).isZero();
		admin.get("/api/drg/schemes?lang=zh-CN");
	}

	@Test
	void notAZipIsRejected() {
		HttpResponse<String> response = admin.post("/api/drg/schemes?effectiveFrom=2026-01-01", "application/zip",
				"code,name\n".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("DRG-0003");
	}

	@Test
	void sameVersionTwiceIsAConflict() {
		HttpResponse<String> response = admin.post("/api/drg/schemes?effectiveFrom=2024-01-01", "application/zip",
				DrgApi.zip(demoFiles()));
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("DRG-0005", "sanyi_demo", "2026.1");
	}

	@Test
	void overlappingAssignmentOfOneRegionIsRefusedAndAnotherVersionTakesOverLater() {
		Map<String, String> files = demoFiles();
		HttpResponse<String> imported = admin.post("/api/drg/schemes?version=2027.1&effectiveFrom=2027-01-01",
				"application/zip", DrgApi.zip(files));
		assertThat(imported.statusCode()).isEqualTo(201);
		long id = jdbc.sql("select id from drg_scheme where code = 'sanyi_demo' and version = '2027.1'")
			.query(Long.class)
			.single();

		HttpResponse<String> overlap = admin.postJson("/api/drg/schemes/" + id + "/regions",
				"{\"region\":\"359900\",\"valid_from\":\"2027-01-01\"}");
		assertThat(overlap.statusCode()).isEqualTo(409);
		assertThat(overlap.body()).contains("DRG-0008");

		HttpResponse<String> county = admin.postJson("/api/drg/schemes/" + id + "/regions",
				"{\"region\":\"359921\",\"valid_from\":\"2027-01-01\"}");
		assertThat(county.statusCode()).isEqualTo(201);
		assertThat(admin.get("/api/drg/schemes/applicable?region=359921&date=2027-02-01").body())
			.as("the county's own version from 2027")
			.contains("\"version\":\"2027.1\"");
		assertThat(admin.get("/api/drg/schemes/applicable?region=359921&date=2026-12-31").body())
			.contains("\"version\":\"2026.1\"");
		assertThat(admin.get("/api/drg/schemes/applicable?region=359902&date=2027-02-01").body())
			.as("elsewhere in the city")
			.contains("\"version\":\"2026.1\"");

		long assignment = jdbc.sql("select id from drg_scheme_region where scheme_id = :id and active")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(admin.send("DELETE", "/api/drg/schemes/regions/" + assignment).statusCode()).isEqualTo(204);
		assertThat(admin.get("/api/drg/schemes/applicable?region=359921&date=2027-02-01").body())
			.contains("\"version\":\"2026.1\"");
	}

	@Test
	void officerAssignsOnlyWithinTheirRegion() {
		DrgApi officer = DrgApi.as(port, "INSURANCE_OFFICER", accounts, tokens);
		long id = jdbc.sql("select id from drg_scheme where code = 'sanyi_demo' and version = '2026.1'")
			.query(Long.class)
			.single();
		HttpResponse<String> outside = officer.postJson("/api/drg/schemes/" + id + "/regions",
				"{\"region\":\"110000\",\"valid_from\":\"2030-01-01\"}");
		assertThat(outside.statusCode()).isEqualTo(403);
		assertThat(outside.body()).contains("DRG-0012");
	}

	@Test
	void importPageNamesFileAndLineOfAnErrorAndStoresNothing() {
		Map<String, String> files = demoFiles();
		files.put("adrg_diagnoses.csv",
				files.get("adrg_diagnoses.csv").replace("GZ1,dx,K29.700", "GZ1,dx,K29.700,extra"));
		long schemes = count("drg_scheme");
		HttpSession session = HttpSession.loggedIn(port, "admin", DrgApi.PASSWORD);

		HttpResponse<String> page = DrgApi.postMultipart(session, "/drg/schemes", "/drg/schemes/import",
				Map.of("version", "page-1", "effectiveFrom", "2026-01-01", "region", ""), "broken.zip",
				DrgApi.zip(files));

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("DRG-0001", "分组方案文件 adrg_diagnoses.csv 第 35 行有误", "导入分组方案");
		assertThat(count("drg_scheme")).isEqualTo(schemes);
		assertThat(
				jdbc.sql("select count(*) from sec_audit_log where resource = 'drg:scheme' and outcome = 'FAILED:400'")
					.query(Long.class)
					.single())
			.isPositive();
	}

	@Test
	void adminImportsAServerDirectoryFromThePageAndOfficersMayNot() {
		HttpSession session = HttpSession.loggedIn(port, "admin", DrgApi.PASSWORD);
		session.get("/drg/schemes");
		HttpResponse<String> imported = session.postForm("/drg/schemes/import-path",
				Map.of("path", Path.of("src/main/resources/drg/demo-scheme").toAbsolutePath().toString(), "version",
						"path-1", "effectiveFrom", "2031-01-01", "name", "", "effectiveTo", "", "region", ""));
		assertThat(imported.statusCode()).isEqualTo(302);
		String location = imported.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/drg/schemes/\\d+");
		assertThat(session.get(location.replaceAll("^https?://[^/]+", "")).body()).contains("导入成功", "path-1",
				"7 个 MDC、26 个 ADRG、57 个 DRG");

		DrgApi officer = DrgApi.as(port, "INSURANCE_OFFICER", accounts, tokens);
		HttpResponse<String> refused = officer.postJson("/api/drg/schemes/import-path", """
				{"path":"/work/shared/drg/chs-drg-1.1","version":"x","effective_from":"2031-01-01"}""");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("DRG-0016");
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	static Map<String, String> demoFiles() {
		Map<String, String> files = new LinkedHashMap<>();
		try (Stream<Path> list = Files.list(Path.of("src/main/resources/drg/demo-scheme"))) {
			for (Path file : list.sorted().toList()) {
				files.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

}
