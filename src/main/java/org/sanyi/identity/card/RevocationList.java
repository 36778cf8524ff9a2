package org.sanyi.identity.card;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A signed list of revoked cards for offline terminals, signed with the platform key and
 * algorithm of the QR codes (so a terminal that trusts the code key trusts the list).
 * Every revocation has a sequence number; a list carries the revocations numbered
 * {@code since < n <= through}, and {@code latest}, the highest number on the platform
 * when it was made: a terminal keeps its {@code through} and asks for
 * {@code since = through} next time (a delta), and asks again while
 * {@code through < latest}. Revocations are final (a reissued card gets a new serial), so
 * a list only ever adds.
 *
 * <pre>
 * text: base64url (no padding) of
 * offset size  field (big-endian)
 *   0     1    version (high 4 bits, = 1) | algorithm id (low 4 bits)
 *   1     1    key id
 *   2     8    since
 *  10     8    through
 *  18     8    latest
 *  26     8    issued at, epoch seconds
 *  34     4    n, the number of entries
 *  38   17·n   entries: kind (1), subject serial (8), revoked at epoch seconds (8)
 *   …    64    signature r||s over "SANYI-RL" || all bytes before it
 * </pre>
 *
 * @param since the list holds the revocations after this sequence number (0: all)
 * @param through the sequence number of the last revocation held (= since when there is
 * none)
 * @param latest the highest sequence number on the platform when the list was made
 * @param issuedAt when the list was made (a terminal can refuse to work offline on a list
 * older than its policy)
 * @param entries the revocations, in sequence order
 */
public record RevocationList(long since, long through, long latest, Instant issuedAt, List<Entry> entries) {

	static final int VERSION = 1;

	private static final int HEADER = 38;

	private static final int ENTRY = 17;

	private static final byte[] DOMAIN = "SANYI-RL".getBytes(StandardCharsets.US_ASCII);

	/**
	 * The most entries one list may carry (about 1.7 MB); more are fetched as further
	 * deltas.
	 */
	public static final int MAX_ENTRIES = 100_000;

	public RevocationList {
		entries = List.copyOf(entries);
		if (since < 0 || through < since || latest < through) {
			throw new IllegalArgumentException(
					"need 0 <= since <= through <= latest: " + since + ", " + through + ", " + latest);
		}
		if (entries.size() > MAX_ENTRIES || entries.size() > through - since) {
			throw new IllegalArgumentException("entries do not fit the sequence range: " + entries.size());
		}
	}

	/**
	 * One revoked card or e-voucher account.
	 *
	 * @param kind what was revoked
	 * @param subject its serial (opaque, not personal data)
	 * @param revokedAt when
	 */
	public record Entry(CodeKind kind, long subject, Instant revokedAt) {
	}

	/**
	 * Whether more revocations exist than this list carries (fetch again with
	 * {@code since = through}).
	 */
	public boolean hasMore() {
		return through < latest;
	}

	/** The signed text, with the platform's signing key. */
	public String sign(QrSigningKey key, SecureRandom random) {
		ByteBuffer b = ByteBuffer.allocate(HEADER + ENTRY * entries.size());
		b.put((byte) (VERSION << 4 | key.algorithm().id()));
		b.put((byte) key.keyId());
		b.putLong(since).putLong(through).putLong(latest).putLong(issuedAt.getEpochSecond());
		b.putInt(entries.size());
		for (Entry e : entries) {
			b.put((byte) e.kind().id()).putLong(e.subject()).putLong(e.revokedAt().getEpochSecond());
		}
		byte[] body = b.array();
		byte[] signature = QrSigner.sign(key, signingInput(body, body.length), random);
		byte[] all = Arrays.copyOf(body, body.length + QrCodec.SIGNATURE_LENGTH);
		System.arraycopy(signature, 0, all, body.length, QrCodec.SIGNATURE_LENGTH);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
	}

	/**
	 * Reading a list: {@code OK} with the list, or the reason it was refused
	 * ({@code MALFORMED}, {@code UNKNOWN_KEY}, {@code BAD_SIGNATURE}; the list is then
	 * null).
	 */
	public record Read(VerificationReason reason, RevocationList list) {
	}

	/**
	 * Parses and verifies a signed list against the trusted keys; nothing in an
	 * unverified list is believed.
	 */
	public static Read read(String text, TrustedKeys keys) {
		byte[] all;
		try {
			all = Base64.getUrlDecoder().decode(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException ex) {
			return new Read(VerificationReason.MALFORMED, null);
		}
		if (all.length < HEADER + QrCodec.SIGNATURE_LENGTH || (all[0] & 0xFF) >>> 4 != VERSION) {
			return new Read(VerificationReason.MALFORMED, null);
		}
		ByteBuffer b = ByteBuffer.wrap(all);
		QrAlgorithm algorithm = QrAlgorithm.ofId(b.get() & 0x0F);
		int keyId = b.get() & 0xFF;
		long since = b.getLong();
		long through = b.getLong();
		long latest = b.getLong();
		long issuedAt = b.getLong();
		int n = b.getInt();
		int bodyLength = HEADER + ENTRY * n;
		if (algorithm == null || n < 0 || n > MAX_ENTRIES || all.length != bodyLength + QrCodec.SIGNATURE_LENGTH) {
			return new Read(VerificationReason.MALFORMED, null);
		}
		SignatureVerifier verifier = keys.verifier(algorithm, keyId);
		if (verifier == null) {
			return new Read(VerificationReason.UNKNOWN_KEY, null);
		}
		byte[] input = signingInput(all, bodyLength);
		if (!verifier.verify(input, 0, input.length, all, bodyLength)) {
			return new Read(VerificationReason.BAD_SIGNATURE, null);
		}
		List<Entry> entries = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			CodeKind kind = CodeKind.ofId(b.get() & 0xFF);
			long subject = b.getLong();
			long revokedAt = b.getLong();
			if (kind == null) {
				return new Read(VerificationReason.MALFORMED, null);
			}
			entries.add(new Entry(kind, subject, Instant.ofEpochSecond(revokedAt)));
		}
		try {
			return new Read(VerificationReason.OK,
					new RevocationList(since, through, latest, Instant.ofEpochSecond(issuedAt), entries));
		}
		catch (IllegalArgumentException ex) {
			return new Read(VerificationReason.MALFORMED, null);
		}
	}

	private static byte[] signingInput(byte[] body, int length) {
		byte[] input = Arrays.copyOf(DOMAIN, DOMAIN.length + length);
		System.arraycopy(body, 0, input, DOMAIN.length, length);
		return input;
	}

}
