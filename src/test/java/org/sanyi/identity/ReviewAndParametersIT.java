package org.sanyi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.parameters.MatchParameterService;
import org.sanyi.identity.registration.ResidentIndexService;
import org.sanyi.identity.review.ReviewService;
import org.sanyi.identity.matching.Field;
import org.sanyi.security.DataScope;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Break-glass review by regulators, and m/u re-estimation from reviewed pairs applied as
 * a parameter version.
 */
@IntegrationTest
class ReviewAndParametersIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResidentIndex residents;

	@Autowired
	ResidentIndexService index;

	@Autowired
	ReviewService reviews;

	@Autowired
	MatchParameterService parameters;

	@Autowired
	UserAccounts accounts;

	@Test
	void breakGlassReadsAreReviewedInScopeAndTheResidentSeesTheOutcome() {
		var clerk = new IdentityApiClient(port, "ybb");
		String rid = clerk.postJson("/api/identity/patients", """
				{"patientNo":"BG-1","name":"诸葛急诊","sex":"1","birthDate":"1958-07-08","phone":"13900003333"}""")
			.body()
			.path("residentId")
			.asString();
		var doctor = new IdentityApiClient(port, "doctor");
		assertThat(doctor.get("/api/identity/residents/" + rid).status()).isEqualTo(404);
		var read = doctor.get("/api/identity/residents/" + rid + "?breakGlass=true&reason="
				+ java.net.URLEncoder.encode("急诊昏迷，无家属陪同", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(read.body().path("basis").asString()).isEqualTo("BREAK_GLASS");
		long id = jdbc.sql("select max(id) from idn_access where resident_id = :r and basis = 'BREAK_GLASS'")
			.param("r", rid)
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("select region_code from idn_access where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("359921");

		// a regulator of another region does not see it and cannot review it
		accounts
			.ensure(new NewAccount("bg-other", "Sanyi@2026", "外市卫健委", "HEALTH_REGULATOR", "350100", null, null, null));
		var other = HttpSession.loggedIn(port, "bg-other", "Sanyi@2026");
		assertThat(other.get("/identity/break-glass").body()).doesNotContain("access-" + id + "\"");
		assertThat(
				other.postForm("/identity/break-glass/" + id + "/review", Map.of("outcome", "JUSTIFIED")).statusCode())
			.isEqualTo(404);

		// the county regulator sees who, when, whom (masked) and why
		var county = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026");
		String page = county.get("/identity/break-glass").body();
		assertThat(page).contains("access-" + id)
			.contains("张伟（云岫县总医院）")
			.contains("诸葛**")
			.doesNotContain("诸葛急诊")
			.contains("急诊昏迷，无家属陪同")
			.contains("紧急调阅复核");
		// unjustified needs a comment: refused, nothing changes
		var refused = county.postForm("/identity/break-glass/" + id + "/review", Map.of("outcome", "UNJUSTIFIED"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("复核意见");
		assertThat(jdbc.sql("select reviewed from idn_access where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isFalse();
		county.get("/identity/break-glass");
		var done = county.postForm("/identity/break-glass/" + id + "/review",
				Map.of("outcome", "JUSTIFIED", "comment", "急诊记录可查，调阅合理"));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("""
				select review_outcome || '/' || reviewed_by || '/' || review_comment from idn_access where id = :id""")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("JUSTIFIED/wjw_county/急诊记录可查，调阅合理");
		assertThat(jdbc.sql("""
				select count(*) from sec_audit_log where resource = 'identity:breakglass' and target = :t
				and username = 'wjw_county' and detail like 'JUSTIFIED%'""")
			.param("t", String.valueOf(id))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
		county.get("/identity/break-glass");
		assertThat(county
			.postForm("/identity/break-glass/" + id + "/review", Map.of("outcome", "UNJUSTIFIED", "comment", "再次复核"))
			.statusCode()).isEqualTo(409);
		assertThat(county.get("/identity/break-glass?status=REVIEWED").body()).contains("access-" + id)
			.contains("急诊记录可查，调阅合理");
		assertThat(county.get("/identity/break-glass?status=NONSENSE").statusCode()).isEqualTo(400);

		// doctors may not review; the resident's own access log would show the outcome
		// (checked on the page model)
		var doctorSession = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		assertThat(doctorSession.get("/identity/break-glass").statusCode()).isEqualTo(403);
	}

	@Test
	void residentAccessLogShowsTheReviewOfAnEmergencyRead() {
		var doctor = new IdentityApiClient(port, "doctor");
		doctor.get("/api/identity/residents/demo-resident-1?breakGlass=true&reason=emergency");
		long id = jdbc.sql("""
				select max(id) from idn_access where resident_id = 'demo-resident-1' and basis = 'BREAK_GLASS'""")
			.query(Long.class)
			.single();
		var resident = HttpSession.loggedIn(port, "resident", "Sanyi@2026");
		assertThat(resident.get("/portal/access").body()).contains("紧急调阅").contains("待复核");
		var admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		admin.get("/identity/break-glass");
		assertThat(admin
			.postForm("/identity/break-glass/" + id + "/review",
					Map.of("outcome", "UNJUSTIFIED", "comment", "该患者当时并非急诊"))
			.statusCode()).isEqualTo(302);
		assertThat(resident.get("/portal/access").body()).contains("已复核：不合理");
	}

	@Test
	void reEstimatedWeightsAreShownAppliedAsAVersionUsedByTheMatcherAndRolledBack() {
		try {
			// three namesake pairs reach the review queue; one is linked, two rejected
			long[] pairs = new long[3];
			for (int i = 0; i < 3; i++) {
				String name = "慕容" + "甲乙丙".charAt(i) + "复";
				LocalDate birth = LocalDate.of(1966, 3, 10 + i);
				residents.register("H35990000001", new PatientRegistration("MP-A" + i, name, "1", birth, null,
						"1390000100" + i, "青溪市东城区和平路" + (10 + i) + "号", null));
				var second = residents.register("H35992100001", new PatientRegistration("MP-B" + i, name, "1", birth,
						null, "1390000200" + i, "云岫县城关镇溪北路" + (20 + i) + "号", null));
				assertThat(second.decision()).isEqualTo(Registration.Decision.REVIEW);
				pairs[i] = jdbc.sql("select max(id) from idn_review where resident_id = :r")
					.param("r", second.residentId())
					.query(Long.class)
					.single();
			}
			reviews.link(pairs[0], DataScope.all());
			reviews.reject(pairs[1], DataScope.all());
			reviews.reject(pairs[2], DataScope.all());

			var admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
			String page = admin.get("/identity/parameters?minCount=50").body();
			assertThat(page).contains("主索引匹配参数").contains("内置默认参数").contains("权重（新估计）");
			int matches = hidden(page, "linkedPairs");
			int nonMatches = hidden(page, "rejectedPairs");
			assertThat(matches).isGreaterThanOrEqualTo(1);
			assertThat(nonMatches).isGreaterThanOrEqualTo(2);
			int activeBefore = hidden(page, "activeVersion");

			var applied = admin.postForm("/identity/parameters",
					Map.of("minCount", "50", "activeVersion", String.valueOf(activeBefore), "linkedPairs",
							String.valueOf(matches), "rejectedPairs", String.valueOf(nonMatches)));
			assertThat(applied.statusCode()).isEqualTo(302);
			int version = parameters.activeVersion();
			assertThat(version).isGreaterThan(activeBefore);
			assertThat(jdbc.sql("select matches || '/' || non_matches from idn_match_parameters where version = :v")
				.param("v", version)
				.query(String.class)
				.single()).isEqualTo(matches + "/" + nonMatches);
			// the matcher takes the new version up, and its probabilities are the
			// estimate's
			assertThat(index.parametersVersion()).isEqualTo(version);
			var expected = parameters.propose(50).estimate().parameters();
			assertThat(index.parametersInUse().of(Field.NAME)).isEqualTo(expected.of(Field.NAME));
			assertThat(index.parametersInUse().of(Field.NAME).uExact())
				.isGreaterThan(org.sanyi.identity.matching.MatchParameters.defaults().of(Field.NAME).uExact());
			assertThat(admin.get("/identity/parameters").body()).contains("当前使用：第 " + version + " 版");
			assertThat(jdbc
				.sql("select count(*) from sec_audit_log where resource = 'identity:parameters' and target = :t")
				.param("t", String.valueOf(version))
				.query(Long.class)
				.single()).isGreaterThanOrEqualTo(1);

			// applying what was shown for the old version again is refused and stores
			// nothing
			admin.get("/identity/parameters");
			var stale = admin.postForm("/identity/parameters",
					Map.of("minCount", "50", "activeVersion", String.valueOf(activeBefore), "linkedPairs",
							String.valueOf(matches), "rejectedPairs", String.valueOf(nonMatches)));
			assertThat(stale.statusCode()).isEqualTo(409);
			assertThat(parameters.activeVersion()).isEqualTo(version);
			assertThat(admin.get("/identity/parameters?minCount=0").statusCode()).isEqualTo(400);
			assertThat(HttpSession.loggedIn(port, "wjw", "Sanyi@2026").get("/identity/parameters").statusCode())
				.isEqualTo(403);

			// back to the defaults from the page
			admin.get("/identity/parameters");
			assertThat(admin.postForm("/identity/parameters/0/activate", Map.of()).statusCode()).isEqualTo(302);
			assertThat(index.parametersVersion()).isZero();
		}
		finally {
			parameters.activate(0); // other tests in this run match with the defaults
		}
	}

	static int hidden(String page, String name) {
		Matcher m = Pattern.compile("name=\"" + name + "\" value=\"(\\d+)\"").matcher(page);
		assertThat(m.find()).as(name).isTrue();
		return Integer.parseInt(m.group(1));
	}

}
