package org.sanyi.drg.settlementlist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.drg.settlementlist.SettlementListRejected.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * The typed fields of a settlement list as the national interface sends them (text, dates
 * {@code yyyy-MM-dd}, times {@code yyyy-MM-dd HH:mm:ss}, whole numbers, amounts with at
 * most two decimals), each problem collected with the path of its field. Pure.
 */
final class ListFields {

	private final SettlementListReader.Texts texts;

	private final List<FieldError> errors = new ArrayList<>();

	ListFields(SettlementListReader.Texts texts) {
		this.texts = texts;
	}

	/** The problems found so far, in the order found. */
	List<FieldError> errors() {
		return errors;
	}

	BigDecimal decimal(JsonNode node, String name, String field) {
		JsonNode v = node.get(name);
		if (v == null || v.isNull() || v.asString("").isBlank()) {
			return null;
		}
		try {
			String text = v.isNumber() ? null : v.asString().strip();
			if (text != null && text.length() > 40) {
				throw new NumberFormatException();
			}
			BigDecimal d = text == null ? v.decimalValue() : new BigDecimal(text);
			// numeric(16,2): bounded by digits and exponent, never by writing out
			// "1E+2147483647"
			if (d.scale() > 2 || d.signum() < 0 || (long) d.precision() - d.scale() > 14) {
				errors.add(new FieldError(field, msg("drg.list.error.amount")));
				return null;
			}
			return d;
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(field, msg("drg.list.error.amount")));
			return null;
		}
	}

	void same(String field, String given, String settled) {
		if (given != null && !given.equals(settled)) {
			errors.add(new FieldError(field, msg("drg.list.error.mismatch", given, settled)));
		}
	}

	String required(JsonNode node, String name) {
		String v = text(node, name);
		if (v.isEmpty()) {
			errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.required")));
			return null;
		}
		return v;
	}

	LocalDate date(JsonNode node, String name, boolean required) {
		String v = text(node, name);
		if (v.isEmpty()) {
			if (required) {
				errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.required")));
			}
			return null;
		}
		try {
			return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.date")));
			return null;
		}
	}

	LocalDateTime dateTime(JsonNode node, String name) {
		String v = text(node, name);
		if (v.isEmpty()) {
			errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.required")));
			return null;
		}
		try {
			return v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v.replace(' ', 'T'));
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.datetime")));
			return null;
		}
	}

	Integer number(JsonNode node, String name, boolean required) {
		String v = text(node, name);
		if (v.isEmpty()) {
			if (required) {
				errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.required")));
			}
			return null;
		}
		try {
			int n = new BigDecimal(v).intValueExact();
			if (n < 0) {
				throw new ArithmeticException();
			}
			return n;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			errors.add(new FieldError("setlinfo." + name, msg("drg.list.error.number")));
			return null;
		}
	}

	static String time(LocalDateTime t) {
		return t.toString().replace('T', ' ');
	}

	static String text(JsonNode node, String name) {
		JsonNode v = node == null ? null : node.get(name);
		return v == null || v.isNull() ? "" : v.asString("").strip();
	}

	String msg(String key, Object... args) {
		return texts.get(key, args);
	}

}
