package org.sanyi.registry;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's pages for each role: tree, search, detail, exports, audited reads. */
@IntegrationTest
class RegistryPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRegionTreeStartsAtTheProvinceAndLoadsChildrenOnDemand() {
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		HttpResponse<String> page = wjw.get("/registry/regions");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("行政区划")
			.contains("福建省")
			.contains("hx-get=\"/registry/regions/350000/children\"")
			.contains("/js/registry.js");
		HttpResponse<String> children = wjw.get("/registry/regions/359900/children");
		assertThat(children.statusCode()).isEqualTo(200);
		assertThat(children.body()).doesNotContain("<html")
			.contains("<li")
			.contains("云岫县")
			.contains("溪城区")
			.contains("永溪市");
	}

	@Test
	void regionsAreFoundByPinyinInitialsAndTheDetailShowsLineageAndInstitutionsByKind() {
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		assertThat(wjw.get("/registry/regions?q=yxx").body()).contains("云岫县").contains("共 ");
		String detail = wjw.get("/registry/regions/359921").body();
		assertThat(detail).contains("福建省")
			.contains("青溪市")
			.contains("200,000")
			.contains("综合医院")
			.contains("乡镇卫生院")
			.contains("/registry/institutions?region=359921");
	}

	@Test
	void countyRegulatorGetsNotFoundPagesOutsideTheCounty() {
		HttpSession county = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026");
		HttpResponse<String> other = county.get("/registry/institutions/H35992200001");
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).contains("SH-0004").doesNotContain("岚水县总医院");
		assertThat(county.get("/registry/regions/359922").statusCode()).isEqualTo(404);
		String list = county.get("/registry/institutions?kind=GENERAL_HOSPITAL").body();
		assertThat(list).contains("云岫县总医院").doesNotContain("岚水县总医院").doesNotContain("青溪市第一医院");
	}

	@Test
	void institutionsAreSearchedByPinyinAndShownWithDepartmentsStaffAndAlliances() {
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		String list = wjw.get("/registry/institutions?q=qxsdy").body();
		assertThat(list).contains("青溪市第一医院").contains("共 1 条");
		String detail = wjw.get("/registry/institutions/H35990000001").body();
		assertThat(detail).contains("三级甲等")
			.contains("心血管内科")
			.contains("药剂科")
			.contains("青溪市第一医院医疗集团")
			.contains("青溪市胸痛专科联盟")
			.contains("执业证书编码")
			.containsPattern(">\\d{4}\\*{8}\\d{3}<");
		String staff = wjw.get("/registry/institutions/H35990000001/staff?kind=NURSE").body();
		assertThat(staff).contains("人员名单").contains("<td>护士</td>").doesNotContain("<td>医师</td>");
	}

	@Test
	void doctorSeesOnlyTheirHospitalInTheListAndCannotExport() {
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		String list = doctor.get("/registry/institutions").body();
		assertThat(list).contains("云岫县总医院").contains("共 1 条").doesNotContain("/registry/institutions/export");
		assertThat(doctor.get("/registry/institutions/export").statusCode()).isEqualTo(403);
		assertThat(doctor.get("/registry/institutions/H35992100002").statusCode()).isEqualTo(404);
	}

	@Test
	void exportingInstitutionsGivesAnXlsxAndIsAudited() {
		HttpSession county = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026");
		long before = exports("registry:institution", "wjw_county");
		HttpResponse<byte[]> excel = county.getBytes("/registry/institutions/export?kind=VILLAGE_CLINIC");
		assertThat(excel.statusCode()).isEqualTo(200);
		assertThat(excel.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		assertThat(excel.body()).startsWith((byte) 'P', (byte) 'K');
		assertThat(exports("registry:institution", "wjw_county")).isEqualTo(before + 1);
		assertThat(county.getBytes("/registry/regions/export").body()).startsWith((byte) 'P', (byte) 'K');
		assertThat(county.getBytes("/registry/alliances/export").body()).startsWith((byte) 'P', (byte) 'K');
		assertThat(exports("registry:alliance", "wjw_county")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void theStaffOfAnInstitutionExportForEveryRoleAllowedTo() {
		for (String user : new String[] { "admin", "wjw", "wjw_county" }) {
			HttpResponse<byte[]> excel = HttpSession.loggedIn(port, user, "Sanyi@2026")
				.getBytes("/registry/institutions/H35992100001/staff/export");
			assertThat(excel.statusCode()).as(user).isEqualTo(200);
			assertThat(excel.body()).as(user).startsWith((byte) 'P', (byte) 'K');
		}
	}

	@Test
	void readingAStaffMembersPageIsAuditedAndShowsTheFullCertificate() {
		long id = jdbc.sql("select min(id) from reg_staff where institution_code = 'H35992100001' and kind = 'DOCTOR'")
			.query(Long.class)
			.single();
		String certificate = jdbc.sql("select certificate_no from reg_staff where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		HttpResponse<String> page = doctor.get("/registry/staff/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(certificate).contains("审计日志");
		assertThat(reads(id, "doctor")).isEqualTo(1);

		var api = new ApiClient(port, "wjw");
		assertThat(api.get("/api/registry/staff/" + id).body().path("staff").path("certificateNo").asString())
			.isEqualTo(certificate);
		assertThat(reads(id, "wjw")).isEqualTo(1);

		long elsewhere = jdbc.sql("select min(id) from reg_staff where institution_code = 'H35992200001'")
			.query(Long.class)
			.single();
		assertThat(doctor.get("/registry/staff/" + elsewhere).statusCode()).isEqualTo(404);
		assertThat(reads(elsewhere, "doctor")).as("nothing read, nothing audited").isZero();
	}

	@Test
	void alliancePagesListAndShowMembersWithTheLead() {
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		String list = wjw.get("/registry/alliances").body();
		assertThat(list).contains("城市医疗集团").contains("紧密型县域医共体").contains("专科联盟").contains("共 17 条");
		long id = jdbc.sql("select id from reg_alliance where code = 'YGT-359921'").query(Long.class).single();
		String detail = wjw.get("/registry/alliances/" + id).body();
		assertThat(detail).contains("云岫县紧密型县域医共体").contains("牵头单位").contains("云岫县总医院").contains("卫生院");
	}

	@Test
	void residentsAreRefusedTheRegistryPages() {
		HttpSession resident = HttpSession.loggedIn(port, "resident", "Sanyi@2026");
		assertThat(resident.get("/registry/institutions").statusCode()).isEqualTo(403);
		assertThat(resident.get("/registry/regions").statusCode()).isEqualTo(403);
	}

	@Test
	void pagesSpeakEnglishOnRequest() {
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		String page = wjw.get("/registry/institutions?lang=en&kind=TCM_HOSPITAL").body();
		assertThat(page).contains("Institutions").contains("TCM hospital").contains("Secondary A");
	}

	private long exports(String resource, String user) {
		return jdbc
			.sql("select count(*) from sec_audit_log where action = 'EXPORT' and resource = :r and username = :u")
			.param("r", resource)
			.param("u", user)
			.query(Long.class)
			.single();
	}

	private long reads(long staffId, String user) {
		return jdbc
			.sql("select count(*) from sec_audit_log where action = 'READ' and resource = 'registry:staff' "
					+ "and target = :t and username = :u")
			.param("t", String.valueOf(staffId))
			.param("u", user)
			.query(Long.class)
			.single();
	}

}
