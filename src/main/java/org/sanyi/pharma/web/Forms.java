package org.sanyi.pharma.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.shared.BusinessException;

/** Reading form fields: a malformed number or date is PH-0002 naming the field. */
public final class Forms {

	private Forms() {
	}

	public static String text(Map<String, String> form, String name) {
		String v = form.get(name);
		return v == null || v.isBlank() ? null : v.strip();
	}

	public static BigDecimal decimal(Map<String, String> form, String name) {
		String v = text(form, name);
		try {
			return v == null ? null : new BigDecimal(v.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new BusinessException(PharmaErrors.INVALID_FIELD, name, v);
		}
	}

	public static long whole(Map<String, String> form, String name) {
		String v = text(form, name);
		if (v == null || !v.replace(",", "").matches("-?\\d{1,15}")) {
			throw new BusinessException(PharmaErrors.INVALID_FIELD, name, v == null ? "" : v);
		}
		return Long.parseLong(v.replace(",", ""));
	}

	public static LocalDate date(Map<String, String> form, String name) {
		String v = text(form, name);
		try {
			return v == null ? null : LocalDate.parse(v);
		}
		catch (DateTimeParseException ex) {
			throw new BusinessException(PharmaErrors.INVALID_FIELD, name, v);
		}
	}

	public static <E extends Enum<E>> E choice(Map<String, String> form, String name, Class<E> type) {
		String v = text(form, name);
		try {
			return v == null ? null : Enum.valueOf(type, v);
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessException(PharmaErrors.INVALID_FIELD, name, v);
		}
	}

}
