package org.sanyi.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.registry.ApiClient.Answer;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role sees the registry of its data scope through the REST API, and nothing outside
 * it exists for them.
 */
@IntegrationTest
class RegistryScopeIT {

	static final String COUNTY = "359921";

	static final String COUNTY_HOSPITAL = "H35992100001";

	static final String OTHER_COUNTY_HOSPITAL = "H35992200001";

	static final String CITY_HOSPITAL = "H35990000001";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Registry registry;

	@Test
	void adminSeesEveryInstitution() {
		Answer page = new ApiClient(port, "admin").get("/api/registry/institutions?size=1");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body().path("total").asLong()).isEqualTo(count("select count(*) from reg_institution"));
	}

	@Test
	void countyRegulatorSeesOnlyItsCountysInstitutionsAndNotFoundForAnotherCounty() {
		var api = new ApiClient(port, "wjw_county");
		Answer page = api.get("/api/registry/institutions?size=500");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body().path("total").asLong())
			.isEqualTo(count("select count(*) from reg_institution where region_code like '359921%'"));
		assertThat(codes(page.body().path("rows"), "regionCode")).isNotEmpty().allMatch(c -> c.startsWith(COUNTY));

		assertThat(api.get("/api/registry/institutions/" + COUNTY_HOSPITAL).status()).isEqualTo(200);
		Answer other = api.get("/api/registry/institutions/" + OTHER_COUNTY_HOSPITAL);
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.code()).isEqualTo("SH-0004");
		assertThat(api.get("/api/registry/institutions/" + CITY_HOSPITAL).status()).isEqualTo(404);
		assertThat(api.get("/api/registry/institutions/" + OTHER_COUNTY_HOSPITAL + "/staff").status()).isEqualTo(404);
	}

	@Test
	void countyInsuranceOfficerHasTheSameRegionalScope() {
		var api = new ApiClient(port, "ybj_county");
		Answer page = api.get("/api/registry/institutions?size=500&kind=GENERAL_HOSPITAL");
		assertThat(codes(page.body().path("rows"), "code")).contains(COUNTY_HOSPITAL)
			.allMatch(c -> c.startsWith("H" + COUNTY))
			.doesNotContain(OTHER_COUNTY_HOSPITAL, CITY_HOSPITAL);
		assertThat(api.get("/api/registry/institutions/" + OTHER_COUNTY_HOSPITAL).status()).isEqualTo(404);
	}

	@Test
	void cityRegulatorSeesTheCityHospitalsAndEveryCounty() {
		var api = new ApiClient(port, "wjw");
		assertThat(api.get("/api/registry/institutions?size=1").body().path("total").asLong())
			.isEqualTo(count("select count(*) from reg_institution where region_code like '3599%'"));
		assertThat(api.get("/api/registry/institutions/" + CITY_HOSPITAL).status()).isEqualTo(200);
		assertThat(api.get("/api/registry/institutions/" + OTHER_COUNTY_HOSPITAL).status()).isEqualTo(200);
	}

	@Test
	void doctorSeesOnlyTheirInstitutionAndItsRegionLineage() {
		var api = new ApiClient(port, "doctor");
		Answer page = api.get("/api/registry/institutions?size=500");
		assertThat(codes(page.body().path("rows"), "code")).containsExactly(COUNTY_HOSPITAL);
		assertThat(api.get("/api/registry/institutions/" + OTHER_COUNTY_HOSPITAL).status()).isEqualTo(404);
		assertThat(api.get("/api/registry/institutions/H35992100002").status()).as("same county, other hospital")
			.isEqualTo(404);

		assertThat(codes(api.get("/api/registry/regions/roots").body(), "code")).containsExactly("350000");
		assertThat(codes(api.get("/api/registry/regions/359900/children").body(), "code")).containsExactly(COUNTY);
		assertThat(codes(api.get("/api/registry/regions/359921/children").body(), "code")).isEmpty();
		assertThat(api.get("/api/registry/regions/359922").status()).isEqualTo(404);
		assertThat(api.get("/api/registry/regions/359921").status()).isEqualTo(200);
	}

	@Test
	void insuranceClerkSeesOnlyTheCityHospitalTheyWorkAt() {
		Answer page = new ApiClient(port, "ybb").get("/api/registry/institutions?size=500");
		assertThat(codes(page.body().path("rows"), "code")).containsExactly(CITY_HOSPITAL);
	}

	@Test
	void residentHasNoRegistryAccess() {
		var api = new ApiClient(port, "resident");
		assertThat(api.get("/api/registry/institutions").status()).isEqualTo(403);
		assertThat(api.get("/api/registry/regions/roots").status()).isEqualTo(403);
		assertThat(api.get("/api/registry/alliances").status()).isEqualTo(403);
	}

	@Test
	void regionDetailGivesTheLineageProvinceFirst() {
		String village = jdbc.sql("select min(code) from reg_region where level = 5 and code like '359921%'")
			.query(String.class)
			.single();
		Answer region = new ApiClient(port, "wjw_county").get("/api/registry/regions/" + village);
		assertThat(codes(region.body().path("lineage"), "code")).containsExactly("350000", "359900", COUNTY,
				village.substring(0, 9), village);
		assertThat(codes(new ApiClient(port, "wjw_county").get("/api/registry/regions/roots").body(), "code"))
			.containsExactly("350000");
	}

	@Test
	void countyRegulatorSeesAlliancesWithAMemberInTheCountyButNotLeadsOutsideIt() {
		var api = new ApiClient(port, "wjw_county");
		JsonNode rows = api.get("/api/registry/alliances?size=100").body().path("rows");
		assertThat(codes(rows, "code")).contains("YGT-359921", "ZKLM-XT").doesNotContain("YLJT-01", "YGT-359922");
		for (JsonNode row : rows) {
			if (row.path("code").asString().equals("ZKLM-XT")) {
				assertThat(row.path("leadName").isNull()).as("the city hospital leading it is outside the county")
					.isTrue();
				assertThat(row.path("memberCount").asLong()).isEqualTo(1);
			}
		}
		long groupId = jdbc.sql("select id from reg_alliance where code = 'YLJT-01'").query(Long.class).single();
		assertThat(api.get("/api/registry/alliances/" + groupId).status()).isEqualTo(404);
		long communityId = registry.allianceByCode("YGT-359921").orElseThrow().id();
		Answer detail = api.get("/api/registry/alliances/" + communityId);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.body().path("members").get(0).path("role").asString()).isEqualTo("LEAD");
		assertThat(detail.body().path("members").get(0).path("institutionCode").asString()).isEqualTo(COUNTY_HOSPITAL);
	}

	@Test
	void registryAnswersAncestorsAndAllianceQueriesForOtherModules() {
		assertThat(registry.ancestors("359921").stream().map(Region::name)).containsExactly("福建省", "青溪市", "云岫县");
		assertThat(registry.ancestors("359999")).isEmpty();
		assertThat(registry.institution(COUNTY_HOSPITAL).orElseThrow().grade()).isEqualTo(Institution.Grade.L2A);
		assertThat(registry.institutionsUnderRegion(COUNTY)).extracting(Institution::code)
			.contains(COUNTY_HOSPITAL)
			.allMatch(c -> c.startsWith("H359921") || c.startsWith("P359921"));

		LocalDate today = LocalDate.now();
		assertThat(registry.alliancesOf(COUNTY_HOSPITAL, today)).extracting(Alliance::code)
			.contains("YGT-359921", "ZKLM-XT");
		assertThat(registry.alliancesOf(COUNTY_HOSPITAL, LocalDate.of(2016, 1, 1))).as("before any alliance existed")
			.isEmpty();
		Alliance community = registry.allianceByCode("YGT-359921").orElseThrow();
		List<Institution> members = registry.institutionsInAlliance(community.id(), today);
		assertThat(members.getFirst().code()).as("lead first").isEqualTo(COUNTY_HOSPITAL);
		assertThat(members).extracting(Institution::regionCode).allMatch(c -> c.startsWith(COUNTY));
	}

	@Test
	void aMemberThatLeftIsAMemberBeforeItsLeavingDayOnly() {
		Alliance stroke = registry.allianceByCode("ZKLM-CZ").orElseThrow();
		Membership left = registry.memberships(stroke.id())
			.stream()
			.filter(m -> m.leftOn() != null)
			.findFirst()
			.orElseThrow();
		assertThat(registry.institutionsInAlliance(stroke.id(), left.leftOn().minusDays(1)))
			.extracting(Institution::code)
			.contains(left.institutionCode());
		assertThat(registry.institutionsInAlliance(stroke.id(), left.leftOn())).extracting(Institution::code)
			.doesNotContain(left.institutionCode());
		assertThat(registry.alliancesOf(left.institutionCode(), left.leftOn())).extracting(Alliance::code)
			.doesNotContain("ZKLM-CZ");
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static List<String> codes(JsonNode rows, String field) {
		List<String> values = new ArrayList<>();
		rows.forEach(r -> values.add(r.path(field).asString()));
		return values;
	}

}
