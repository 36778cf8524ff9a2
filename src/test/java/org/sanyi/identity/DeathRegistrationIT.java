package org.sanyi.identity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.registration.ResidentIndexService;
import org.sanyi.shared.IdNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Death registration over REST: a hospital records the 死亡医学证明 of its patient, the
 * regional authority relays the civil-affairs feed; bad reports are refused with their
 * code and change nothing; a correction needs a reason and is kept in the trail and the
 * audit log; callers outside the resident's scope do not find them; the bureau sees the
 * death on the resident's page.
 */
@IntegrationTest
class DeathRegistrationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResidentDeaths deaths;

	@Autowired
	ResidentIndexService merges;

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void aHospitalRecordsTheDeathOfItsPatientAndTheBureauSeesItOnTheResidentsPage() {
		var doctor = new IdentityApiClient(port, "doctor");
		String rid = patient(doctor, "D-9001", "19380211", 771);
		var answer = doctor.postJson("/api/identity/deaths", """
				{"residentId":"%s","dateOfDeath":"2026-05-03","source":"MEDICAL_CERTIFICATE",
				 "certificateNo":"Q35992120260001"}""".formatted(rid));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().path("dateOfDeath").asString()).isEqualTo("2026-05-03");
		assertThat(answer.body().path("reportedBy").asString()).isEqualTo("H35992100001");
		assertThat(answer.body().path("version").asInt()).isEqualTo(1);
		assertThat(deaths.of(rid)).hasValueSatisfying(d -> {
			assertThat(d.source()).isEqualTo(DeathSource.MEDICAL_CERTIFICATE);
			assertThat(d.certificateNo()).isEqualTo("Q35992120260001");
			assertThat(d.recordedBy()).isEqualTo("doctor");
		});
		assertThat(auditDetails(rid)).containsExactly("RECORD 2026-05-03 MEDICAL_CERTIFICATE");

		HttpSession ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		String page = ybj.get("/identity/residents/" + rid).body();
		assertThat(page).contains("2026-05-03", "死亡医学证明", "Q35992120260001", "H35992100001");
		assertThat(ybj.get("/identity/deaths?q=" + rid).body()).contains(rid, "2026-05-03");
		assertThat(jdbc.sql("""
				select count(*) from sec_audit_log where action = 'READ' and resource = 'identity:resident'
				  and target = :r and username = 'ybj'""").param("r", rid).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void badReportsAreRefusedWithTheirCodeAndChangeNothing() {
		var doctor = new IdentityApiClient(port, "doctor");
		String rid = patient(doctor, "D-9002", "19450716", 772);
		assertRefused(doctor, "{\"dateOfDeath\":\"2026-05-03\",\"source\":\"MEDICAL_CERTIFICATE\"}", 400, "IDN-0022");
		assertRefused(doctor, body("R999999999999", "2026-05-03", "MEDICAL_CERTIFICATE", "Q35992120260002", null), 404,
				"IDN-0023");
		assertRefused(doctor, body(rid, TODAY.plusDays(1).toString(), "MEDICAL_CERTIFICATE", "Q35992120260002", null),
				400, "IDN-0024");
		assertRefused(doctor, body(rid, "2026-02-30", "MEDICAL_CERTIFICATE", "Q35992120260002", null), 400, "IDN-0024");
		assertRefused(doctor, body(rid, "1945-07-15", "MEDICAL_CERTIFICATE", "Q35992120260002", null), 400, "IDN-0025");
		assertRefused(doctor, body(rid, "2026-05-03", "HEARSAY", "Q35992120260002", null), 400, "IDN-0026");
		// a hospital reports the certificates it issued, not the civil-affairs feed
		assertRefused(doctor, body(rid, "2026-05-03", "CIVIL_AFFAIRS", null, null), 400, "IDN-0026");
		assertRefused(doctor, body(rid, "2026-05-03", "MEDICAL_CERTIFICATE", null, null), 400, "IDN-0027");
		assertRefused(doctor, body(rid, "2026-05-03", "MEDICAL_CERTIFICATE", "Q1 <x>", null), 400, "IDN-0027");
		assertThat(deaths.of(rid)).isEmpty();
		assertThat(jdbc.sql("select count(*) from idn_death_change where resident_id = :r")
			.param("r", rid)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aCorrectionNeedsAReasonAndIsKeptInTheTrailAndTheAuditLog() {
		var doctor = new IdentityApiClient(port, "doctor");
		String rid = patient(doctor, "D-9003", "19361120", 773);
		assertThat(doctor
			.postJson("/api/identity/deaths", body(rid, "2026-06-10", "MEDICAL_CERTIFICATE", "Q35992120260003", null))
			.status()).isEqualTo(200);
		// the same report again changes nothing
		assertThat(doctor
			.postJson("/api/identity/deaths", body(rid, "2026-06-10", "MEDICAL_CERTIFICATE", "Q35992120260003", null))
			.body()
			.path("version")
			.asInt()).isEqualTo(1);
		assertRefused(doctor, body(rid, "2026-06-09", "MEDICAL_CERTIFICATE", "Q35992120260003", null), 400, "IDN-0028");
		assertThat(deaths.of(rid)).hasValueSatisfying(d -> assertThat(d.dateOfDeath()).isEqualTo("2026-06-10"));

		var corrected = doctor.postJson("/api/identity/deaths",
				body(rid, "2026-06-09", "MEDICAL_CERTIFICATE", "Q35992120260003", "死亡时间为 6 月 9 日 23:40，证明填写有误"));
		assertThat(corrected.status()).isEqualTo(200);
		assertThat(corrected.body().path("version").asInt()).isEqualTo(2);
		assertThat(jdbc.sql("""
				select action || ' ' || date_of_death || ' ' || coalesce(previous_date::text, '-')
				from idn_death_change where resident_id = :r order by version""")
			.param("r", rid)
			.query(String.class)
			.list()).containsExactly("RECORD 2026-06-10 -", "CORRECT 2026-06-09 2026-06-10");
		assertThat(auditDetails(rid)).containsExactly("RECORD 2026-06-10 MEDICAL_CERTIFICATE", "UNCHANGED 2026-06-10",
				"CORRECT 2026-06-10 -> 2026-06-09 MEDICAL_CERTIFICATE: 死亡时间为 6 月 9 日 23:40，证明填写有误");
		String page = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026").get("/identity/residents/" + rid).body();
		assertThat(page).contains("2026-06-09", "证明填写有误", "更正");
	}

	@Test
	void onlyCallersWhoseScopeHoldsTheResidentFindThem() {
		// registered by 青溪市第一医院's clerk only: not the county hospital's nor the county's
		String rid = patient(new IdentityApiClient(port, "ybb"), "C-9004", "19420305", 774);
		var doctor = new IdentityApiClient(port, "doctor");
		var county = new IdentityApiClient(port, "wjw_county");
		assertRefused(doctor, body(rid, "2026-04-01", "MEDICAL_CERTIFICATE", "Q35992120260004", null), 404, "IDN-0023");
		assertRefused(county, body(rid, "2026-04-01", "CIVIL_AFFAIRS", null, null), 404, "IDN-0023");
		assertThat(deaths.of(rid)).isEmpty();

		var city = new IdentityApiClient(port, "wjw");
		var fed = city.postJson("/api/identity/deaths", body(rid, "2026-04-01", "CIVIL_AFFAIRS", "MZ3599000001", null));
		assertThat(fed.status()).isEqualTo(200);
		assertThat(fed.body().path("reportedBy").asString()).isEqualTo("359900");
		assertThat(HttpSession.loggedIn(port, "ybj_county", "Sanyi@2026").get("/identity/deaths?q=" + rid).body())
			.doesNotContain(rid + "</a>");
		assertThat(
				HttpSession.loggedIn(port, "ybj_county", "Sanyi@2026").get("/identity/residents/" + rid).statusCode())
			.isEqualTo(404);
		assertThat(HttpSession.loggedIn(port, "ybj", "Sanyi@2026").get("/identity/deaths?q=" + rid).body())
			.contains(rid + "</a>", "民政死亡信息");
		// the bureau reads, it does not register
		assertThat(new IdentityApiClient(port, "ybj")
			.postJson("/api/identity/deaths", body(rid, "2026-04-02", "CIVIL_AFFAIRS", null, "x"))
			.status()).isEqualTo(403);
	}

	@Test
	void aDeathRecordedOnAResidentMergedAwayIsTheSurvivorsUntilTheMergeIsUndone() {
		var doctor = new IdentityApiClient(port, "doctor");
		String kept = patient(doctor, "D-9005", "19360707", 775);
		String gone = patient(doctor, "D-9006", "19370808", 777);
		jdbc.sql("""
				insert into idn_identifier (resident_id, type, lookup_key, masked)
				values (:r, 'PSN_NO', 'P-DEATH-MERGE', 'P-****-MERGE')""").param("r", gone).update();
		assertThat(doctor
			.postJson("/api/identity/deaths", body(gone, "2026-03-02", "MEDICAL_CERTIFICATE", "Q35992120260005", null))
			.status()).isEqualTo(200);
		assertThat(deaths.of(kept)).isEmpty();

		long merge = merges.merge(kept, gone);
		// the death and the person number both follow the merge to the survivor
		assertThat(deaths.of(kept)).hasValueSatisfying(d -> {
			assertThat(d.dateOfDeath()).isEqualTo(LocalDate.of(2026, 3, 2));
			assertThat(d.residentId()).isEqualTo(gone);
		});
		assertThat(deaths.datesOfDeathByPsnNo(List.of("P-DEATH-MERGE")))
			.containsExactly(java.util.Map.entry("P-DEATH-MERGE", LocalDate.of(2026, 3, 2)));
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		assertThat(ybj.get("/identity/residents/" + kept).body()).contains("2026-03-02", "Q35992120260005");

		// a death registered on the survivor itself is the one in force
		assertThat(doctor
			.postJson("/api/identity/deaths", body(kept, "2026-03-04", "MEDICAL_CERTIFICATE", "Q35992120260006", null))
			.status()).isEqualTo(200);
		assertThat(deaths.of(kept)).get().extracting(Death::dateOfDeath).isEqualTo(LocalDate.of(2026, 3, 4));
		assertThat(deaths.datesOfDeathByPsnNo(List.of("P-DEATH-MERGE"))).containsEntry("P-DEATH-MERGE",
				LocalDate.of(2026, 3, 4));

		// undone: each keeps its own
		merges.unmerge(merge);
		assertThat(deaths.of(kept)).get().extracting(Death::dateOfDeath).isEqualTo(LocalDate.of(2026, 3, 4));
		assertThat(deaths.of(gone)).get().extracting(Death::dateOfDeath).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(deaths.datesOfDeathByPsnNo(List.of("P-DEATH-MERGE"))).containsEntry("P-DEATH-MERGE",
				LocalDate.of(2026, 3, 2));
	}

	private static String patient(IdentityApiClient client, String patientNo, String birth, int seq) {
		String first17 = "359921" + birth + "%03d".formatted(seq);
		String idNumber = first17 + IdNumber.checkCharacter(first17);
		String date = birth.substring(0, 4) + "-" + birth.substring(4, 6) + "-" + birth.substring(6);
		var registered = client.postJson("/api/identity/patients", """
				{"patientNo":"%s","name":"测故%s","sex":"%s","birthDate":"%s","idNumber":"%s"}""".formatted(patientNo,
				patientNo.substring(2), seq % 2 == 1 ? "1" : "2", date, idNumber));
		assertThat(registered.status()).as(registered.body().toString()).isEqualTo(200);
		return registered.body().path("residentId").asString();
	}

	private static String body(String rid, String date, String source, String certificate, String reason) {
		return """
				{"residentId":"%s","dateOfDeath":"%s","source":"%s","certificateNo":%s,"reason":%s}""".formatted(rid,
				date, source, certificate == null ? "null" : "\"" + certificate + "\"",
				reason == null ? "null" : "\"" + reason + "\"");
	}

	private static void assertRefused(IdentityApiClient client, String body, int status, String code) {
		var answer = client.postJson("/api/identity/deaths", body);
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
		assertThat(answer.code()).isEqualTo(code);
	}

	private List<String> auditDetails(String rid) {
		return jdbc.sql("""
				select detail from sec_audit_log where resource = 'identity:death' and target = :r
				  and outcome = 'SUCCESS' and detail is not null order by id""")
			.param("r", rid)
			.query(String.class)
			.list();
	}

}
