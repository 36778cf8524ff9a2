package org.sanyi.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.DataScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token cache: a live token is asked of the database once per
 * {@link ApiTokens#CACHED_NANOS}; a revocation elsewhere is refused once that has passed,
 * a revocation here at once, an expired token at its expiry.
 */
class ApiTokensTest {

	static final String TOKEN = "sy_test-token-0123456789";

	static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");

	/**
	 * sec_api_token as the database holds it: hash → account and expiry (absent =
	 * revoked).
	 */
	static final class Tokens extends AccountRepository {

		final Map<String, TokenAccount> live = new HashMap<>();

		int reads;

		int touches;

		Tokens() {
			super(null);
		}

		@Override
		Optional<TokenAccount> findTokenAccount(String tokenHash) {
			reads++;
			return Optional.ofNullable(live.get(tokenHash));
		}

		@Override
		void touchToken(String hash) {
			touches++;
		}

		@Override
		int revokeToken(long tokenId, long userId) {
			return live.remove(ApiTokens.hash(TOKEN)) == null ? 0 : 1;
		}

	}

	final Tokens db = new Tokens();

	final AtomicLong nanos = new AtomicLong(1_000);

	Instant wallClock = NOW;

	final ApiTokens tokens = new ApiTokens(db, nanos::get, new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return wallClock;
		}
	});

	static AccountDetails doctor(boolean enabled) {
		return new AccountDetails(new CurrentUser(7, "doctor", "医生", "DOCTOR", Set.of("appointment:booking:create"),
				DataScope.institution("H35992100001", "359921")), "{bcrypt}secret", enabled);
	}

	void live(AccountDetails account, Instant expiresAt) {
		db.live.put(ApiTokens.hash(TOKEN), new AccountRepository.TokenAccount(account, expiresAt));
	}

	void later(long seconds) {
		nanos.addAndGet(seconds * 1_000_000_000L);
		wallClock = wallClock.plusSeconds(seconds);
	}

	@Test
	void aLiveTokenIsAskedOfTheDatabaseOncePerCachePeriodAndCarriesNoPasswordHash() {
		live(doctor(true), NOW.plusSeconds(86_400));
		for (int i = 0; i < 1_000; i++) {
			assertThat(tokens.authenticate(TOKEN)).map(AccountDetails::getUsername).contains("doctor");
		}
		assertThat(db.reads).isEqualTo(1);
		assertThat(db.touches).as("last used noted once a minute").isEqualTo(1);
		assertThat(tokens.authenticate(TOKEN).orElseThrow().getPassword()).isNull();
		assertThat(tokens.authenticate(TOKEN).orElseThrow().getAuthorities()).extracting(Object::toString)
			.contains("appointment:booking:create");
		later(ApiTokens.CACHED_NANOS / 1_000_000_000L);
		assertThat(tokens.authenticate(TOKEN)).isPresent();
		assertThat(db.reads).as("asked again once the period is over").isEqualTo(2);
	}

	@Test
	void aTokenRevokedOnAnotherNodeIsRefusedOnceTheCachePeriodIsOver() {
		live(doctor(true), NOW.plusSeconds(86_400));
		assertThat(tokens.authenticate(TOKEN)).isPresent();
		db.live.clear();
		later(ApiTokens.CACHED_NANOS / 1_000_000_000L - 1);
		assertThat(tokens.authenticate(TOKEN)).as("within the stated bound").isPresent();
		later(1);
		assertThat(tokens.authenticate(TOKEN)).as("after the bound").isEmpty();
		later(1);
		assertThat(tokens.authenticate(TOKEN)).as("a refused token is asked for every time").isEmpty();
		assertThat(db.reads).isEqualTo(3);
	}

	@Test
	void aTokenRevokedOnThisNodeIsRefusedAtOnce() {
		live(doctor(true), NOW.plusSeconds(86_400));
		assertThat(tokens.authenticate(TOKEN)).isPresent();
		assertThat(tokens.revoke(1, 7)).isTrue();
		assertThat(tokens.authenticate(TOKEN)).isEmpty();
		assertThat(tokens.revoke(1, 7)).as("nothing left to revoke").isFalse();
	}

	@Test
	void aCachedTokenIsRefusedFromItsExpiryOn() {
		live(doctor(true), NOW.plusSeconds(3));
		assertThat(tokens.authenticate(TOKEN)).isPresent();
		db.live.clear(); // the database no longer finds it: expired
		later(2);
		assertThat(tokens.authenticate(TOKEN)).isPresent();
		later(1);
		assertThat(tokens.authenticate(TOKEN)).isEmpty();
	}

	@Test
	void disabledAccountsMalformedAndUnknownTokensAreRefused() {
		live(doctor(false), NOW.plusSeconds(86_400));
		assertThat(tokens.authenticate(TOKEN)).isEmpty();
		assertThat(tokens.authenticate("sy_unknown")).isEmpty();
		assertThat(tokens.authenticate("not-ours")).isEmpty();
		assertThat(tokens.authenticate(null)).isEmpty();
		assertThat(tokens.authenticate("sy_" + "x".repeat(100))).isEmpty();
		assertThat(db.touches).isZero();
	}

}
