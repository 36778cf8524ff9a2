package org.sanyi.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

	/** When this node last noted each token's use. */
	private final Map<String, Long> touched = new ConcurrentHashMap<>();

	ApiTokens(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Transactional
	public String issue(long userId, String name, int days) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		accounts.insertToken(userId, name, hash(token), Math.clamp(days, 1, 366));
		return token;
	}

	Optional<AccountDetails> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		String hash = hash(token);
		Optional<AccountDetails> account = accounts.findByTokenHash(hash).filter(AccountDetails::enabled);
		if (account.isPresent()) {
			touch(hash);
		}
		return account;
	}

	/**
	 * Notes the token's use ({@code last_used_at}, to the minute): at most once a minute
	 * per token from this node, instead of an UPDATE on every request of a busy client.
	 */
	private void touch(String hash) {
		long now = System.nanoTime();
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

	public boolean revoke(long tokenId, long userId) {
		return accounts.revokeToken(tokenId, userId) == 1;
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
