package org.sanyi.identity.card;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The text of a code: {@code SY<kind letter><version>:} then base64url (no padding) of 87
 * bytes, 121 characters in all, which fits a version-7 QR symbol at error correction M
 * (45×45 modules) in byte mode. Base64url rather than base45 keeps every character safe
 * for keyboard-wedge scanners, which type the code into HIS input fields.
 *
 * <pre>
 * offset size  field (big-endian)
 *   0     1    version (high 4 bits, = 1) | algorithm id (low 4 bits: 1 SM2-SM3, 2 ECDSA-P256-SHA256)
 *   1     1    kind (1 health card, 2 insurance e-voucher)
 *   2     1    key id
 *   3     6    subject serial (&lt; 10^14)
 *   9     4    issued at, epoch seconds (unsigned, good until 2106)
 *  13     2    lifetime, seconds
 *  15     8    nonce
 *  23    64    signature r||s over "SANYI-QR" || bytes 0..22
 * </pre> The 8-byte domain prefix keeps a signature over these bytes from ever being
 * valid for another message signed with the same key.
 */
final class QrCodec {

	static final int VERSION = 1;

	static final int SIGNED_LENGTH = 23;

	static final int SIGNATURE_LENGTH = 64;

	static final int LENGTH = SIGNED_LENGTH + SIGNATURE_LENGTH;

	static final int PREFIX_LENGTH = 5;

	static final int TEXT_LENGTH = PREFIX_LENGTH + (LENGTH * 8 + 5) / 6;

	private static final byte[] DOMAIN = "SANYI-QR".getBytes(StandardCharsets.US_ASCII);

	private QrCodec() {
	}

	/** A parsed code: the payload and the raw bytes the signature covers. */
	record Parsed(QrPayload payload, byte[] binary) {

		byte[] signingInput() {
			return QrCodec.signingInput(binary);
		}

	}

	static byte[] signedBytes(QrPayload p) {
		byte[] b = new byte[SIGNED_LENGTH];
		b[0] = (byte) (VERSION << 4 | p.algorithm().id());
		b[1] = (byte) p.kind().id();
		b[2] = (byte) p.keyId();
		putLong(b, 3, 6, p.subject());
		putLong(b, 9, 4, p.issuedAt());
		putLong(b, 13, 2, p.lifetimeSeconds());
		putLong(b, 15, 8, p.nonce());
		return b;
	}

	static byte[] signingInput(byte[] binary) {
		byte[] input = Arrays.copyOf(DOMAIN, DOMAIN.length + SIGNED_LENGTH);
		System.arraycopy(binary, 0, input, DOMAIN.length, SIGNED_LENGTH);
		return input;
	}

	static String text(QrPayload payload, byte[] signedBytes, byte[] signature) {
		byte[] all = Arrays.copyOf(signedBytes, LENGTH);
		System.arraycopy(signature, 0, all, SIGNED_LENGTH, SIGNATURE_LENGTH);
		return prefix(payload.kind()) + Base64.getUrlEncoder().withoutPadding().encodeToString(all);
	}

	static String prefix(CodeKind kind) {
		return "SY" + kind.letter() + VERSION + ":";
	}

	/**
	 * The parsed code, or null when the text is not a well-formed code of a known
	 * version, algorithm and kind.
	 */
	static Parsed parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		if (t.length() != TEXT_LENGTH || !t.startsWith("SY") || t.charAt(3) != '0' + VERSION || t.charAt(4) != ':') {
			return null;
		}
		byte[] b;
		try {
			b = Base64.getUrlDecoder().decode(t.substring(PREFIX_LENGTH));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (b.length != LENGTH || (b[0] & 0xFF) >>> 4 != VERSION) {
			return null;
		}
		QrAlgorithm algorithm = QrAlgorithm.ofId(b[0] & 0x0F);
		CodeKind kind = CodeKind.ofId(b[1] & 0xFF);
		long subject = getLong(b, 3, 6);
		int lifetime = (int) getLong(b, 13, 2);
		if (algorithm == null || kind == null || kind.letter() != t.charAt(2) || subject > HealthCardNumber.MAX_SERIAL
				|| lifetime == 0) {
			return null;
		}
		var payload = new QrPayload(algorithm, kind, b[2] & 0xFF, subject, getLong(b, 9, 4), lifetime,
				getLong(b, 15, 8));
		return new Parsed(payload, b);
	}

	private static void putLong(byte[] b, int offset, int size, long value) {
		for (int i = size - 1; i >= 0; i--) {
			b[offset + i] = (byte) value;
			value >>>= 8;
		}
	}

	private static long getLong(byte[] b, int offset, int size) {
		long v = 0;
		for (int i = 0; i < size; i++) {
			v = v << 8 | (b[offset + i] & 0xFF);
		}
		return v;
	}

}
