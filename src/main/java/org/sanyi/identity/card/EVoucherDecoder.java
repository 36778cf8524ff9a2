package org.sanyi.identity.card;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.sanyi.identity.card.QrVerification.Accepted;

/**
 * The counter's decode step for the insurance e-voucher (医保电子凭证, {@code ec.query}): the
 * scanned QR is verified like a health code (signature, time, revocation, and once only:
 * a voucher QR decodes a single time) and, when genuine, exchanged for a fresh
 * {@code ecToken} bound to the institution and the business type, valid for
 * {@code tokenLifetime}. The adapter around it stores the {@link EcTokenState} and
 * answers the HIS with the token and the insured's identity (ID number, name,
 * insured-place division), which it looks up by the voucher subject.
 */
public final class EVoucherDecoder {

	/**
	 * Our choice (the national lifetime is not public): long enough for registration to
	 * payment at one counter.
	 */
	public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(30);

	private final QrVerifier verifier;

	private final EcTokenCodec tokens;

	private final Duration tokenLifetime;

	private final SecureRandom random;

	public EVoucherDecoder(QrVerifier verifier, EcTokenCodec tokens, Duration tokenLifetime, SecureRandom random) {
		this.verifier = verifier;
		this.tokens = tokens;
		this.tokenLifetime = tokenLifetime;
		this.random = random;
	}

	/** The outcome of a decode. */
	public sealed interface Decoding permits Decoded, Rejected {

	}

	/**
	 * @param ecToken the token for {@code mdtrt_cert_no}
	 * @param state its initial state, to be stored
	 */
	public record Decoded(String ecToken, EcTokenState state) implements Decoding {
	}

	/**
	 * @param reason why the voucher QR was refused; it names no one
	 */
	public record Rejected(VerificationReason reason) implements Decoding {
	}

	public Decoding decode(String qrText, String institutionCode, BusinessType businessType, Instant now) {
		QrVerification verification = verifier.verify(qrText, CodeKind.INSURANCE_VOUCHER, now);
		if (!(verification instanceof Accepted accepted)) {
			return new Rejected(verification.reason());
		}
		Instant expiresAt = Instant.ofEpochSecond(now.plus(tokenLifetime).getEpochSecond());
		String token = tokens.newToken(expiresAt, random);
		var state = new EcTokenState(token, accepted.subject(), institutionCode, businessType, now, expiresAt,
				EcTokenStatus.ISSUED, 0);
		return new Decoded(token, state);
	}

}
