package org.sanyi.supervision.rules;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;
import org.sanyi.supervision.engine.Scene;

/**
 * Reads a knowledge-base CSV ({@code docs/modules/supervision.md}): one entry a line, its
 * {@code type} saying which columns count. Every line is checked; the problems come back
 * as {@code line: column=value} so that a file with any problem imports nothing and the
 * importer sees them all at once.
 */
final class KnowledgeCsv {

	static final String[] COLUMNS = { "type", "code", "sex", "min_age", "max_age", "child_only", "min_level", "scenes",
			"indications", "requires", "max_days", "max_per_day", "course_days", "price_cap", "other", "keyword",
			"price" };

	private static final Set<String> TYPES = Set.of("RESTRICTION", "EXCLUSIVE", "BUNDLE", "SUBSTITUTION");

	private static final int MAX_LINES = 100_000;

	private KnowledgeCsv() {
	}

	/**
	 * The entries of a file and the problems found; entries are meaningful only when
	 * there are no problems.
	 */
	record Result(List<KnowledgeEntry> entries, List<String> problems) {
	}

	/**
	 * @param in the CSV with a header line
	 * @param knownCode whether a code is in the catalogue
	 */
	static Result read(Reader in, Predicate<String> knownCode) {
		List<KnowledgeEntry> entries = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try (CsvReader csv = new CsvReader(in)) {
			csv.requireColumns("type", "code");
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				if (entries.size() >= MAX_LINES) {
					problems.add(row.line() + ": lines>" + MAX_LINES);
					break;
				}
				Line line = new Line(row, problems);
				String type = line.text("type").toUpperCase(java.util.Locale.ROOT);
				if (!TYPES.contains(type)) {
					line.problem("type");
					continue;
				}
				String code = line.text("code");
				if (!knownCode.test(code)) {
					line.problem("code");
				}
				String sex = line.text("sex");
				if (!sex.isEmpty() && !sex.equals("1") && !sex.equals("2")) {
					line.problem("sex");
				}
				Integer minLevel = line.integer("min_level");
				if (minLevel != null && (minLevel < 1 || minLevel > 3)) {
					line.problem("min_level");
				}
				String scenes = line.text("scenes");
				for (String scene : RuleMapping.bars(scenes)) {
					if (java.util.Arrays.stream(Scene.values()).noneMatch(s -> s.name().equals(scene))) {
						line.problem("scenes");
					}
				}
				String indications = line.text("indications");
				for (String prefix : RuleMapping.bars(indications)) {
					if (!prefix.matches("[A-Z][0-9A-Za-z.]{0,9}")) {
						line.problem("indications");
					}
				}
				String departments = line.text("departments");
				for (String prefix : RuleMapping.bars(departments)) {
					if (!prefix.matches("[A-Z][0-9]{2}(\\.[0-9]{2})?")) {
						line.problem("departments");
					}
				}
				String requires = line.text("requires");
				line.codes("requires", RuleMapping.bars(requires), knownCode);
				String other = line.text("other");
				BigDecimal price = line.decimal("price");
				String keyword = line.text("keyword");
				switch (type) {
					case "EXCLUSIVE" -> line.codes("other", List.of(other), knownCode);
					case "BUNDLE" -> {
						line.codes("other", RuleMapping.bars(other), knownCode);
						if (RuleMapping.bars(other).isEmpty()) {
							line.problem("other");
						}
						if (price == null) {
							line.problem("price");
						}
					}
					case "SUBSTITUTION" -> {
						line.codes("other", List.of(other), knownCode);
						if (keyword.isEmpty()) {
							line.problem("keyword");
						}
						if (price == null) {
							line.problem("price");
						}
					}
					default -> {
					}
				}
				entries
					.add(new KnowledgeEntry(row.line(), type, code, sex.isEmpty() ? null : sex, line.integer("min_age"),
							line.integer("max_age"), line.flag("child_only"), minLevel, scenes, indications, requires,
							line.integer("max_days"), line.decimal("max_per_day"), line.integer("course_days"),
							line.decimal("price_cap"), other, keyword, price, departments, line.decimal("max_amount")));
			}
		}
		catch (IllegalArgumentException ex) {
			problems.add("0: " + ex.getMessage());
		}
		catch (UncheckedIOException ex) {
			problems.add("0: " + ex.getCause().getMessage());
		}
		if (entries.isEmpty() && problems.isEmpty()) {
			problems.add("0: empty");
		}
		return new Result(entries, problems);
	}

	/** One row's fields, adding a problem for each bad one. */
	private record Line(CsvRow row, List<String> problems) {

		String text(String column) {
			String value = row.header().containsKey(column) ? row.get(column) : null;
			return value == null ? "" : value.strip();
		}

		void problem(String column) {
			problems.add(row.line() + ": " + column + "=" + text(column));
		}

		Integer integer(String column) {
			String v = text(column);
			if (v.isEmpty()) {
				return null;
			}
			try {
				int n = Integer.parseInt(v);
				if (n >= 0) {
					return n;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			problem(column);
			return null;
		}

		BigDecimal decimal(String column) {
			String v = text(column);
			if (v.isEmpty()) {
				return null;
			}
			try {
				BigDecimal d = new BigDecimal(v);
				if (d.signum() >= 0 && d.scale() <= 6 && d.precision() - d.scale() <= 10) {
					return d;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			problem(column);
			return null;
		}

		boolean flag(String column) {
			String v = text(column);
			if (v.isEmpty() || v.equals("0") || v.equalsIgnoreCase("false")) {
				return false;
			}
			if (v.equals("1") || v.equalsIgnoreCase("true")) {
				return true;
			}
			problem(column);
			return false;
		}

		void codes(String column, List<String> codes, Predicate<String> known) {
			for (String code : codes) {
				if (!known.test(code)) {
					problem(column);
					return;
				}
			}
		}

	}

}
