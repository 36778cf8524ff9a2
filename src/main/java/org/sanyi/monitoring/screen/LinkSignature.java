package org.sanyi.monitoring.screen;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a wall-display link: {@code <id>.<expiry epoch seconds>.<HMAC-SHA256>}
 * over the id, the expiry and the area, so that neither can be changed without the key.
 * Pure: the key comes from the caller.
 */
final class LinkSignature {

	private static final Pattern TOKEN = Pattern.compile("(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

	private LinkSignature() {
	}

	/** What a well-formed token claims, before its signature is checked. */
	record Claim(long id, long expiresEpoch, String signature) {
	}

	static String token(byte[] key, long id, long expiresEpoch, String areaKey) {
		return id + "." + expiresEpoch + "." + mac(key, id, expiresEpoch, areaKey);
	}

	static Optional<Claim> parse(String token) {
		Matcher m = token == null ? null : TOKEN.matcher(token);
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Claim(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), m.group(3)));
	}

	/** Whether the claim was signed with the key for this area (constant time). */
	static boolean valid(byte[] key, Claim claim, String areaKey) {
		byte[] expected = mac(key, claim.id(), claim.expiresEpoch(), areaKey).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, claim.signature().getBytes(StandardCharsets.US_ASCII));
	}

	private static String mac(byte[] key, long id, long expiresEpoch, String areaKey) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] sum = mac.doFinal((id + "|" + expiresEpoch + "|" + areaKey).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
