package org.sanyi.drg.settlementlist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sanyi.drg.settlementlist.SettlementList.Diagnosis;

/**
 * The sex and age a diagnosis fits, as data ({@code drg/clinical-rules.csv}): pregnancy
 * and the female genital organs only for women, the male genital organs only for men,
 * perinatal conditions not for adults, pregnancy only between 10 and 60. A rule names its
 * codes by chapter letter or by a range of three-character categories. Pure.
 */
final class ClinicalRules {

	static final String RESOURCE = "/drg/clinical-rules.csv";

	/**
	 * One rule: the codes, the sex they fit ({@code null}: any), the age range (either
	 * end {@code null}: open).
	 */
	record Rule(String from, String to, String sex, Integer minAge, Integer maxAge, String problem) {

		boolean covers(String code) {
			if (from.length() == 1) {
				return code.startsWith(from);
			}
			String head = code.length() >= 3 ? code.substring(0, 3) : code;
			return head.compareTo(from) >= 0 && head.compareTo(to) <= 0;
		}

		/**
		 * Whether a patient of this sex ({@code 1}, {@code 2}, {@code 9}) and age breaks
		 * the rule.
		 */
		boolean brokenBy(String gend, int years) {
			boolean otherSex = sex != null && ("1".equals(gend) || "2".equals(gend)) && !sex.equals(gend);
			return otherSex || minAge != null && years < minAge || maxAge != null && years > maxAge;
		}

	}

	/**
	 * A broken rule: the index of the diagnosis in the list, its code and the message key
	 * of the problem.
	 */
	record Violation(int index, String code, String problem) {
	}

	private final List<Rule> rules;

	ClinicalRules(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** The rules shipped with the application. */
	static ClinicalRules shipped() {
		try (InputStream in = ClinicalRules.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads rows {@code codes,sex,min_age,max_age,problem} after a header; {@code #}
	 * starts a comment line.
	 */
	static ClinicalRules read(InputStream in) throws IOException {
		List<Rule> rules = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		boolean header = true;
		int lineNo = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			lineNo++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] f = line.split(",", -1);
			if (f.length != 5 || f[0].isBlank() || f[4].isBlank()) {
				throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": " + line);
			}
			String codes = f[0].strip().toUpperCase(Locale.ROOT);
			int dash = codes.indexOf('-');
			rules
				.add(new Rule(dash < 0 ? codes : codes.substring(0, dash), dash < 0 ? codes : codes.substring(dash + 1),
						blank(f[1]), number(f[2]), number(f[3]), f[4].strip()));
		}
		return new ClinicalRules(rules);
	}

	/**
	 * The rules the list's western-medicine diagnoses (diag_type 1) break, in the list's
	 * order, then the rules'.
	 */
	List<Violation> check(String gend, int years, List<Diagnosis> diagnoses) {
		List<Violation> found = new ArrayList<>();
		for (int i = 0; i < diagnoses.size(); i++) {
			Diagnosis d = diagnoses.get(i);
			if (!"1".equals(d.type())) {
				continue;
			}
			String code = d.code().toUpperCase(Locale.ROOT);
			for (Rule rule : rules) {
				if (rule.covers(code) && rule.brokenBy(gend, years)) {
					found.add(new Violation(i, d.code(), rule.problem()));
				}
			}
		}
		return found;
	}

	private static String blank(String v) {
		return v.isBlank() ? null : v.strip();
	}

	private static Integer number(String v) {
		return v.isBlank() ? null : Integer.valueOf(v.strip());
	}

}
