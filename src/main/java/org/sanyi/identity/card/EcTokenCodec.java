package org.sanyi.identity.card;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The {@code ecToken} text: base64url of 24 bytes, 32 characters, short enough for
 * {@code mdtrt_cert_no}.
 *
 * <pre>
 * offset size  field
 *   0     1    version (1)
 *   1    11    token id, random (88 bits: unguessable)
 *  12     4    expiry, epoch seconds
 *  16     8    HMAC-SM3 over bytes 0..15 with the platform's token key, truncated to 64 bits
 * </pre> The token is a reference: its state (which visit it opened, whether it was
 * settled) lives with the platform. The authentication code and the expiry let the
 * insurance gateway turn away forged, mistyped and stale tokens before any lookup. The
 * national token format is not public; this is ours, as opaque to HIS as theirs.
 */
public final class EcTokenCodec {

	static final int VERSION = 1;

	static final int LENGTH = 24;

	static final int TEXT_LENGTH = 32;

	private final byte[] macKey;

	/**
	 * @param macKey the platform's token key, at least 16 bytes (from its key store)
	 */
	public EcTokenCodec(byte[] macKey) {
		if (macKey.length < 16) {
			throw new IllegalArgumentException("token key must have at least 128 bits");
		}
		this.macKey = macKey.clone();
	}

	/**
	 * What a token says about itself once its authentication code checks out.
	 *
	 * @param token the token text
	 * @param expiresAt its expiry
	 */
	public record TokenReference(String token, Instant expiresAt) {
	}

	public String newToken(Instant expiresAt, SecureRandom random) {
		byte[] b = new byte[LENGTH];
		b[0] = VERSION;
		byte[] id = new byte[11];
		random.nextBytes(id);
		System.arraycopy(id, 0, b, 1, 11);
		long expiry = expiresAt.getEpochSecond();
		for (int i = 0; i < 4; i++) {
			b[12 + i] = (byte) (expiry >>> (24 - 8 * i));
		}
		System.arraycopy(mac(b), 0, b, 16, 8);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}

	/**
	 * The reference, or null when the text is not a token of this platform (format,
	 * version or code wrong).
	 */
	public TokenReference read(String token) {
		if (token == null || token.length() != TEXT_LENGTH) {
			return null;
		}
		byte[] b;
		try {
			b = Base64.getUrlDecoder().decode(token);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (b.length != LENGTH || b[0] != VERSION
				|| !MessageDigest.isEqual(Arrays.copyOfRange(mac(b), 0, 8), Arrays.copyOfRange(b, 16, 24))) {
			return null;
		}
		long expiry = 0;
		for (int i = 0; i < 4; i++) {
			expiry = expiry << 8 | (b[12 + i] & 0xFF);
		}
		return new TokenReference(token, Instant.ofEpochSecond(expiry));
	}

	private byte[] mac(byte[] token) {
		var hmac = new HMac(new SM3Digest());
		hmac.init(new KeyParameter(macKey));
		hmac.update(token, 0, 16);
		byte[] out = new byte[hmac.getMacSize()];
		hmac.doFinal(out, 0);
		return Arrays.copyOf(out, 8);
	}

}
