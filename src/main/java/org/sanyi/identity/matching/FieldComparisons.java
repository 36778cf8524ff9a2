package org.sanyi.identity.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-field comparators: each maps a pair of values to an {@link Agreement} level.
 * They work on {@link Prepared} records so that the incoming record is normalised once
 * per match, not once per candidate.
 */
final class FieldComparisons {

	/**
	 * Suffixes that end an address token, longest first: 福建省三明市三元区列东街道新华路12号 →
	 * 福建省|三明市|三元区|列东街道|新华路|12号.
	 */
	private static final String[] ADDRESS_SUFFIXES = { "街道", "单元", "社区", "小区", "省", "市", "区", "县", "旗", "镇", "乡", "村",
			"组", "路", "街", "道", "巷", "弄", "号", "栋", "幢", "楼", "室" };

	private FieldComparisons() {
	}

	/** A record with the derived forms the comparators need. */
	record Prepared(DemographicRecord record, String fuzzyName, int birthDigits, boolean validCitizenNumber,
			String[] addressTokens) {

		static Prepared of(DemographicRecord r) {
			LocalDate b = r.birthDate();
			return new Prepared(r, ChineseNames.fuzzy(r.pinyin()),
					b == null ? 0 : b.getYear() * 10000 + b.getMonthValue() * 100 + b.getDayOfMonth(),
					r.hasValidCitizenNumber(),
					r.address() == null ? null : FieldComparisons.addressTokens(r.address()));
		}

	}

	/**
	 * Same number: exact. GB 11643 numbers one substitution or one adjacent transposition
	 * apart: similar (a typo the check character would catch on one of them). Two
	 * different valid citizen numbers: disagree. Anything else, including an invalid
	 * number that is not close to the other, or documents of different kinds: missing,
	 * because a mistyped or foreign number says nothing about identity.
	 */
	static Agreement idNumber(Prepared a, Prepared b) {
		String x = a.record().documentNumber();
		String y = b.record().documentNumber();
		if (x == null || y == null) {
			return Agreement.MISSING;
		}
		DocumentType tx = a.record().documentType();
		DocumentType ty = b.record().documentType();
		boolean citizen = tx.carriesCitizenNumber() && ty.carriesCitizenNumber();
		if (!citizen && tx != ty) {
			return Agreement.MISSING;
		}
		if (x.equals(y)) {
			return Agreement.EXACT;
		}
		if (!citizen) {
			return Agreement.DISAGREE;
		}
		if (oneEditApart(x, y)) {
			return Agreement.SIMILAR;
		}
		return a.validCitizenNumber() && b.validCitizenNumber() ? Agreement.DISAGREE : Agreement.MISSING;
	}

	/**
	 * Same characters: exact. Same pinyin after folding tones and the nasal/retroflex
	 * confusions (张/章, 陈/程), one character replaced by a look-alike (明/朋), or
	 * Jaro–Winkler of the folded pinyin at or above the threshold: similar.
	 */
	static Agreement name(Prepared a, Prepared b, double jaroWinklerThreshold) {
		String x = a.record().name();
		String y = b.record().name();
		if (x.isEmpty() || y.isEmpty()) {
			return Agreement.MISSING;
		}
		if (x.equals(y)) {
			return Agreement.EXACT;
		}
		if (a.fuzzyName().equals(b.fuzzyName()) || oneLookAlikeApart(x, y)
				|| JaroWinkler.similarity(a.fuzzyName(), b.fuzzyName()) >= jaroWinklerThreshold) {
			return Agreement.SIMILAR;
		}
		return Agreement.DISAGREE;
	}

	/**
	 * Same date: exact. Day and month swapped, one digit wrong or two adjacent digits
	 * transposed: similar.
	 */
	static Agreement birthDate(Prepared a, Prepared b) {
		int x = a.birthDigits();
		int y = b.birthDigits();
		if (x == 0 || y == 0) {
			return Agreement.MISSING;
		}
		if (x == y) {
			return Agreement.EXACT;
		}
		int yearX = x / 10000;
		int yearY = y / 10000;
		if (yearX == yearY && x % 100 == (y / 100) % 100 && (x / 100) % 100 == y % 100) {
			return Agreement.SIMILAR;
		}
		return oneEditApart(Integer.toString(x), Integer.toString(y)) ? Agreement.SIMILAR : Agreement.DISAGREE;
	}

