package org.sanyi.security;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
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
 * Brute-force protection of sign-in, counted in PostgreSQL (so every node sees the same
 * counts): wrong passwords delay and then lock an account, known or not, and a client
 * address guessing across accounts; an administrator unlocks on the users page. Text
 * codes: one a minute and a daily cap per number, answered alike for registered and
 * unknown numbers, and a daily cap per client address. Waiting is simulated by moving the
 * stored times back.
 */
@IntegrationTest
class SignInThrottleIT {

	private static final String PASSWORD = "Sanyi@2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecordedLoginCodes sms;

	@BeforeEach
	@AfterEach
	void forgetAllCounts() {
		jdbc.sql("delete from sec_throttle").update();
	}

	@Test
	void wrongPasswordsDelayThenLockAnAccountUntilAnAdministratorUnlocksIt() {
		for (int i = 0; i < 3; i++) {
			assertThat(location(new HttpSession(port).login("wjw_county", "wrong-" + i))).contains("/login?error");
		}
		assertThat(blockedUntilSet("LOGIN_ACCOUNT", "wjw_county")).as("three failures are free").isFalse();
		assertThat(location(new HttpSession(port).login("wjw_county", "wrong-3"))).contains("/login?error");
		assertThat(blockedUntilSet("LOGIN_ACCOUNT", "wjw_county")).as("the fourth earns a delay").isTrue();

		// after the delays, the tenth failure locks the account: even the right password
		// is refused unchecked
		lockNext("LOGIN_ACCOUNT", "wjw_county", 9);
		assertThat(location(new HttpSession(port).login("wjw_county", "wrong-9"))).contains("/login?error");
		HttpResponse<String> refused = new HttpSession(port).login("wjw_county", PASSWORD);
		String locked = location(refused);
		assertThat(Long.parseLong(locked.substring(locked.indexOf("locked=") + 7))).isBetween(800L, 900L);
		assertThat(new HttpSession(port).get(locked.substring(locked.indexOf("/login"))).body()).contains("登录失败次数过多")
			.contains("分钟后再试");
		assertThat(jdbc
			.sql("select count(*) from sec_audit_log where action = 'LOGIN_FAILED' and username = 'wjw_county' "
					+ "and detail like 'throttled%'")
			.query(Long.class)
			.single()).isPositive();

		HttpSession admin = HttpSession.loggedIn(port, "admin", PASSWORD);
		assertThat(admin.get("/security/users").body()).contains("id=\"sign-in-locks\"").contains("wjw_county");
		assertThat(location(admin.postForm("/security/users/unlock", Map.of("kind", "account", "key", "wjw_county"))))
			.endsWith("/security/users");
		HttpSession.loggedIn(port, "wjw_county", PASSWORD);
		assertThat(
				admin.postForm("/security/users/unlock", Map.of("kind", "account", "key", "wjw_county")).statusCode())
			.as("nothing left to unlock")
			.isEqualTo(404);
	}

	@Test
	void anUnknownUsernameIsThrottledExactlyLikeAKnownOne() {
		for (String name : new String[] { "ybj_county", "no-such-user" }) {
			for (int i = 0; i < 4; i++) {
				new HttpSession(port).login(name, "wrong-" + i);
			}
			assertThat(blockedUntilSet("LOGIN_ACCOUNT", name)).as(name).isTrue();
			lockNext("LOGIN_ACCOUNT", name, 9);
			new HttpSession(port).login(name, "wrong-9");
			assertThat(location(new HttpSession(port).login(name, PASSWORD))).as(name).contains("/login?locked=");
		}
	}

	@Test
	void aClientAddressGuessingAcrossAccountsIsDelayedThenLocked() {
		for (int i = 0; i < 20; i++) {
			assertThat(location(new HttpSession(port).login("guess-" + i, "wrong"))).contains("/login?error");
		}
		assertThat(blockedUntilSet("LOGIN_CLIENT", "127.0.0.1")).as("twenty failures are free").isFalse();
		new HttpSession(port).login("guess-20", "wrong");
		assertThat(blockedUntilSet("LOGIN_CLIENT", "127.0.0.1")).isTrue();
		lockNext("LOGIN_CLIENT", "127.0.0.1", 49);
		new HttpSession(port).login("guess-50", "wrong");
		// every account, the administrator's too, waits from this address now
		assertThat(location(new HttpSession(port).login("admin", PASSWORD))).contains("/login?locked=");
	}

	@Test
	void textCodesAreLimitedPerNumberAndAnsweredAlikeForRegisteredAndUnknownNumbers() {
		for (String phone : new String[] { "13859000007", "13900000001" }) {
			var session = new HttpSession(port);
			assertThat(ask(session, phone)).as(phone).contains("验证码已发送");
			assertThat(ask(session, phone)).as(phone).contains("验证码发送过于频繁");
			for (int i = 1; i < 10; i++) {
				minuteLater();
				assertThat(ask(session, phone)).as(phone + " #" + i).contains("验证码已发送");
			}
			minuteLater();
			assertThat(ask(session, phone)).as(phone).contains("次数已达上限");
		}
		assertThat(sms.sent()).allMatch(s -> s.phone().equals("13859000007"));
	}

	@Test
	void textCodesAreLimitedPerClientAddressPerDay() {
		var session = new HttpSession(port);
		assertThat(ask(session, "13900000002")).contains("验证码已发送");
		jdbc.sql("update sec_throttle set sent = 100 where scope = 'CODE_CLIENT'").update();
		assertThat(ask(session, "13900000003")).contains("次数已达上限");
		assertThat(jdbc.sql("select count(*) from sec_throttle where scope = 'CODE_PHONE'").query(Long.class).single())
			.as("the refused number was not counted")
			.isEqualTo(1);
	}

	private boolean blockedUntilSet(String scope, String key) {
		return jdbc.sql("select blocked_until is not null from sec_throttle where scope = :s and key = :k")
			.param("s", scope)
			.param("k", key)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * The delays have passed and this many failures are counted: the next one reaches the
	 * lock.
	 */
	private void lockNext(String scope, String key, int failures) {
		jdbc.sql("update sec_throttle set failures = :f, blocked_until = now() - interval '1 second' "
				+ "where scope = :s and key = :k")
			.param("f", failures)
			.param("s", scope)
			.param("k", key)
			.update();
	}

	private String ask(HttpSession session, String phone) {
		session.get("/login/code");
		session.postForm("/login/code/send", Map.of("phone", phone));
		return session.get("/login/code").body();
	}

	private void minuteLater() {
		jdbc.sql("update sec_throttle set last_at = last_at - interval '61 seconds' where scope like 'CODE_%'")
			.update();
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

}
