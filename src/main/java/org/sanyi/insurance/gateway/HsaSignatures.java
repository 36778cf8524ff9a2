package org.sanyi.insurance.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.sanyi.insurance.SigningScheme;

/**
 * The gateway's request signatures (insurance.md §1.1), one scheme per account
 * ({@link SigningScheme}):
 *
 * <pre>
 * TIF-SHA256 (the provinces' published scheme, the default):
 *   x-tif-signature = lowercase hex( SHA-256( UTF-8(timestamp + secret + nonce + timestamp) ) )
 * HMAC (covers the body):
 *   x-tif-signature = lowercase hex( HMAC( key     = UTF-8 bytes of the account's secret,
 *                                          message = UTF-8(x-tif-timestamp) ‖ UTF-8(x-tif-nonce) ‖ raw request body ) )
 *   with HMAC-SHA256 by default, or HMAC-SM3 (国密) when {@code x-tif-signtype: HMAC-SM3}
 * </pre>
 *
 * The timestamp is Unix seconds, the nonce 6-64 characters of {@code [A-Za-z0-9_-]}. The
 * body is signed byte for byte as sent. docs/modules/insurance.md §4 has a worked example
 * of each that {@code HsaSignaturesTest} computes.
 */
public final class HsaSignatures {

	public static final String SHA256 = "HMAC-SHA256";

	public static final String SM3 = "HMAC-SM3";

	/**
	 * The provinces' published scheme: SHA-256 of timestamp + secret + nonce + timestamp,
	 * the body not included.
	 */
	public static String published(String secret, String timestamp, String nonce) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest((timestamp + secret + nonce + timestamp).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HsaSignatures() {
	}

	public static String sign(String algorithm, String secret, String timestamp, String nonce, byte[] body) {
		byte[] key = secret.getBytes(StandardCharsets.UTF_8);
		byte[] prefix = (timestamp + nonce).getBytes(StandardCharsets.UTF_8);
		if (SM3.equalsIgnoreCase(algorithm)) {
			HMac mac = new HMac(new SM3Digest());
			mac.init(new KeyParameter(key));
			mac.update(prefix, 0, prefix.length);
			mac.update(body, 0, body.length);
			byte[] out = new byte[mac.getMacSize()];
			mac.doFinal(out, 0);
			return HexFormat.of().formatHex(out);
		}
		Mac mac = sha256(key);
		mac.update(prefix);
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

	/**
	 * An account's HMAC-SHA256 key, set up once: each request signs with a copy
	 * ({@link Mac#clone()}) of an initialised {@link Mac}, which skips the provider
	 * lookup and key schedule of {@code Mac.getInstance} + init.
	 */
	static final class PreparedKey {

		private final String secret;

		private final Mac sha256;

		PreparedKey(String secret) {
			this.secret = secret;
			this.sha256 = sha256(secret.getBytes(StandardCharsets.UTF_8));
		}

		/** The same as {@link HsaSignatures#sign}. */
		String sign(String algorithm, String timestamp, String nonce, byte[] body) {
			if (SM3.equalsIgnoreCase(algorithm)) {
				return HsaSignatures.sign(algorithm, secret, timestamp, nonce, body);
			}
			Mac mac;
			try {
				mac = (Mac) sha256.clone();
			}
			catch (CloneNotSupportedException ex) {
				mac = sha256(secret.getBytes(StandardCharsets.UTF_8));
			}
			mac.update((timestamp + nonce).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}

	}

	private static Mac sha256(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Constant-time comparison, case-insensitive on the hex digits. */
	static boolean matches(String expected, String given) {
		return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				given.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}

}