	static Agreement sex(Prepared a, Prepared b) {
		Sex x = a.record().sex();
		Sex y = b.record().sex();
		if (!x.isKnown() || !y.isKnown()) {
			return Agreement.MISSING;
		}
		return x == y ? Agreement.EXACT : Agreement.DISAGREE;
	}

	/**
	 * Same digits: exact. Same last eight digits (a wrong or missing prefix, an area
	 * code): similar.
	 */
	static Agreement phone(Prepared a, Prepared b) {
		String x = a.record().phone();
		String y = b.record().phone();
		if (x == null || y == null) {
			return Agreement.MISSING;
		}
		if (x.equals(y)) {
			return Agreement.EXACT;
		}
		if (x.length() >= 8 && y.length() >= 8 && x.regionMatches(x.length() - 8, y, y.length() - 8, 8)) {
			return Agreement.SIMILAR;
		}
		return Agreement.DISAGREE;
	}

	/**
	 * Same text: exact. Otherwise the overlap coefficient of the address tokens (shared
	 * tokens over the size of the smaller set, at least two shared): an abbreviated
	 * address (梅列区新华路12号 for 福建省三明市梅列区列东街道新华路12号) is contained in the full one and scores
	 * 1.0. Two different house numbers ({@code …号}) make it a different address however
	 * much else is shared: the neighbour at number 14 is not the resident at number 12.
	 */
	static Agreement address(Prepared a, Prepared b, double overlapThreshold) {
		String x = a.record().address();
		String y = b.record().address();
		if (x == null || y == null) {
			return Agreement.MISSING;
		}
		if (x.equals(y)) {
			return Agreement.EXACT;
		}
		String[] tx = a.addressTokens();
		String[] ty = b.addressTokens();
		int common = 0;
		boolean numberX = false;
		boolean numberY = false;
		boolean numberShared = false;
		for (String t : tx) {
			boolean isNumber = t.endsWith("号");
			numberX |= isNumber;
			for (String u : ty) {
				if (t.equals(u)) {
					common++;
					numberShared |= isNumber;
					break;
				}
			}
		}
		for (String u : ty) {
			numberY |= u.endsWith("号");
		}
		if (numberX && numberY && !numberShared) {
			return Agreement.DISAGREE;
		}
		int smaller = Math.min(tx.length, ty.length);
		return common >= 2 && common >= overlapThreshold * smaller ? Agreement.SIMILAR : Agreement.DISAGREE;
	}

	static String[] addressTokens(String address) {
		List<String> tokens = new ArrayList<>();
		int start = 0;
		int i = 0;
		while (i < address.length()) {
			int suffix = suffixAt(address, i);
			if (suffix > 0) {
				i += suffix;
				tokens.add(address.substring(start, i));
				start = i;
			}
			else {
				i++;
			}
		}
		if (start < address.length()) {
			tokens.add(address.substring(start));
		}
		return tokens.stream().distinct().toArray(String[]::new);
	}

	private static int suffixAt(String s, int i) {
		for (String suffix : ADDRESS_SUFFIXES) {
			if (s.startsWith(suffix, i)) {
				return suffix.length();
			}
		}
		return 0;
	}

	/**
	 * Same length and either exactly one differing position or one adjacent
	 * transposition.
	 */
	static boolean oneEditApart(String x, String y) {
		if (x.length() != y.length()) {
			return false;
		}
		int first = -1;
		int differences = 0;
		for (int i = 0; i < x.length(); i++) {
			if (x.charAt(i) != y.charAt(i)) {
				if (++differences > 2) {
					return false;
				}
				if (first < 0) {
					first = i;
				}
				else if (i != first + 1 || x.charAt(first) != y.charAt(i) || x.charAt(i) != y.charAt(first)) {
					return false;
				}
			}
		}
		return differences >= 1;
	}

	private static boolean oneLookAlikeApart(String x, String y) {
		if (x.length() != y.length()) {
			return false;
		}
		int differences = 0;
		for (int i = 0; i < x.length(); i++) {
			char c = x.charAt(i);
			char d = y.charAt(i);
			if (c != d) {
				if (++differences > 1 || !ConfusableCharacters.looksAlike(c, d)) {
					return false;
				}
			}
		}
		return differences == 1;
	}

}
