package org.sanyi.drg;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.drg.grouper.SharedDrgData;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.internal.ApiTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grouping over REST and on the workbench page: results, traces in both languages,
 * batches, permissions, audit.
 */
@IntegrationTest
class DrgGroupingIT {

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
	void sharedSampleCasesGroupOverRestAsTheReferenceGrouperDid() throws IOException {
		DrgApi.nationalScheme(admin, jdbc);
		List<String> lines = Files.readAllLines(SharedDrgData.testCases("opendrg_sample_cases.csv"));
		List<String> header = Arrays.asList(lines.getFirst().split(","));
		int checked = 0;
		for (String line : lines.subList(1, 16)) {
			String[] f = line.split(",", -1);
			String json = """
					{"sex":"%s","age":%s,"age_days":%s,"weight_g":%s,"dept":"%s","los_days":%s,"discharge_way":"%s",
					 "diagnoses":%s,"procedures":%s,"region":"%s","discharge_date":"2026-03-01"}""".formatted(
					f[header.indexOf("gender")], f[header.indexOf("age")], f[header.indexOf("age_days")],
					f[header.indexOf("weight_g")], f[header.indexOf("dept")], f[header.indexOf("los_days")],
					f[header.indexOf("discharge_way")], jsonList(f[header.indexOf("diagnoses")]),
					jsonList(f[header.indexOf("procedures")]), DrgApi.BEIJING);
			HttpResponse<String> response = admin.postJson("/api/drg/group?trace=false", json);
			assertThat(response.statusCode()).as(line).isEqualTo(200);
			assertThat(response.body()).as(f[0])
				.contains("\"status\":\"" + f[header.indexOf("expected_status")] + "\"")
				.contains("\"adrg\":\"" + f[header.indexOf("expected_adrg")] + "\"")
				.contains("\"drg\":\"" + f[header.indexOf("expected_drg")] + "\"")
				.contains("\"code\":\"chs_drg_11\"");
			checked++;
		}
		assertThat(checked).isEqualTo(15);
	}

	@Test
	void restResultCarriesNamesAndTheTraceInTheCallersLanguage() {
		DrgApi.nationalScheme(admin, jdbc);
		String json = """
				{"sex":"2","age":88,"age_days":32460,"los_days":94,"discharge_way":"1",
				 "diagnoses":["K22.301","K11.901","E11.900","I10.x05"],"procedures":["96.0800x005"],
				 "region":"110105","discharge_date":"2026-03-01"}""";
		HttpResponse<String> zh = admin.postJson("/api/drg/group", json);
		assertThat(zh.statusCode()).isEqualTo(200);
		assertThat(zh.body()).contains("\"mdc\":\"MDCG\"", "\"adrg\":\"GZ1\"", "\"drg\":\"GZ13\"",
				"\"complication\":\"CC\"", "\"deciding_diagnosis\":\"K11.901\"", "\"mdc_name\":\"消化系统疾病及功能障碍\"",
				"分组结果：MDCG → GZ1 → GZ13", "\"key\":\"drg.trace.adrg.matched\"");
		HttpResponse<String> en = admin.postJson("/api/drg/group?lang=en", json);
		assertThat(en.body()).contains("\"drg\":\"GZ13\"", "Result: MDCG > GZ1 > GZ13", "Matched ADRG GZ1");
		admin.get("/api/drg/schemes?lang=zh-CN");
	}

	@Test
	void restLatencyOfOneGroupingIsMeasured() {
		String json = """
				{"sex":"2","age":30,"diagnoses":["K35.800","E11.900"],"procedures":["47.0100"],
				 "region":"359921","discharge_date":"2026-03-01"}""";
		for (int i = 0; i < 50; i++) {
			admin.postJson("/api/drg/group?trace=false", json);
		}
		long[] plain = new long[200];
		long[] traced = new long[200];
		for (int i = 0; i < plain.length; i++) {
			long start = System.nanoTime();
			assertThat(admin.postJson("/api/drg/group?trace=false", json).statusCode()).isEqualTo(200);
			plain[i] = System.nanoTime() - start;
			start = System.nanoTime();
			assertThat(admin.postJson("/api/drg/group", json).body()).contains("\"drg\":\"GD13\"");
			traced[i] = System.nanoTime() - start;
		}
		Arrays.sort(plain);
		Arrays.sort(traced);
		System.out.printf(
				"[drg] REST grouping latency over loopback, 200 calls each (bearer token, audit write "
						+ "included): without trace p50 %.2f ms p95 %.2f ms; with trace p50 %.2f ms p95 %.2f ms%n",
				plain[100] / 1e6, plain[190] / 1e6, traced[100] / 1e6, traced[190] / 1e6);
	}

