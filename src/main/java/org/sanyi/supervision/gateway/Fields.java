package org.sanyi.supervision.gateway;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.shared.BusinessException;
import org.sanyi.supervision.SupervisionErrors;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object of a 3101/3102 input with its path, so that a refusal names the exact
 * field ({@code data.patient_dtos[0].fsi_encounter_dtos[0].fsi_order_dtos[2].cnt}).
 */
record Fields(JsonNode node, String path) {

	static Fields of(JsonNode node, String path) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			throw invalid(path, "");
		}
		if (!node.isObject()) {
			throw invalid(path, node.toString());
		}
		return new Fields(node, path);
	}

	Fields object(String name) {
		return of(node.get(name), at(name));
	}

	/** A non-empty array of objects. */
	List<Fields> array(String name) {
		List<Fields> items = optionalArray(name);
		if (items.isEmpty()) {
			throw invalid(at(name), "[]");
		}
		return items;
	}

	List<Fields> optionalArray(String name) {
		JsonNode a = node.get(name);
		if (a == null || a.isNull()) {
			return List.of();
		}
		if (!a.isArray()) {
			throw invalid(at(name), a.toString());
		}
		List<Fields> items = new ArrayList<>();
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
		if (!v.isValueNode() || v.asString().length() > max) {
			throw invalid(at(name), shorten(v.toString()));
		}
		return v.asString().strip();
	}

	BigDecimal decimal(String name) {
		String v = text(name, 30);
		try {
			BigDecimal d = new BigDecimal(v);
			if (d.signum() < 0 || d.precision() - d.scale() > 12) {
				throw invalid(at(name), v);
			}
			return d;
		}
		catch (NumberFormatException ex) {
			throw invalid(at(name), v);
		}
	}

	/** A date {@code yyyy-MM-dd}, or a date-time whose first ten characters are one. */
	LocalDate date(String name) {
		LocalDate d = optionalDate(name);
		if (d == null) {
			throw invalid(at(name), "");
		}
		return d;
	}

	LocalDate optionalDate(String name) {
		String v = optionalText(name, 30);
		if (v.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
		}
		catch (DateTimeParseException ex) {
			throw invalid(at(name), v);
		}
	}

	String at(String name) {
		return path + "." + name;
	}

	static BusinessException invalid(String path, String value) {
		return new BusinessException(SupervisionErrors.INVALID_FIELD, path, value);
	}

	private static String shorten(String s) {
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}

}
