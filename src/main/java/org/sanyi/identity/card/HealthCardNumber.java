package org.sanyi.identity.card;

import org.sanyi.identity.IdentityErrors;
import org.sanyi.shared.BusinessException;

/**
 * The static number of an electronic health card, printed under the QR and typed at
 * counters without a scanner: 16 digits, a 14-digit serial followed by two ISO 7064 MOD
 * 97-10 check digits (the scheme of IBAN). Digits only, so it fits a numeric keypad (MOD
 * 11-2 of the ID number needs an {@code X}); the two check digits detect every
 * single-digit error and every transposition of adjacent digits, which Luhn misses for
 * 09/90.
 *
 * <p>
 * Check digits: {@code c = 98 − (serial × 100 mod 97)}, written with two digits; a number
 * is valid when the whole 16-digit value mod 97 equals 1. The serial is opaque: it
 * carries no region, birth date or sequence, so the number reveals nothing about its
 * holder. It identifies a card, it does not authenticate the person showing it.
 *
 * @param value the 16 digits
 */
public record HealthCardNumber(String value) {

	/** Serials are below 10^14. */
	public static final long MAX_SERIAL = 99_999_999_999_999L;

	public HealthCardNumber {
		value = value == null ? "" : value.replace(" ", "").replace("-", "");
		if (!isValid(value)) {
			throw new BusinessException(IdentityErrors.INVALID_CARD_NUMBER, value);
		}
	}

	/** Parses typed input; spaces and hyphens between the groups are ignored. */
	public static HealthCardNumber parse(String text) {
		return new HealthCardNumber(text);
	}

	public static HealthCardNumber ofSerial(long serial) {
		if (serial < 0 || serial > MAX_SERIAL) {
			throw new IllegalArgumentException("serial out of range: " + serial);
		}
		String digits = "%014d".formatted(serial);
		return new HealthCardNumber(digits + checkDigits(serial));
	}

	public static boolean isValid(String digits) {
		if (digits == null || digits.length() != 16) {
			return false;
		}
		int remainder = 0;
		for (int i = 0; i < 16; i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			remainder = (remainder * 10 + (c - '0')) % 97;
		}
		return remainder == 1;
	}

	/** The two check digits of a serial. */
	static String checkDigits(long serial) {
		long check = 98 - Math.floorMod(serial * 100 % 97, 97);
		return check < 10 ? "0" + check : Long.toString(check);
	}

	public long serial() {
		return Long.parseLong(value.substring(0, 14));
	}

	/** In groups of four, as printed on the card: {@code 1234 5678 9012 3456}. */
	public String formatted() {
		return value.substring(0, 4) + ' ' + value.substring(4, 8) + ' ' + value.substring(8, 12) + ' '
				+ value.substring(12);
	}

	/** The number as lists and audit records show it: the first and last four digits. */
	public String masked() {
		String f = formatted();
		return f.substring(0, 4) + " **** **** " + f.substring(f.length() - 4);
	}

	@Override
	public String toString() {
		return formatted();
	}

}
