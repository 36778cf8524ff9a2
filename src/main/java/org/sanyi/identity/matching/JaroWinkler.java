package org.sanyi.identity.matching;

/**
 * Jaro–Winkler similarity (Winkler 1990: prefix scale 0.1, common prefix up to 4
 * characters), written out here rather than pulled in from commons-text because it is the
 * inner loop of matching and must not allocate much.
 */
public final class JaroWinkler {

	private JaroWinkler() {
	}

	public static double similarity(CharSequence a, CharSequence b) {
		int la = a.length();
		int lb = b.length();
		if (la == 0 && lb == 0) {
			return 1.0;
		}
		if (la == 0 || lb == 0) {
			return 0.0;
		}
		int window = Math.max(0, Math.max(la, lb) / 2 - 1);
		boolean[] matchedA = new boolean[la];
		boolean[] matchedB = new boolean[lb];
		int matches = 0;
		for (int i = 0; i < la; i++) {
			int from = Math.max(0, i - window);
			int to = Math.min(lb - 1, i + window);
			for (int j = from; j <= to; j++) {
				if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
					matchedA[i] = true;
					matchedB[j] = true;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0.0;
		}
		int transpositions = 0;
		int k = 0;
		for (int i = 0; i < la; i++) {
			if (matchedA[i]) {
				while (!matchedB[k]) {
					k++;
				}
				if (a.charAt(i) != b.charAt(k)) {
					transpositions++;
				}
				k++;
			}
		}
		double m = matches;
		double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
		int prefix = 0;
		int maxPrefix = Math.min(4, Math.min(la, lb));
		while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
			prefix++;
		}
		return jaro + prefix * 0.1 * (1.0 - jaro);
	}

}
