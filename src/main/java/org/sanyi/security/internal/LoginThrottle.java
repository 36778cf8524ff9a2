package org.sanyi.security.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.sanyi.security.FieldCipher;
import org.sanyi.security.KeyVault;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brute-force protection of sign-in, kept in PostgreSQL ({@code sec_throttle}) so that
 * every application node counts the same attempts.
 * <ul>
 * <li>Failed sign-ins (password or text code) count per account and per client address.
 * After a few free failures each further one delays the next attempt, doubling from one
 * second ({@link Policy#delayAfter}); at the lock count the account or address is locked
 * for a quarter of an hour. A blocked attempt is refused without looking at the password.
 * An account's count restarts after a successful sign-in or a quiet day, an address's
 * after a quiet hour; an administrator unlocks either on the users page.</li>
 * <li>Text codes: one a minute per mobile number and a daily cap per number and per
 * client address, counted whether or not the number belongs to an account, so the answers
 * never tell registered numbers apart.</li>
 * </ul>
 * Unknown usernames are counted under what was typed, so they are throttled exactly like
 * real ones.
 */
@Service
public class LoginThrottle {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final Duration RESEND_AFTER = Duration.ofSeconds(60);

	/** How failures of one kind are answered. */
	record Policy(String scope, int free, int lockAt, Duration lock, Duration forget) {

		/**
		 * The wait after this many failures: none while free, then 1 s, 2 s, 4 s ..., the
		 * lock from lockAt on.
		 */
		Duration delayAfter(int failures) {
			if (failures <= free) {
				return Duration.ZERO;
			}
			if (failures >= lockAt) {
				return lock;
			}
			long seconds = 1L << Math.min(30, failures - free - 1);
			return seconds >= lock.toSeconds() ? lock : Duration.ofSeconds(seconds);
		}

	}

	static final Policy ACCOUNT = new Policy("LOGIN_ACCOUNT", 3, 10, Duration.ofMinutes(15), Duration.ofDays(1));

	static final Policy CLIENT = new Policy("LOGIN_CLIENT", 20, 50, Duration.ofMinutes(15), Duration.ofHours(1));

	/** What asking for a text code may do now. */
	public enum CodeDecision {

		ALLOWED, TOO_SOON, DAILY_LIMIT

	}

	/** A lock in force, for the users page. */
	public record Lock(String scope, String key, int failures, OffsetDateTime until) {

		public boolean account() {
			return ACCOUNT.scope().equals(scope);
		}

	}

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final KeyVault vault;

	private final TransactionTemplate tx;

	private final int codesPerNumber;

	private final int codesPerClient;

	private volatile FieldCipher numbers;

	LoginThrottle(JdbcClient jdbc, AccountRepository accounts, KeyVault vault, TransactionTemplate tx,
			@Value("${sanyi.security.login-code.daily-per-number:10}") int codesPerNumber,
			@Value("${sanyi.security.login-code.daily-per-client:100}") int codesPerClient) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.vault = vault;
		this.tx = tx;
		this.codesPerNumber = codesPerNumber;
		this.codesPerClient = codesPerClient;
	}

	/**
	 * The account a typed name stands for (its username, also when a mobile number was
	 * typed), else the name.
	 */
	String accountKey(String typed) {
		String name = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
		name = name.length() > 64 ? name.substring(0, 64) : name;
		return accounts.canonicalUsername(name).orElse(name);
	}

	/**
	 * How long sign-in stays blocked for this account or client address; empty when it is
	 * not.
	 */
	Optional<Duration> blocked(String accountKey, String client) {
		Long seconds = jdbc.sql("""
				select ceil(extract(epoch from max(blocked_until) - now()))::bigint from sec_throttle
				where blocked_until > now()
				  and ((scope = :account and key = :a) or (scope = :client and key = :c))
				""")
			.param("account", ACCOUNT.scope())
			.param("a", accountKey)
			.param("client", CLIENT.scope())
			.param("c", client == null ? "" : client)
			.query(Long.class)
			.optional()
			.orElse(null);
		return seconds == null || seconds <= 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
	}

	/** Counts a failed sign-in against the account and the client address. */
	void failed(String accountKey, String client) {
		count(ACCOUNT, accountKey);
		if (client != null) {
			count(CLIENT, client);
		}
	}

	/**
	 * A successful sign-in clears the account's count (not the address's: one good
	 * account must not hide guessing).
	 */
	void succeeded(String accountKey) {
		jdbc.sql("delete from sec_throttle where scope = :s and key = :k")
			.param("s", ACCOUNT.scope())
			.param("k", accountKey)
			.update();
	}

	private void count(Policy policy, String key) {
		int failures = jdbc.sql("""
				insert into sec_throttle (scope, key, failures, last_at) values (:s, :k, 1, now())
				on conflict (scope, key) do update set
				    failures = case when sec_throttle.last_at < now() - make_interval(secs => :forget) then 1
				                    else sec_throttle.failures + 1 end,
				    last_at = now()
				returning failures
				""")
			.param("s", policy.scope())
			.param("k", key)
			.param("forget", policy.forget().toSeconds())
			.query(Integer.class)
			.single();
		Duration delay = policy.delayAfter(failures);
		if (!delay.isZero()) {
			jdbc.sql("update sec_throttle set blocked_until = now() + make_interval(secs => :d) "
					+ "where scope = :s and key = :k")
				.param("d", delay.toSeconds())
				.param("s", policy.scope())
				.param("k", key)
				.update();
		}
	}

	/**
	 * Whether a text code may be sent to this number for this client now, counting it if
	 * so: both counts or neither (one transaction).
	 */
	CodeDecision allowCode(String phone, String client) {
		LocalDate today = LocalDate.now(ZONE);
		String number = numbers().blindIndex(phone);
		return tx.execute(status -> {
			CodeDecision byNumber = take("CODE_PHONE", number, today, RESEND_AFTER, codesPerNumber);
			CodeDecision byClient = byNumber == CodeDecision.ALLOWED && client != null
					? take("CODE_CLIENT", client, today, Duration.ZERO, codesPerClient) : byNumber;
			if (byClient != CodeDecision.ALLOWED) {
				status.setRollbackOnly();
			}
			return byClient;
		});
	}

	private CodeDecision take(String scope, String key, LocalDate today, Duration interval, int cap) {
		boolean taken = jdbc.sql("""
				insert into sec_throttle (scope, key, sent, day, last_at) values (:s, :k, 1, :today, now())
				on conflict (scope, key) do update set
				    sent = case when sec_throttle.day = :today then sec_throttle.sent + 1 else 1 end,
				    day = :today, last_at = now()
				where sec_throttle.last_at <= now() - make_interval(secs => :interval)
				  and (sec_throttle.day is distinct from :today or sec_throttle.sent < :cap)
				returning sent
				""")
			.param("s", scope)
			.param("k", key)
			.param("today", today)
			.param("interval", interval.toSeconds())
			.param("cap", cap)
			.query(Integer.class)
			.optional()
			.isPresent();
		if (taken) {
			return CodeDecision.ALLOWED;
		}
		boolean recent = jdbc
			.sql("select last_at > now() - make_interval(secs => :interval) from sec_throttle "
					+ "where scope = :s and key = :k")
			.param("interval", interval.toSeconds())
			.param("s", scope)
			.param("k", key)
			.query(Boolean.class)
			.single();
		return recent ? CodeDecision.TOO_SOON : CodeDecision.DAILY_LIMIT;
	}

	/** The accounts and client addresses locked or delayed now. */
	public List<Lock> locks() {
		return jdbc.sql("""
				select scope, key, failures, blocked_until from sec_throttle
				where blocked_until > now() and scope in ('LOGIN_ACCOUNT', 'LOGIN_CLIENT')
				order by blocked_until desc limit 200
				""")
			.query((rs, i) -> new Lock(rs.getString(1), rs.getString(2), rs.getInt(3),
					rs.getObject(4, OffsetDateTime.class).atZoneSameInstant(ZONE).toOffsetDateTime()))
			.list();
	}

	/**
	 * Lifts the lock and forgets the failures of an account or a client address; whether
	 * there was one.
	 */
	public boolean unlock(boolean account, String key) {
		return jdbc.sql("delete from sec_throttle where scope = :s and key = :k")
			.param("s", account ? ACCOUNT.scope() : CLIENT.scope())
			.param("k", key)
			.update() > 0;
	}

	private FieldCipher numbers() {
		FieldCipher c = numbers;
		if (c == null) {
			// mobile numbers are counted under a keyed hash: the table lists nobody's
			// number
			c = FieldCipher.of(vault, "security.throttle");
			numbers = c;
		}
		return c;
	}

}
