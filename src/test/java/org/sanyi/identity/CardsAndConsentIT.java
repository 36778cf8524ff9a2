package org.sanyi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.identity.healthcode.CardService;
import org.sanyi.identity.healthcode.VoucherService;
import org.sanyi.identity.card.BusinessType;
import org.sanyi.shared.BusinessException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo resident, QR issue/verify/replay/revoke, scan log, consent, e-voucher, review
 * queue and portal pages.
 */
@IntegrationTest
class CardsAndConsentIT {

	@LocalServerPort
	int port;

	@Autowired
	CardService cards;

	@Autowired
	VoucherService vouchers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void healthCodeIssueVerifyReplayRevokeAndScanLog() {
		String code = cards.healthCode("demo-resident-1", Instant.now()).orElseThrow().text();
		var doctor = new IdentityApiClient(port, "doctor");
		String body = "{\"code\":\"%s\",\"purpose\":\"门诊挂号\"}";
		var ok = doctor.postJson("/api/identity/codes/verify", body.formatted(code));
		assertThat(ok.body().path("accepted").asBoolean()).isTrue();
		assertThat(ok.body().path("holder").path("name").asString()).isEqualTo("李**");
		// the insurance module answers the standing: 李春梅 is an enrolled employee (310) in
		// the demo years
		boolean enrolledThisYear = jdbc
			.sql("select count(*) from ins_enrolment where psn_no = '35992100000000000001'"
					+ " and year = extract(year from now() at time zone 'Asia/Shanghai') and psn_insu_stas = '1'")
			.query(Long.class)
			.single() > 0;
		assertThat(ok.body().path("holder").path("insuranceStatus").asString())
			.isEqualTo(enrolledThisYear ? "INSURED" : "NOT_INSURED");
		if (enrolledThisYear) {
			assertThat(ok.body().path("holder").path("insurance").path(0).path("insutype").asString()).isEqualTo("310");
			assertThat(ok.body().path("holder").path("insurance").path(0).path("insuredRegion").asString())
				.isEqualTo("359900");
		}
		var replay = doctor.postJson("/api/identity/codes/verify", body.formatted(code));
		assertThat(replay.body().path("reason").asString()).isEqualTo("REPLAYED");
		assertThat(replay.body().path("holder").isNull() || replay.body().path("holder").isMissingNode()).isTrue();
		String tampered = code.substring(0, 40) + (code.charAt(40) == 'A' ? 'B' : 'A') + code.substring(41);
		assertThat(doctor.postJson("/api/identity/codes/verify", body.formatted(tampered))
			.body()
			.path("reason")
			.asString()).isIn("BAD_SIGNATURE", "MALFORMED", "UNKNOWN_KEY");

		var resident = HttpSession.loggedIn(port, "resident", "Sanyi@2026");
		String scans = resident.get("/portal/scans").body();
		assertThat(scans).contains("H35992100001").contains("门诊挂号");
		String page = resident.get("/portal/code").body();
		assertThat(page).contains("data:image/png;base64,").contains("every 60s");

		String old = cards.healthCode("demo-resident-1", Instant.now()).orElseThrow().text();
		cards.issue("demo-resident-1");
		assertThat(doctor.postJson("/api/identity/codes/verify", body.formatted(old)).body().path("reason").asString())
			.isEqualTo("REVOKED");
	}

	@Test
	void aStaticCardNumberTypedAtTheCounterIdentifiesTheCardInForceOnly() {
		String number = cards.activeCardNumber("demo-resident-1").orElseGet(() -> cards.issue("demo-resident-1"));
		var doctor = new IdentityApiClient(port, "doctor");
		String body = "{\"code\":\"%s\",\"purpose\":\"窗口挂号\"}";
		var typed = doctor.postJson("/api/identity/codes/verify", body.formatted(number));
		assertThat(typed.body().path("accepted").asBoolean()).isTrue();
		assertThat(typed.body().path("reason").asString()).isEqualTo("STATIC_CARD");
		assertThat(typed.body().path("message").asString()).contains("核验身份证件");
		assertThat(typed.body().path("holder").path("name").asString()).isEqualTo("李**");

		String digits = number.replace(" ", "");
		String mistyped = digits.substring(0, 15) + (digits.charAt(15) == '0' ? '1' : '0');
		var wrong = doctor.postJson("/api/identity/codes/verify", body.formatted(mistyped));
		assertThat(wrong.body().path("reason").asString()).isEqualTo("MALFORMED");
		assertThat(wrong.body().path("holder").isMissingNode() || wrong.body().path("holder").isNull()).isTrue();

		cards.issue("demo-resident-1");
		var old = doctor.postJson("/api/identity/codes/verify", body.formatted(number));
		assertThat(old.body().path("reason").asString()).isEqualTo("REVOKED");
		assertThat(old.body().path("accepted").asBoolean()).isFalse();
		assertThat(HttpSession.loggedIn(port, "resident", "Sanyi@2026").get("/portal/scans").body()).contains("窗口挂号");
	}

