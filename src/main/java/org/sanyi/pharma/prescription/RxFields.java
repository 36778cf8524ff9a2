package org.sanyi.pharma.prescription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.shared.BusinessException;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object of a 7101–7206 input with its path, so that a refusal names the exact
 * field ({@code rxdetail[1].prd_days}): PH-0002.
 */
record RxFields(JsonNode node, String path) {

	static RxFields of(JsonNode node, String path) {
		if (node == null || node.isMissingNode() || node.isNull() || !node.isObject()) {
			throw invalid(path, node == null || node.isMissingNode() || node.isNull() ? "" : shorten(node.toString()));
		}
		return new RxFields(node, path);
	}

	/** The input's node {@code name} ({@code input.data}). */
	static RxFields input(JsonNode input, String name) {
		return root(input).object(name);
	}

	/** The input itself: its fields are named without a prefix. */
	static RxFields root(JsonNode input) {
		return of(input, "");
	}

	RxFields object(String name) {
		return of(node.get(name), at(name));
	}

	/** A non-empty array of objects. */
	List<RxFields> array(String name, int max) {
		JsonNode a = node.get(name);
		if (a == null || !a.isArray() || a.isEmpty() || a.size() > max) {
			throw invalid(at(name), a == null ? "" : shorten(a.toString()));
		}
		List<RxFields> items = new ArrayList<>();
		for (int i = 0; i < a.size(); i++) {
			items.add(of(a.get(i), at(name) + "[" + i + "]"));
		}
		return items;
	}

	String text(String name, int max) {
		String v = optionalText(name, max);
		if (v.isEmpty()) {
			throw invalid(at(name), "");
		}
		return v;
	}

	String optionalText(String name, int max) {
		JsonNode v = node.get(name);
		if (v == null || v.isNull()) {
			return "";
		}
		if (!v.isValueNode() || v.asString().strip().length() > max) {
			throw invalid(at(name), shorten(v.toString()));
		}
		return v.asString().strip();
	}

	String code(String name, Set<String> allowed) {
		String v = text(name, 10);
		if (!allowed.contains(v)) {
			throw invalid(at(name), v);
		}
		return v;
	}

	boolean flag(String name) {
		String v = optionalText(name, 1);
		if (!v.isEmpty() && !"0".equals(v) && !"1".equals(v)) {
			throw invalid(at(name), v);
		}
		return "1".equals(v);
	}

	int integer(String name, int min, int max) {
		String v = text(name, 6);
		try {
			int i = Integer.parseInt(v);
			if (i < min || i > max) {
				throw invalid(at(name), v);
			}
			return i;
		}
		catch (NumberFormatException ex) {
			throw invalid(at(name), v);
		}
	}

	int optionalInteger(String name, int min, int max, int absent) {
		return optionalText(name, 6).isEmpty() ? absent : integer(name, min, max);
	}

	/** A positive decimal with at most {@code scale} decimals. */
	BigDecimal positive(String name, int scale) {
		String v = text(name, 30);
		try {
			BigDecimal d = new BigDecimal(v);
			if (d.signum() <= 0 || d.stripTrailingZeros().scale() > scale || d.precision() - d.scale() > 12) {
				throw invalid(at(name), v);
			}
			return d;
		}
		catch (NumberFormatException ex) {
			throw invalid(at(name), v);
		}
	}

	LocalDate date(String name) {
		String v = text(name, 30);
		try {
			return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
		}
		catch (DateTimeParseException ex) {
			throw invalid(at(name), v);
		}
	}

	String at(String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	static BusinessException invalid(String path, String value) {
		return new BusinessException(PharmaErrors.INVALID_FIELD, path, value);
	}

	private static String shorten(String s) {
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}

}
