package org.sanyi.terminology.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.sanyi.terminology.TerminologyErrors;

/**
 * The concept file of a classification or dictionary: {@code code,name} and optionally
 * {@code parent}, {@code effective_from}, {@code effective_to}. Codes are unique in the
 * file; a parent must be a code of the same file and parents may not form a cycle. ICD
 * codes keep their case ({@code I10.x00}) and may carry the dagger/asterisk marks
 * ({@code +}, {@code *}) of the 医保版 files.
 */
final class ConceptCsv {

	static final List<String> REQUIRED = List.of("code", "name");

	static final List<String> OPTIONAL = List.of("parent", "effective_from", "effective_to");

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+*_/-]*");

	static final int CODE_MAX = 40;

	static final int NAME_MAX = 300;

	private ConceptCsv() {
	}

	/**
	 * The valid rows; any finding is in {@code errors} (then the rows must not be
	 * written).
	 */
	static List<ConceptRow> parse(byte[] content, ImportErrors errors) {
		List<ConceptRow> rows = new ArrayList<>();
		Map<String, Integer> firstLine = new HashMap<>();
		ImportCsv.read(content, REQUIRED, OPTIONAL, errors, f -> {
			String code = code(f, "code", f.required("code", CODE_MAX));
			String name = f.required("name", NAME_MAX);
			String parent = code(f, "parent", f.optional("parent", CODE_MAX));
			var from = f.date("effective_from");
			var to = f.date("effective_to");
			f.dateOrder(from, to);
			if (code != null) {
				Integer first = firstLine.putIfAbsent(code, f.line());
				if (first != null) {
					f.error("code", TerminologyErrors.DUPLICATE_CODE, code, String.valueOf(first));
				}
			}
			if (f.ok()) {
				rows.add(new ConceptRow(f.line(), code, name, parent, pinyin(name), from, to));
			}
		});
		checkParents(rows, firstLine.keySet(), errors);
		return rows;
	}

	private static String code(ImportCsv.Fields f, String column, String value) {
		if (value != null && !CODE.matcher(value).matches()) {
			f.error(column, TerminologyErrors.BAD_CODE, value);
			return null;
		}
		return value;
	}

	static String pinyin(String name) {
		String initials = PinyinInitials.of(name);
		return initials.length() > NAME_MAX ? initials.substring(0, NAME_MAX) : initials;
	}

	/**
	 * Every parent is a code of the file ({@code allCodes}: also the codes of lines with
	 * other errors, so those are not reported twice) and, when the file is otherwise
	 * clean, following parents never comes back to where it started.
	 */
	static void checkParents(List<ConceptRow> rows, java.util.Set<String> allCodes, ImportErrors errors) {
		for (ConceptRow r : rows) {
			if (r.parentCode() != null && !allCodes.contains(r.parentCode())) {
				errors.add(r.line(), "parent", TerminologyErrors.UNKNOWN_PARENT, r.parentCode());
			}
		}
		if (!errors.isEmpty()) {
			return;
		}
		Map<String, ConceptRow> byCode = new HashMap<>(rows.size() * 2);
		rows.forEach(r -> byCode.put(r.code(), r));
		// 0 = unvisited, 1 = on the current path, 2 = known to reach a root
		Map<String, Integer> state = new HashMap<>(rows.size() * 2);
		for (ConceptRow start : rows) {
			List<String> path = new ArrayList<>();
			String code = start.code();
			while (code != null && state.getOrDefault(code, 0) == 0) {
				state.put(code, 1);
				path.add(code);
				code = byCode.get(code).parentCode();
			}
			if (code != null && state.get(code) == 1) {
				ConceptRow looped = byCode.get(code);
				errors.add(looped.line(), "parent", TerminologyErrors.PARENT_CYCLE, looped.parentCode(), code);
			}
			path.forEach(c -> state.put(c, 2));
		}
	}

}
