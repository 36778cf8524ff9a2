package org.sanyi.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.shared.Masking;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in with a one-time code sent to the account's mobile number (短信验证码登录), the way
 * residents expect to enter a health app. A code has six digits, is valid for
 * {@link #VALIDITY}, allows {@link #MAX_ATTEMPTS} wrong tries and signs in once; only its
 * hash is stored. Asking for a code is limited per number (one a minute, a daily cap) and
 * per client address (a daily cap) by {@link LoginThrottle}, counted alike for every
 * number, so the answer never tells whether a number belongs to an account. Wrong codes
 * count towards the account's and the address's sign-in throttle like wrong passwords. A
 * number shared by two accounts signs in neither.
 */
@Service
public class LoginCodes {

	static final Duration VALIDITY = Duration.ofMinutes(5);

	static final int MAX_ATTEMPTS = 5;

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	private final SecureRandom random = new SecureRandom();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final ObjectProvider<LoginCodeSender> sender;

	private final AuditLogService audit;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	LoginCodes(AccountRepository accounts, JdbcClient jdbc, ObjectProvider<LoginCodeSender> sender,
			AuditLogService audit, ApplicationEventPublisher events, LoginThrottle throttle) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.sender = sender;
		this.audit = audit;
		this.events = events;
		this.throttle = throttle;
	}

	/** What asking for a code did. */
	public enum Sent {

		/**
		 * A code is on its way if the number belongs to an account (the answer never says
		 * whether it does).
		 */
		SENT,
		/** A code was sent to this number less than a minute ago (registered or not). */
		TOO_SOON,
		/** This number, or this client address, had all its codes for today. */
		DAILY_LIMIT,
		/** Not an 11-digit mainland mobile number. */
		INVALID_PHONE,
		/** No delivery channel is configured. */
		UNAVAILABLE

	}

	/** A mainland mobile number: 11 digits starting 13–19. */
	public static boolean isMobile(String phone) {
		return phone != null && MOBILE.matcher(phone).matches();
	}

	public boolean available() {
		return sender.getIfAvailable() != null;
	}

	/**
	 * Not one transaction: a refusal is counted by the throttle and audited, and nothing
	 * else is written.
	 */
	public Sent send(String phone) {
		LoginCodeSender delivery = sender.getIfAvailable();
		if (delivery == null) {
			return Sent.UNAVAILABLE;
		}
		String number = phone == null ? "" : phone.strip();
		if (!isMobile(number)) {
			return Sent.INVALID_PHONE;
		}
		String client = AuditLogService.clientIp();
		LoginThrottle.CodeDecision decision = throttle.allowCode(number, client);
		if (decision != LoginThrottle.CodeDecision.ALLOWED) {
			audit.writeAnonymous(Masking.phone(number), "LOGIN_CODE", "security:session", decision.name(), client,
					"FAILED");
			return decision == LoginThrottle.CodeDecision.TOO_SOON ? Sent.TOO_SOON : Sent.DAILY_LIMIT;
		}
		Optional<AccountDetails> account = accounts.findByPhone(number);
		if (account.isEmpty()) {
			audit.writeAnonymous(Masking.phone(number), "LOGIN_CODE", "security:session", "no account", client,
					"FAILED");
			return Sent.SENT;
		}
		long userId = account.get().currentUser().id();
		String code = "%06d".formatted(random.nextInt(1_000_000));
		jdbc.sql("update sec_login_code set used_at = now() where user_id = :u and used_at is null")
			.param("u", userId)
			.update();
		jdbc.sql(
				"insert into sec_login_code (user_id, code_hash, expires_at) values (:u, :h, now() + make_interval(secs => :s))")
			.param("u", userId)
			.param("h", hash(userId, code))
			.param("s", VALIDITY.toSeconds())
			.update();
		delivery.send(number, code, VALIDITY);
		audit.write(account.get().currentUser(), "LOGIN_CODE", "security:session", null,
				"sent to " + Masking.phone(number), client, "SUCCESS");
		return Sent.SENT;
	}

	/**
	 * Checks a code and, when it is right, signs the browser in (a new session id, the
	 * context saved in the session, the success event that the login audit records).
	 * @return whether the browser is now signed in
	 */
	@Transactional(noRollbackFor = Refused.class)
	public boolean signIn(String phone, String code, HttpServletRequest request, HttpServletResponse response) {
		String number = phone == null ? "" : phone.strip();
		String key = throttle.accountKey(number);
		Optional<Duration> wait = throttle.blocked(key, request.getRemoteAddr());
		if (wait.isPresent()) {
			audit.writeAnonymous(Masking.phone(number), "LOGIN_FAILED", "security:session",
					"login code: throttled for " + wait.get().toSeconds() + " s", request.getRemoteAddr(), "FAILED");
			throw new Refused(wait.get());
		}
		Optional<AccountDetails> account = isMobile(number) ? accounts.findByPhone(number) : Optional.empty();
		if (account.isEmpty() || code == null || !code.strip().matches("[0-9]{6}")) {
			failed(key, number, "no account or malformed code");
			return false;
		}
		long userId = account.get().currentUser().id();
		Optional<PendingCode> pending = jdbc.sql("""
				select id, code_hash, attempts from sec_login_code
				where user_id = :u and used_at is null and expires_at > now()
				order by created_at desc limit 1 for update""")
			.param("u", userId)
			.query((rs, n) -> new PendingCode(rs.getLong("id"), rs.getString("code_hash"), rs.getInt("attempts")))
			.optional();
		if (pending.isEmpty() || pending.get().attempts() >= MAX_ATTEMPTS) {
			failed(key, number, "no valid code");
			return false;
		}
		if (!MessageDigest.isEqual(pending.get().hash().getBytes(StandardCharsets.US_ASCII),
				hash(userId, code.strip()).getBytes(StandardCharsets.US_ASCII))) {
			jdbc.sql("update sec_login_code set attempts = attempts + 1 where id = :id")
				.param("id", pending.get().id())
				.update();
			failed(key, number, "wrong code");
			return false;
		}
		jdbc.sql("update sec_login_code set used_at = now() where id = :id").param("id", pending.get().id()).update();
		AccountDetails details = account.get();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(details,
				null, details.getAuthorities());
		authentication.setDetails(new WebAuthenticationDetails(request));
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
		return true;
	}

	private void failed(String accountKey, String phone, String why) {
		throttle.failed(accountKey, AuditLogService.clientIp());
		audit.writeAnonymous(Masking.phone(phone), "LOGIN_FAILED", "security:session", "login code: " + why,
				AuditLogService.clientIp(), "FAILED");
	}

	/**
	 * Sign-in is delayed or locked for this account or client address: nothing was
	 * checked.
	 */
	public static final class Refused extends RuntimeException {

		private final Duration wait;

		Refused(Duration wait) {
			super("sign-in throttled for " + wait.toSeconds() + " s", null, false, false);
			this.wait = wait;
		}

		public Duration waitFor() {
			return wait;
		}

	}

	/** Only the SHA-256 of user and code is stored, as for API tokens. */
	private static String hash(long userId, String code) {
		return ApiTokens.hash(userId + ":" + code);
	}

	private record PendingCode(long id, String hash, int attempts) {
	}

}