	@Test
	void unknownCodesAndMissingRegionAreRejectedWithEveryProblem() {
		HttpResponse<String> response = admin.postJson("/api/drg/group", """
				{"sex":"1","age":40,"diagnoses":["X99.999","E11.900"],"procedures":["00.0000"],
				 "region":"359921","discharge_date":"2026-03-01"}""");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("DRG-0013", "诊断编码 X99.999 不在分组方案 sanyi_demo 中",
				"手术操作编码 00.0000 不在分组方案 sanyi_demo 中", "\"errors\":[");
		HttpResponse<String> noScheme = admin.postJson("/api/drg/group", """
				{"sex":"1","age":40,"diagnoses":["K35.800"],"region":"359921","discharge_date":"2019-03-01"}""");
		assertThat(noScheme.statusCode()).isEqualTo(422);
		assertThat(noScheme.body()).contains("DRG-0007", "359921", "2019-03-01");
	}

	@Test
	void workbenchPageGroupsACaseAndExplainsItInChinese() {
		HttpSession session = HttpSession.loggedIn(port, "admin", DrgApi.PASSWORD);
		assertThat(session.get("/drg/group").body()).contains("DRG 分组", "病例信息", "批量分组");
		HttpResponse<String> page = session.postForm("/drg/group",
				Map.of("region", "359921", "dischargeDate", "2026-03-01", "sex", "2", "age", "30", "diagnoses",
						"K35.800\nE11.900", "procedures", "47.0100", "dischargeWay", "1"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("GD13", "阑尾切除术，伴并发症或合并症", "分组成功", "伴并发症或合并症：E11.900")
			.contains("进入 MDCG：满足入组条件")
			.contains("匹配 ADRG GD1 阑尾切除术（主诊断匹配、主手术匹配）")
			.contains("主诊断 K35.800（急性阑尾炎，其他未特指）属于 GD1 诊断表")
			.contains("其他诊断 E11.900（2型糖尿病）为一般并发症或合并症（CC，排除表 DIABETES）")
			.contains("伴并发症或合并症（E11.900），入 GD13")
			.contains("依次尝试 MDCB、MDCE、MDCF，均未进入（共 3 个 MDC）")
			.contains("分组结果：MDCG → GD1 → GD13");
		assertThat(jdbc
			.sql("select count(*) from sec_audit_log where resource = 'drg:group' and target = 'GD13' "
					+ "and username = 'admin' and outcome = 'SUCCESS'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void workbenchSwitchesToEnglishTraceToo() {
		HttpSession session = HttpSession.loggedIn(port, "admin", DrgApi.PASSWORD);
		session.get("/drg/group?lang=en");
		HttpResponse<String> page = session.postForm("/drg/group", Map.of("region", "359921", "dischargeDate",
				"2026-03-01", "sex", "1", "age", "78", "diagnoses", "J18.900 J96.000", "procedures", ""));
		assertThat(page.body()).contains("ES11", "Grouped", "Entered MDCE: entry conditions hold", "With MCC: J96.000");
		session.get("/drg/group?lang=zh-CN");
	}

	@Test
	void workbenchListsEveryProblemOfAnInvalidCase() {
		HttpSession session = HttpSession.loggedIn(port, "admin", DrgApi.PASSWORD);
		session.get("/drg/group");
		HttpResponse<String> page = session.postForm("/drg/group", Map.of("region", "359921", "dischargeDate",
				"2026-03-01", "sex", "1", "age", "0", "diagnoses", "K35.800 ZZZ", "procedures", ""));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("病例数据有误", "0 岁患者必须填写年龄（天）", "诊断编码 ZZZ 不在分组方案 sanyi_demo 中");
	}

	@Test
	void batchOverRestReturnsTheCsvWithResultsAndAnErrorLine() {
		String csv = """
				case_id,gender,age,age_days,weight_g,dept,los_days,discharge_way,diagnoses,procedures
				A1,2,30,,0,,5,1,K35.800|E11.900,47.0100
				A2,1,78,,0,,9,1,J18.900|J96.000,
				A3,1,abc,,0,,3,1,K35.800,
				A4,1,40,,0,,3,1,X99.999,
				""";
		HttpResponse<String> response = admin.post("/api/drg/group/batch?region=359921&dischargeDate=2026-03-01",
				"text/csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
		List<String> lines = response.body().lines().toList();
		assertThat(lines.getFirst()).isEqualTo("case_id,gender,age,age_days,weight_g,dept,los_days,discharge_way,"
				+ "diagnoses,procedures,actual_status,actual_mdc,actual_adrg,actual_drg,error");
		assertThat(lines.get(1)).endsWith(",SUCCESS,MDCG,GD1,GD13,");
		assertThat(lines.get(2)).endsWith(",SUCCESS,MDCE,ES1,ES11,");
		assertThat(lines.get(3)).startsWith("A3,").contains(",ERROR,").contains("MALFORMED_NUMBER");
		assertThat(lines.get(4)).startsWith("A4,").contains(",ERROR,").contains("UNKNOWN_DIAGNOSIS");
		assertThat(
				jdbc.sql("select detail from sec_audit_log where resource = 'drg:group-batch' order by id desc limit 1")
					.query(String.class)
					.single())
			.contains("4 rows", "SUCCESS=2", "ERROR=2");
	}

	@Test
	void batchOfTheSharedSyntheticCasesMatchesTheirExpectations() throws IOException {
		long id = DrgApi.nationalScheme(admin, jdbc);
		byte[] cases = Files.readAllBytes(SharedDrgData.testCases("synthetic_cases.csv"));
		HttpResponse<String> response = admin.post("/api/drg/group/batch?schemeId=" + id, "text/csv", cases);
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> lines = response.body().lines().toList();
		List<String> header = Arrays.asList(lines.getFirst().split(","));
		int expected = header.indexOf("expected_drg");
		int actual = header.indexOf("actual_drg");
		int target = header.indexOf("target");
		List<String> mismatches = new ArrayList<>();
		List<String> rejected = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",", -1);
			if (f[header.indexOf("actual_status")].equals("ERROR")) {
				rejected.add(f[target]);
			}
			else if (!f[expected].equals(f[actual])) {
				mismatches.add(line);
			}
		}
		assertThat(lines).hasSize(2_970);
		assertThat(mismatches).isEmpty();
		assertThat(rejected).as("unknown codes are rejected, not grouped to 0000 as the reference grouper does")
			.containsExactly("edge:unknown_code");
	}

	@Test
	void batchOverTheLimitIsRefusedBeforeAnyOutput() {
		StringBuilder csv = new StringBuilder("gender,age,age_days,weight_g,diagnoses,procedures\n");
		String row = "1,40,,0,K35.800,\n";
		csv.append(row.repeat(200_001));
		HttpResponse<String> response = admin.post("/api/drg/group/batch?region=359921&dischargeDate=2026-03-01",
				"text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("DRG-0014", "200,000");
	}

	@Test
	void batchPageUploadDownloadsTheResult() {
		HttpSession session = HttpSession.loggedIn(port, "admin", DrgApi.PASSWORD);
		HttpResponse<String> response = DrgApi.postMultipart(session, "/drg/group", "/drg/group/batch",
				Map.of("region", "359921", "dischargeDate", "2026-03-01"), "cases.csv",
				"gender,age,age_days,weight_g,diagnoses,procedures\n2,30,,0,K35.800,47.0100\n"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("\uFEFFgender,age").contains(",SUCCESS,MDCG,GD1,GD15,");
	}

	@Test
	void batchPageShowsWhyAFileCannotBeGrouped() {
		HttpSession session = HttpSession.loggedIn(port, "admin", DrgApi.PASSWORD);
		HttpResponse<String> response = DrgApi.postMultipart(session, "/drg/group", "/drg/group/batch",
				Map.of("region", "359921", "dischargeDate", "2026-03-01"), "cases.csv",
				"case_id,diagnoses\nA1,K35.800\n".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("DRG-0015", "gender");
	}

	@Test
	void residentMayNeitherGroupNorSeeSchemes() {
		DrgApi resident = DrgApi.as(port, "RESIDENT", accounts, tokens);
		assertThat(resident.postJson("/api/drg/group", "{}").statusCode()).isEqualTo(403);
		assertThat(resident.get("/api/drg/schemes").statusCode()).isEqualTo(403);
		HttpSession session = HttpSession.loggedIn(port, DrgApi.username("RESIDENT"), DrgApi.PASSWORD);
		assertThat(session.get("/drg/group").statusCode()).isEqualTo(403);
		assertThat(session.get("/drg/schemes").statusCode()).isEqualTo(403);
	}

	@Test
	void doctorGroupsAndBrowsesButMayNotImport() {
		DrgApi doctor = DrgApi.as(port, "DOCTOR", accounts, tokens);
		HttpResponse<String> grouped = doctor.postJson("/api/drg/group",
				"""
						{"sex":"1","age":66,"diagnoses":["I63.900","I10.x00"],"region":"359921","discharge_date":"2026-03-01"}""");
		assertThat(grouped.statusCode()).isEqualTo(200);
		assertThat(grouped.body()).contains("\"drg\":\"BR23\"");
		assertThat(doctor.get("/api/drg/schemes").statusCode()).isEqualTo(200);
		HttpResponse<String> refused = doctor.post("/api/drg/schemes?effectiveFrom=2026-01-01", "application/zip",
				DrgApi.zip(DrgSchemeImportIT.demoFiles()));
		assertThat(refused.statusCode()).isEqualTo(403);
		HttpSession session = HttpSession.loggedIn(port, DrgApi.username("DOCTOR"), DrgApi.PASSWORD);
		String list = session.get("/drg/schemes").body();
		assertThat(list).contains("sanyi_demo").doesNotContain("校验并导入");
	}

	static String jsonList(String codes) {
		if (codes.isBlank()) {
			return "[]";
		}
		return Arrays.stream(codes.split("\\|")).map(c -> "\"" + c + "\"").toList().toString();
	}

}
