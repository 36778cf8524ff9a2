package org.sanyi.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for REST clients. Only a SHA-256 hash is stored: the token is shown once,
 * when it is made, and a database leak gives nobody a usable token.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "sy_";

	private final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private static final long TOUCH_NANOS = 60_000_000_000L;

	/**
	 * How long this node trusts a token it found live without asking the database again:
	 * the bound within which a revocation made on another node (or an account disabled,
	 * or a role's permissions changed) takes effect here. A revocation made on this node
	 * takes effect at once.
	 */
	static final long CACHED_NANOS = 10_000_000_000L;

	/** When this node last noted each token's use. */
	private final Map<String, Long> touched = new ConcurrentHashMap<>();

	/** Tokens found live in the last {@link #CACHED_NANOS}, by hash. */
	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private record Cached(AccountDetails account, Instant expiresAt, long readAt) {
	}

	private final LongSupplier nanoTime;

	private final Clock clock;

	@Autowired
	ApiTokens(AccountRepository accounts) {
		this(accounts, System::nanoTime, Clock.systemUTC());
	}

	ApiTokens(AccountRepository accounts, LongSupplier nanoTime, Clock clock) {
		this.accounts = accounts;
		this.nanoTime = nanoTime;
		this.clock = clock;
	}

	@Transactional
	public String issue(long userId, String name, int days) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		accounts.insertToken(userId, name, hash(token), Math.clamp(days, 1, 366));
		return token;
	}

	/**
	 * The enabled account of a live token. A REST client sends its token with every
	 * request (at a release moment, hundreds a second): what the database said of it is
	 * kept {@link #CACHED_NANOS}, never past the token's expiry; unknown, revoked and
	 * expired tokens are asked for every time.
	 */
	Optional<AccountDetails> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		String hash = hash(token);
		long now = nanoTime.getAsLong();
		Cached cached = cache.get(hash);
		if (cached != null && now - cached.readAt() < CACHED_NANOS && clock.instant().isBefore(cached.expiresAt())) {
			touch(hash, now);
			return Optional.of(cached.account());
		}
		Optional<AccountRepository.TokenAccount> found = accounts.findTokenAccount(hash)
			.filter(t -> t.account().enabled());
		if (found.isEmpty()) {
			cache.remove(hash);
			return Optional.empty();
		}
		// the principal without the password hash, which a token never needs
		AccountDetails account = new AccountDetails(found.get().account().currentUser(), null, true);
		if (cache.size() > 10_000) {
			cache.clear();
		}
		cache.put(hash, new Cached(account, found.get().expiresAt(), now));
		touch(hash, now);
		return Optional.of(account);
	}

	/**
	 * Notes the token's use ({@code last_used_at}, to the minute): at most once a minute
	 * per token from this node, instead of an UPDATE on every request of a busy client.
	 */
	private void touch(String hash, long now) {
		Long last = touched.get(hash);
		if (last != null && now - last < TOUCH_NANOS) {
			return;
		}
		if (touched.size() > 10_000) {
			touched.clear();
		}
		touched.put(hash, now);
		accounts.touchToken(hash);
	}

	public List<TokenView> list(long userId) {
		return accounts.tokensOf(userId);
	}

	/**
	 * Revokes the token: refused from the next request on (this node) or within
	 * {@link #CACHED_NANOS}.
	 */
	public boolean revoke(long tokenId, long userId) {
		boolean revoked = accounts.revokeToken(tokenId, userId) == 1;
		if (revoked) {
			// the cache knows tokens by hash only; revocations are rare
			cache.clear();
		}
		return revoked;
	}

	/** A token as its owner sees it (never the token itself). */
	public record TokenView(long id, String name, java.time.OffsetDateTime createdAt,
			java.time.OffsetDateTime expiresAt, java.time.OffsetDateTime revokedAt,
			java.time.OffsetDateTime lastUsedAt) {
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
