package org.sanyi.insurance;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a gateway account ({@code x-tif-paasid}) signs its requests to {@code POST
 * /hsa/{infno}}; one scheme per account, chosen by the bureau. Both check the timestamp
 * window and refuse a nonce used twice.
 */
public enum SigningScheme {

	/**
	 * The provincial gateways' published scheme (insurance.md §1.1), what HIS vendors
	 * ship:
	 * {@code x-tif-signature = hex(SHA-256(timestamp + secret + nonce + timestamp))}. It
	 * proves the sender knows the secret but does not cover the body. The default for new
	 * accounts.
	 */
	TIF_SHA256("TIF-SHA256"),

	/**
	 * {@code x-tif-signature = hex(HMAC(secret, timestamp + nonce + body))} with
	 * HMAC-SHA256, or HMAC-SM3 when {@code x-tif-signtype: HMAC-SM3}: the body is
	 * covered, so a captured signature cannot carry another message.
	 */
	HMAC("HMAC");

	private final String code;

	SigningScheme(String code) {
		this.code = code;
	}

	/** The code stored and shown ({@code TIF-SHA256}, {@code HMAC}). */
	public String code() {
		return code;
	}

	public static Optional<SigningScheme> ofCode(String code) {
		return Arrays.stream(values())
			.filter(s -> s.code.equalsIgnoreCase(code == null ? "" : code.trim()))
			.findFirst();
	}

}
