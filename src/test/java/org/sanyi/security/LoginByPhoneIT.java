package org.sanyi.security;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.RecordedLoginCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents sign in with their mobile number: with the password, or with a one-time code
 * sent to the phone.
 */
@IntegrationTest
class LoginByPhoneIT {

	private static final String PHONE = "13859000007";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecordedLoginCodes sms;

	@BeforeEach
	void freshCodes() {
		jdbc.sql("delete from sec_login_code").update();
		jdbc.sql("delete from sec_throttle").update();
		sms.clear();
	}

	@Test
	void mobileNumberAndPasswordSignInTheResident() {
		var session = HttpSession.loggedIn(port, PHONE, "Sanyi@2026");
		var home = session.get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/portal");
		assertThat(session.get("/portal").body()).contains("李春梅");
	}

	@Test
	void oneTimeCodeSignsInOnceAndWrongCodesAreCountedAndAudited() {
		var session = new HttpSession(port);
		assertThat(session.get("/login/code").body()).contains("获取验证码");
		var sent = session.postForm("/login/code/send", Map.of("phone", PHONE));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(session.get("/login/code").body()).contains("验证码已发送").contains("138****0007");
		String code = lastCode();
		String wrong = code.equals("000000") ? "111111" : "000000";

		var refused = session.postForm("/login/code", Map.of("phone", PHONE, "code", wrong));
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login/code");
		assertThat(session.get("/login/code").body()).contains("验证码错误或已失效");
		assertThat(session.get("/portal").statusCode()).isEqualTo(302);

		var signedIn = session.postForm("/login/code", Map.of("phone", PHONE, "code", code));
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		assertThat(session.get("/portal").body()).contains("李春梅");

		var again = new HttpSession(port);
		again.get("/login/code");
		var reused = again.postForm("/login/code", Map.of("phone", PHONE, "code", code));
		assertThat(reused.headers().firstValue("Location").orElseThrow()).endsWith("/login/code");

		assertThat(jdbc.sql("select attempts from sec_login_code").query(Integer.class).single()).isOne();
		assertThat(jdbc
			.sql("select count(*) from sec_audit_log where action = 'LOGIN_FAILED' and detail like 'login code%'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("select count(*) from sec_audit_log where action = 'LOGIN' and username = 'resident'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void aSecondCodeWithinAMinuteIsRefusedAndUnknownNumbersLookTheSame() {
		var session = new HttpSession(port);
		session.get("/login/code");
		session.postForm("/login/code/send", Map.of("phone", PHONE));
		session.get("/login/code");
		session.postForm("/login/code/send", Map.of("phone", PHONE));
		assertThat(session.get("/login/code").body()).contains("验证码发送过于频繁");
		assertThat(sms.sent()).hasSize(1);

		session.postForm("/login/code/send", Map.of("phone", "13900000000"));
		assertThat(session.get("/login/code").body()).contains("验证码已发送");
		assertThat(sms.sent()).hasSize(1);

		session.postForm("/login/code/send", Map.of("phone", "12345"));
		assertThat(session.get("/login/code").body()).contains("请输入 11 位手机号码");
	}

	private String lastCode() {
		assertThat(sms.sent()).isNotEmpty();
		assertThat(sms.sent().getLast().phone()).isEqualTo(PHONE);
		return sms.sent().getLast().code();
	}

}
