package org.sanyi.clinical.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The county hospital asks the city's first hospital for a consultation on 李春梅, sharing
 * her chest CT report from the shared record; the city hospital schedules an MDT with a
 * meeting link and files its opinion, which lands in her shared record with the billable
 * 远程会诊 item; only the consultant institution answers, only the requester withdraws,
 * nobody else sees it, and every step is in the trail.
 */
@IntegrationTest
class ConsultationIT {

	static final Pattern ID = Pattern.compile("/clinical/consultations/(\\d+)$");

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.sanyi.registry.Registry registry;

	HttpSession signedIn(String username, String name, String region, String institution) {
		accounts.ensure(new NewAccount(username, "Sanyi@2026", name, "DOCTOR", region, institution, null, null));
		return HttpSession.loggedIn(port, username, "Sanyi@2026");
	}

	static String location(HttpResponse<String> r) {
		assertThat(r.statusCode()).isEqualTo(302);
		return r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	@Test
	void aConsultationIsScheduledAsAnMdtAndItsOpinionFiledInTheSharedRecord() {
		HttpSession county = signedIn("con_it_county", "张医生（县医院）", "359921", "H35992100001");
		HttpSession city = signedIn("con_it_city", "赵医生（市一院）", "359900", "H35990000001");
		var other = registry.institutionsUnderRegion("359922")
			.stream()
			.filter(i -> i.kind().isHospital())
			.findFirst()
			.orElseThrow();
		HttpSession stranger = signedIn("con_it_other", "外院医生", other.regionCode(), other.code());

		String form = county.get("/clinical/consultations/new?q=demo-resident-1").body();
		assertThat(form).contains("李春梅").contains("H35990000001");
		Matcher attachment = Pattern.compile("name=\"attachments\" value=\"([^\"]+)\"").matcher(form);
		String shared = attachment.find() ? attachment.group(1) : null;

		var fields = new java.util.LinkedHashMap<String, String>(Map.of("residentId", "demo-resident-1",
				"consultantCode", "H35990000001", "question", "右肺上叶小结节，请会诊是否需要穿刺"));
		if (shared != null) {
			fields.put("attachments", shared);
		}
		String at = location(county.postForm("/clinical/consultations", fields));
		Matcher m = ID.matcher(at);
		assertThat(m.find()).as(at).isTrue();
		long id = Long.parseLong(m.group(1));

		assertThat(county
			.postForm("/clinical/consultations", Map.of("residentId", "demo-resident-1", "consultantCode",
					"H35990000001", "question", "x", "attachments", "DiagnosticReport/not-hers"))
			.statusCode()).isEqualTo(422);

		// a page first: signing in rotates the CSRF token the session posts with
		assertThat(city.get("/clinical/consultations/" + id).statusCode()).isEqualTo(200);
		String slot = LocalDateTime.now().plusDays(1).withHour(15).withMinute(0).withSecond(0).withNano(0).toString();
		city.postForm("/clinical/consultations/" + id + "/schedule",
				Map.of("slot", slot, "minutes", "45", "link", "http://insecure", "consultants", "赵海涛 呼吸科"));
		assertThat(city.get("/clinical/consultations/" + id).body()).contains("CCN-0009");

		city.postForm("/clinical/consultations/" + id + "/schedule", Map.of("slot", slot, "minutes", "45", "link",
				"https://meet.example.cn/room/881", "consultants", "赵海涛 呼吸与危重症医学科\n李敏 胸外科\n周强 影像科"));
		String scheduled = city.get("/clinical/consultations/" + id).body();
		assertThat(scheduled).contains("已安排").contains("多学科会诊").contains("https://meet.example.cn/room/881");

		county.postForm("/clinical/consultations/" + id + "/complete", Map.of("opinion", "我来写"));
		assertThat(county.get("/clinical/consultations/" + id).body()).contains("CCN-0007");

		city.postForm("/clinical/consultations/" + id + "/complete",
				Map.of("opinion", "结节约6mm，实性，低危；建议12个月后低剂量CT复查，暂不穿刺。"));
		Map<String, Object> row = jdbc
			.sql("select status, fee, fee_item_code, opinion_reference from con_consultation where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row).containsEntry("status", "COMPLETED").containsEntry("fee_item_code", "001108000020000");
		assertThat(row.get("fee").toString()).isEqualTo("150.00");
		String reference = (String) row.get("opinion_reference");
		assertThat(reference).startsWith("DocumentReference/");
		assertThat(jdbc.sql("""
				select count(*) from cr_resource where resource_type = 'DocumentReference' and resource_id = :id
				and resident_id = 'demo-resident-1' and source_institution = 'H35990000001'""")
			.param("id", reference.substring("DocumentReference/".length()))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select status from con_event where consultation_id = :id order by at, id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("REQUESTED", "SCHEDULED", "COMPLETED");

		assertThat(county.get("/clinical/consultations/" + id).body()).contains("暂不穿刺").contains("150.00");
		assertThat(stranger.get("/clinical/consultations/" + id).statusCode()).isEqualTo(404);
		county.postForm("/clinical/consultations/" + id + "/cancel", Map.of());
		assertThat(URLDecoder.decode(county.get("/clinical/consultations/" + id).body(), StandardCharsets.UTF_8))
			.contains("CCN-0002");
	}

}
