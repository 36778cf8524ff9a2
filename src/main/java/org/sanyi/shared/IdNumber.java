package org.sanyi.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident identity card number (公民身份号码, GB 11643-1999): 6-digit region of household
 * registration, 8-digit birth date, 3-digit sequence (odd for men), and an ISO 7064 MOD
 * 11-2 check character. Unknown region codes are accepted on purpose: codes of abolished
 * counties stay valid on the cards issued under them.
 */
public record IdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private static final LocalDate EARLIEST = LocalDate.of(1880, 1, 1);

	public IdNumber {
		value = value == null ? null : value.trim().toUpperCase();
		if (!isValid(value, LocalDate.now())) {
			throw new BusinessException(SharedErrors.INVALID_ID_NUMBER, Masking.idNumber(value));
		}
	}

	public static IdNumber of(String value) {
		return new IdNumber(value);
	}

	/**
	 * Validates structure, birth date (real, not in the future, not before 1880) and
	 * check character.
	 */
	public static boolean isValid(String v, LocalDate today) {
		if (v == null || v.length() != 18) {
			return false;
		}
		for (int i = 0; i < 17; i++) {
			if (v.charAt(i) < '0' || v.charAt(i) > '9') {
				return false;
			}
		}
		LocalDate birth = birthDateOf(v);
		if (birth == null || birth.isAfter(today) || birth.isBefore(EARLIEST)) {
			return false;
		}
		return checkCharacter(v) == Character.toUpperCase(v.charAt(17));
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(CharSequence first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	private static LocalDate birthDateOf(String v) {
		try {
			return LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
					Integer.parseInt(v.substring(12, 14)));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	public LocalDate birthDate() {
		return birthDateOf(value);
	}

	/**
	 * {@code 1} male, {@code 2} female (GB/T 2261.1), from the parity of the sequence
	 * number.
	 */
	public String sexCode() {
		return (value.charAt(16) - '0') % 2 == 1 ? "1" : "2";
	}

	/** The 6-digit region of household registration as written on the card. */
	public String regionCode() {
		return value.substring(0, 6);
	}

	public String masked() {
		return Masking.idNumber(value);
	}

	@Override
	public String toString() {
		return masked();
	}

}