	@Test
	void consentOpensOtherInstitutionsRecordsAndDenialCloses() {
		var clerk = new IdentityApiClient(port, "ybb");
		String rid = clerk.postJson("/api/identity/patients", """
				{"patientNo":"CS-1","name":"司马测授","sex":"1","birthDate":"1970-02-02","phone":"13900009999"}""")
			.body()
			.path("residentId")
			.asString();
		var doctor = new IdentityApiClient(port, "doctor");
		assertThat(doctor.get("/api/identity/residents/" + rid).status()).isEqualTo(404);
		jdbc.sql("insert into idn_consent (resident_id, grantee_kind, grantee_code, effect, valid_until) "
				+ "values (:r, 'INSTITUTION', 'H35992100001', 'ALLOW', current_date + 30)")
			.param("r", rid)
			.update();
		var read = doctor.get("/api/identity/residents/" + rid);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().path("basis").asString()).isEqualTo("CONSENT");
		assertThat(read.body().path("sources").toString()).contains("H35990000001");
		jdbc.sql("insert into idn_consent (resident_id, grantee_kind, grantee_code, effect) "
				+ "values (:r, 'INSTITUTION', 'H35992100001', 'DENY')")
			.param("r", rid)
			.update();
		assertThat(doctor.get("/api/identity/residents/" + rid).status()).isEqualTo(404);
	}

	@Test
	void residentManagesConsentsAndSeesWhoReadTheirData() {
		new IdentityApiClient(port, "doctor").get("/api/identity/residents/demo-resident-1");
		var resident = HttpSession.loggedIn(port, "resident", "Sanyi@2026");
		resident.get("/portal/consents");
		var saved = resident.postForm("/portal/consents", Map.of("granteeKind", "INSTITUTION", "granteeCode",
				"H35990000001", "effect", "ALLOW", "validUntil", "2099-12-31"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(resident.get("/portal/consents").body()).contains("H35990000001").contains("2099-12-31");
		assertThat(resident.get("/portal/access").body()).contains("张伟").contains("本院就诊");
		assertThat(resident.get("/portal/ids").body()).contains("359921********").doesNotContain("3599211986");
		assertThat(resident.get("/portal").body()).contains("我的健康码").contains("授权管理");
	}

	@Test
	void eVoucherDecodeResolveSettleAndExpiry() {
		String qr = vouchers.voucherQr("demo-resident-1", Instant.now());
		var clerk = new IdentityApiClient(port, "ybb");
		var decoded = clerk.postJson("/api/identity/evoucher/decode",
				"{\"qrCode\":\"" + qr + "\",\"businessType\":\"01101\"}");
		assertThat(decoded.status()).isEqualTo(200);
		String token = decoded.body().path("ecToken").asString();
		assertThat(clerk.postJson("/api/identity/evoucher/decode", "{\"qrCode\":\"" + qr + "\"}").code())
			.isEqualTo("IDN-0008");
		var holder = vouchers.resolve(token, "H35990000001", "1101");
		assertThat(holder.residentId()).isEqualTo("demo-resident-1");
		assertThat(holder.idNumber()).startsWith("359921198604");
		assertThat(holder.psnNo()).isEqualTo("35992100000000000001");
		assertThatThrownBy(() -> vouchers.resolve(token, "H35992100001", "2201")).isInstanceOf(BusinessException.class)
			.hasMessageContaining("IDN-0011");
		vouchers.resolve(token, "H35990000001", "2201");
		assertThat(vouchers.resolve(token, "H35990000001", "2207").tokenStatus()).isEqualTo("SETTLED");
		assertThatThrownBy(() -> vouchers.resolve(token, "H35990000001", "2207")).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> vouchers.resolve("not-a-token", "H35990000001", "1101"))
			.hasMessageContaining("IDN-0010");

		String second = clerk
			.postJson("/api/identity/evoucher/decode",
					"{\"qrCode\":\"" + vouchers.voucherQr("demo-resident-1", Instant.now()) + "\"}")
			.body()
			.path("ecToken")
			.asString();
		jdbc.sql("update idn_ec_token set expires_at = now() - interval '1 minute' where token = :t")
			.param("t", second)
			.update();
		assertThatThrownBy(() -> vouchers.resolve(second, "H35990000001", "1101"))
			.isInstanceOf(BusinessException.class);
	}

	@Test
	void reviewQueueShowsDemoDuplicatesAndDecisionsAreAudited() {
		var admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		String page = admin.get("/identity/review").body();
		assertThat(page).contains("王晓明").contains("确认同一人");
		Long id = jdbc.sql("select min(id) from idn_review where status = 'OPEN'").query(Long.class).single();
		var rejected = admin.postForm("/identity/review/" + id + "/reject", Map.of());
		assertThat(rejected.statusCode()).isEqualTo(302);
		assertThat(
				jdbc.sql("select status from idn_review where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("REJECTED");
		assertThat(jdbc.sql("select count(*) from sec_audit_log where resource = 'identity:review' and target = :t")
			.param("t", String.valueOf(id))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
		assertThat(admin.get("/identity/residents?q=李春梅").body()).contains("demo-resident-1")
			.contains("359921********");
	}

}
