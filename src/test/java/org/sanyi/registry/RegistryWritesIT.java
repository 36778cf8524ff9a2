package org.sanyi.registry;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.registry.ApiClient.Answer;
import org.sanyi.registry.RegistryAdmin.NewAlliance;
import org.sanyi.registry.RegistryAdmin.NewMember;
import org.sanyi.registry.RegistryAdmin.NewRegion;
import org.sanyi.shared.BusinessException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input gets a clear error naming what is wrong, and changes nothing. */
@IntegrationTest
class RegistryWritesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryAdmin admin;

	@Autowired
	Registry registry;

	@Test
	void anInstitutionInAnUnknownRegionIsRefusedAndTheWholeBatchWithIt() {
		long before = institutions();
		Answer answer = new ApiClient(port, "admin").postJson("/api/registry/institutions", """
				[{"code":"H35992199001","name":"好医院","kind":"GENERAL_HOSPITAL","grade":"L1A","regionCode":"359921",
				  "beds":10,"ownership":"PUBLIC","status":"ACTIVE"},
				 {"code":"H35992199002","name":"无处医院","kind":"GENERAL_HOSPITAL","grade":"L1A","regionCode":"359921999",
				  "beds":10,"ownership":"PUBLIC","status":"ACTIVE"}]
				""");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.code()).isEqualTo("REG-0006");
		assertThat(answer.body().path("detail").asString()).contains("H35992199002").contains("359921999");
		assertThat(institutions()).isEqualTo(before);
	}

	@Test
	void aDuplicateInstitutionCodeIsRefusedWithConflict() {
		long before = institutions();
		Answer answer = new ApiClient(port, "admin").postJson("/api/registry/institutions", """
				[{"code":"H35992100001","name":"重复","kind":"GENERAL_HOSPITAL","grade":"L1A","regionCode":"359921",
				  "beds":0,"ownership":"PUBLIC","status":"ACTIVE"}]
				""");
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.code()).isEqualTo("REG-0005");
		assertThat(answer.body().path("detail").asString()).contains("H35992100001");
		assertThat(institutions()).isEqualTo(before);
	}

	@Test
	void onlyAdministratorsWriteAndRegulatorsAreRefused() {
		Answer answer = new ApiClient(port, "wjw").postJson("/api/registry/institutions", "[]");
		assertThat(answer.status()).isEqualTo(403);
	}

	@Test
	void errorsSpeakEnglishWhenAskedTo() {
		var api = new ApiClient(port, "admin");
		api.session.get("/?lang=en");
		Answer answer = api.postJson("/api/registry/institutions", """
				[{"code":"X1","name":"x","kind":"GENERAL_HOSPITAL","grade":"L1A","regionCode":"359921",
				  "beds":0,"ownership":"PUBLIC","status":"ACTIVE"}]
				""");
		assertThat(answer.code()).isEqualTo("REG-0004");
		assertThat(answer.body().path("detail").asString()).startsWith("Institution code X1 is invalid");
	}

	@Test
	void regionsMustFitUnderAnExistingParent() {
		long before = regions();
		assertThatThrownBy(() -> admin.createRegions(List.of(new NewRegion("359921998", "新镇", "359900", 10))))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(RegistryErrors.REGION_LEVEL_MISMATCH));
		assertThatThrownBy(() -> admin.createRegions(List.of(new NewRegion("359830", "新县", null, 10))))
			.as("a county of a city that does not exist")
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(RegistryErrors.UNKNOWN_PARENT_REGION));
		assertThatThrownBy(() -> admin.createRegions(
				List.of(new NewRegion("359921998", "新镇", null, 10), new NewRegion("359921", "云岫县", null, 10))))
			.as("duplicate, after a good one")
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(RegistryErrors.DUPLICATE_REGION));
		assertThat(regions()).isEqualTo(before);

		Answer rest = new ApiClient(port, "admin").postJson("/api/registry/regions",
				"[{\"code\":\"359921998\",\"name\":\"新镇\",\"parentCode\":\"359922\",\"population\":0}]");
		assertThat(rest.status()).isEqualTo(400);
		assertThat(rest.code()).isEqualTo("REG-0002");
		assertThat(regions()).isEqualTo(before);
	}

	@Test
	void anAllianceWhoseLeadIsNoMemberOrWithAnUnknownMemberIsRefused() {
		long before = jdbc.sql("select count(*) from reg_alliance").query(Long.class).single();
		LocalDate day = LocalDate.of(2025, 1, 1);
		assertThatThrownBy(
				() -> admin.createAlliances(List.of(new NewAlliance("TEST-1", "测试联盟", Alliance.Kind.SPECIALTY, "359900",
						"测试", "H35992100001", day, List.of(new NewMember("H35992200001", day, null))))))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(RegistryErrors.LEAD_NOT_MEMBER);
				assertThat(ex.args()).containsExactly("TEST-1", "H35992100001");
			});
		assertThatThrownBy(() -> admin.createAlliances(
				List.of(new NewAlliance("TEST-2", "测试联盟", Alliance.Kind.SPECIALTY, "359900", "测试", "H35992100001", day,
						List.of(new NewMember("H35992100001", day, null), new NewMember("H35992199999", day, null))))))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(RegistryErrors.UNKNOWN_INSTITUTION);
				assertThat(ex.args()).containsExactly("TEST-2", "H35992199999");
			});
		assertThat(jdbc.sql("select count(*) from reg_alliance").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void membershipsStartAndEndOnTheirDays() {
		Alliance community = registry.allianceByCode("YGT-359922").orElseThrow();
		String pharmacy = jdbc
			.sql("select min(code) from reg_institution where kind = 'PHARMACY' and code like 'P359922%'")
			.query(String.class)
			.single();
		admin.addMember(community.id(), pharmacy, LocalDate.of(2025, 3, 1));
		assertThatThrownBy(() -> admin.addMember(community.id(), pharmacy, LocalDate.of(2025, 4, 1)))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(RegistryErrors.ALREADY_MEMBER));
		admin.endMembership(community.id(), pharmacy, LocalDate.of(2025, 9, 1));
		assertThat(registry.institutionsInAlliance(community.id(), LocalDate.of(2025, 8, 31)))
			.extracting(Institution::code)
			.contains(pharmacy);
		assertThat(registry.institutionsInAlliance(community.id(), LocalDate.of(2025, 9, 1)))
			.extracting(Institution::code)
			.doesNotContain(pharmacy);
		assertThatThrownBy(() -> admin.endMembership(community.id(), community.leadInstitutionCode(), LocalDate.now()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(RegistryErrors.LEAD_CANNOT_LEAVE));
	}

	@Test
	void aCsvWithABadLineIsRefusedNamingEveryBadLineAndNothingIsSaved() {
		long before = institutions();
		Answer answer = new ApiClient(port, "admin").post("/api/registry/institutions/import", "text/csv", """
				机构编码,机构名称,机构类别,等级,所在区划,地址,床位数,所有制,状态
				H35992199101,云岫县康复医院,综合医院,一级甲等,359921,云岫县,20,民营,正常
				H35992199102,云岫县眼科医院,眼科医院,一级甲等,359921,云岫县,20,民营,正常
				H35992199103,云岫县口腔医院,综合医院,一级甲等,359921777,云岫县,20,民营,正常
				""");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.code()).isEqualTo("REG-0014");
		assertThat(answer.body().path("errors")).hasSize(2);
		assertThat(answer.body().path("errors").get(0).path("line").asInt()).isEqualTo(3);
		assertThat(answer.body().path("errors").get(0).path("message").asString()).startsWith("第 3 行：")
			.contains("眼科医院");
		assertThat(answer.body().path("errors").get(1).path("line").asInt()).isEqualTo(4);
		assertThat(answer.body().path("errors").get(1).path("code").asString()).isEqualTo("REG-0006");
		assertThat(institutions()).isEqualTo(before);
	}

	@Test
	void aGoodCsvIsImportedAndSearchableByPinyinInitials() {
		long before = institutions();
		Answer answer = new ApiClient(port, "admin").post("/api/registry/institutions/import", "text/csv", """
				code,name,kind,grade,region_code,address,beds,ownership,status
				H35992199201,云岫县骨科医院,GENERAL_HOSPITAL,L1A,359921,岚峰路 8 号,60,PRIVATE,ACTIVE
				P35992199202,云岫县仁和药房,PHARMACY,,359921,岚峰路 9 号,,PRIVATE,
				""");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().path("created").asInt()).isEqualTo(2);
		assertThat(institutions()).isEqualTo(before + 2);
		Answer found = new ApiClient(port, "wjw_county").get("/api/registry/institutions?q=yxxgk");
		assertThat(found.body().path("rows").get(0).path("code").asString()).isEqualTo("H35992199201");
		assertThat(jdbc
			.sql("select count(*) from sec_audit_log where resource = 'registry:institution' "
					+ "and detail like 'CSV import: 2%' and outcome = 'SUCCESS'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theImportPageShowsEveryBadLineAndSavesNothing() throws Exception {
		var api = new ApiClient(port, "admin");
		String form = api.session.get("/registry/institutions/import").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).isTrue();
		long before = institutions();
		String boundary = "----sanyi" + System.nanoTime();
		String csv = "code,name,kind,region_code\nH35992199301,好的,GENERAL_HOSPITAL,359921\nH359921,坏的,GENERAL_HOSPITAL,359921\n";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bad.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> page = api.session
			.send(HttpRequest.newBuilder(URI.create(api.session.base() + "/registry/institutions/import"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("导入被拒绝：1 行有误").contains("第 3 行：").contains("REG-0004");
		assertThat(institutions()).isEqualTo(before);
	}

	private long institutions() {
		return jdbc.sql("select count(*) from reg_institution").query(Long.class).single();
	}

	private long regions() {
		return jdbc.sql("select count(*) from reg_region").query(Long.class).single();
	}

}
