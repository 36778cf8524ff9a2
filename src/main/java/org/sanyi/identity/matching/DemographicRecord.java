package org.sanyi.identity.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.identity.IdentityErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.IdNumber;
import org.sanyi.shared.Masking;

/**
 * What a hospital or the resident portal tells us about a person, normalised for
 * matching. Every field but the name may be missing ({@code null}); a missing field is no
 * evidence either way.
 *
 * <p>
 * Normalisation: the name as {@link ChineseNames#normalize(String)}; the pinyin computed
 * from the name when not given; the document number trimmed and upper-cased (a GB 11643
 * {@code x} becomes {@code X}), its type defaulting to the resident ID card; the phone
 * reduced to digits without a {@code +86}/{@code 0086} prefix; the address with
 * full-width characters folded and whitespace removed.
 *
 * @param name the name, normalised
 * @param pinyin full toneless pinyin of the name, syllables separated by spaces
 * @param sex GB/T 2261.1 sex, never null
 * @param birthDate the birth date, or null
 * @param documentType type of the identity document, or null when there is none
 * @param documentNumber the document number, or null
 * @param phone digits of the phone number, or null
 * @param address the address, or null
 */
public record DemographicRecord(String name, String pinyin, Sex sex, LocalDate birthDate, DocumentType documentType,
		String documentNumber, String phone, String address) {

	/**
	 * Used for the structural check only: whether a birth date lies in the future is a
	 * registration question.
	 */
	private static final LocalDate NO_LIMIT = LocalDate.of(9999, 12, 31);

	public DemographicRecord {
		name = ChineseNames.normalize(name);
		pinyin = pinyin == null || pinyin.isBlank() ? ChineseNames.pinyin(name) : pinyin.trim().toLowerCase();
		sex = sex == null ? Sex.UNKNOWN : sex;
		documentNumber = blankToNull(documentNumber == null ? null : documentNumber.replace(" ", "").toUpperCase());
		documentType = documentNumber == null ? documentType
				: documentType == null ? DocumentType.RESIDENT_ID_CARD : documentType;
		phone = normalizePhone(phone);
		address = blankToNull(address == null ? null : ChineseNames.normalize(address));
	}

	/** A record of a resident ID card holder; the pinyin is derived from the name. */
	public static DemographicRecord of(String name, Sex sex, LocalDate birthDate, String idNumber, String phone,
			String address) {
		return new DemographicRecord(name, null, sex, birthDate,
				idNumber == null ? null : DocumentType.RESIDENT_ID_CARD, idNumber, phone, address);
	}

	/**
	 * Whether the document is a GB 11643 number with a correct check character and a real
	 * birth date.
	 */
	public boolean hasValidCitizenNumber() {
		return documentType != null && documentType.carriesCitizenNumber()
				&& IdNumber.isValid(documentNumber, NO_LIMIT);
	}

	/** The surname's pinyin, for blocking and for the homophone-surname comparison. */
	public String surnamePinyin() {
		return ChineseNames.surnamePinyin(pinyin, name);
	}

	/**
	 * What a registration form must reject, in the order a clerk would fix them: missing
	 * name, invalid ID number, birth date in the future, birth date or sex contradicting
	 * the ID number, implausible phone.
	 */
	public List<IdentityErrors> problems(LocalDate today) {
		List<IdentityErrors> problems = new ArrayList<>();
		if (name.isEmpty()) {
			problems.add(IdentityErrors.NAME_REQUIRED);
		}
		boolean citizen = documentType != null && documentType.carriesCitizenNumber();
		if (citizen && !IdNumber.isValid(documentNumber, today)) {
			problems.add(IdentityErrors.INVALID_ID_NUMBER);
		}
		if (birthDate != null && birthDate.isAfter(today)) {
			problems.add(IdentityErrors.FUTURE_BIRTH_DATE);
		}
		if (citizen && IdNumber.isValid(documentNumber, today)) {
			var id = IdNumber.of(documentNumber);
			if (birthDate != null && !birthDate.equals(id.birthDate())) {
				problems.add(IdentityErrors.BIRTH_DATE_MISMATCH);
			}
			if (sex.isKnown() && !sex.code().equals(id.sexCode())) {
				problems.add(IdentityErrors.SEX_MISMATCH);
			}
		}
		if (phone != null && !plausiblePhone(phone)) {
			problems.add(IdentityErrors.INVALID_PHONE);
		}
		return problems;
	}

	/**
	 * Throws the first of {@link #problems(LocalDate)}, its argument masked as the page
	 * would show it.
	 */
	public DemographicRecord requireValid(LocalDate today) {
		List<IdentityErrors> problems = problems(today);
		if (!problems.isEmpty()) {
			IdentityErrors first = problems.getFirst();
			Object arg = switch (first) {
				case INVALID_ID_NUMBER, BIRTH_DATE_MISMATCH, SEX_MISMATCH -> Masking.idNumber(documentNumber);
				case FUTURE_BIRTH_DATE -> birthDate;
				case INVALID_PHONE -> Masking.phone(phone);
				default -> "";
			};
			throw new BusinessException(first, arg);
		}
		return this;
	}

	/** Masked: records end up in logs and exception messages. */
	@Override
	public String toString() {
		return "DemographicRecord[" + Masking.name(name) + ", " + sex + ", " + birthDate + ", "
				+ Masking.idNumber(documentNumber) + ", " + Masking.phone(phone) + "]";
	}

	/**
	 * The digits of a phone number (full-width digits too) without a leading 86 or 0086;
	 * null when it has none.
	 */
	public static String normalizePhone(String raw) {
		if (raw == null) {
			return null;
		}
		var digits = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= '\uFF10' && c <= '\uFF19') {
				c = (char) (c - 0xFEE0);
			}
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		String d = digits.toString();
		if (d.length() == 15 && d.startsWith("0086")) {
			d = d.substring(4);
		}
		else if (d.length() == 13 && d.startsWith("86")) {
			d = d.substring(2);
		}
		return d.isEmpty() ? null : d;
	}

	static boolean plausiblePhone(String digits) {
		if (digits.length() == 11 && digits.charAt(0) == '1') {
			return digits.charAt(1) >= '3';
		}
		return digits.length() >= 7 && digits.length() <= 12 && digits.charAt(0) != '1';
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
