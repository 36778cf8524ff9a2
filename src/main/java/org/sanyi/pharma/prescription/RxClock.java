package org.sanyi.pharma.prescription;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Beijing time for prescriptions (valid_end_time is a wall-clock time in the issuing
 * region), and the numbers the platform hands out: {@code hi_rxno} and the
 * {@code epc_token} the resident shows at the pharmacy.
 */
final class RxClock {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final Clock CLOCK = Clock.system(BEIJING);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** No 0/O, 1/I/L: read aloud or typed from paper. */
	private static final char[] TOKEN_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	private RxClock() {
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now(CLOCK);
	}

	/** {@code RX} + yyMMddHHmmss + 8 digits. */
	static String newRxno(OffsetDateTime now) {
		return "RX" + now.format(DateTimeFormatter.ofPattern("yyMMddHHmmss"))
				+ "%08d".formatted(RANDOM.nextInt(100_000_000));
	}

	/** 16 characters, about 79 bits. */
	static String newToken() {
		StringBuilder sb = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			sb.append(TOKEN_ALPHABET[RANDOM.nextInt(TOKEN_ALPHABET.length)]);
		}
		return sb.toString();
	}

	static String format(OffsetDateTime t) {
		return t == null ? "" : t.atZoneSameInstant(BEIJING).format(TIME);
	}

}
