package org.sanyi.insurance.gateway;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import tools.jackson.databind.JsonNode;

/**
 * A node of a national-interface message, read with the interface's rules: required
 * fields present and not blank, lengths within the spec, numbers with at most their
 * decimals, dates as {@code yyyy-MM-dd}, times as {@code yyyy-MM-dd HH:mm:ss}, codes from
 * their table. Every error names the field by its path ({@code input.data.psn_no}). Text
 * fields may be sent as JSON numbers; numbers as strings.
 */
final class HsaInput {

	/**
	 * Strict: 2026-02-30 is refused instead of being moved to the 28th (the default
	 * resolver's choice).
	 */
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withResolverStyle(ResolverStyle.STRICT);

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern REGION = Pattern.compile("[0-9]{6}");

	private final JsonNode node;

	private final String path;

	private HsaInput(JsonNode node, String path) {
		this.node = node;
		this.path = path;
	}

	static HsaInput of(JsonNode node, String path) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			throw new BusinessException(InsuranceErrors.MISSING_FIELD, path);
		}
		if (!node.isObject()) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path, HsaText.echo(node), "应为 JSON 对象");
		}
		return new HsaInput(node, path);
	}

	String path() {
		return path;
	}

	/** The object as received, for transactions that other modules own. */
	JsonNode json() {
		return node;
	}

	/** A required child object. */
	HsaInput node(String name) {
		return of(node.get(name), path + "." + name);
	}

	boolean has(String name) {
		JsonNode child = node.get(name);
		return child != null && !child.isNull() && !(child.isString() && child.asString().isBlank());
	}

	/** A required array of objects (a single object is taken as an array of one). */
	List<HsaInput> array(String name) {
		JsonNode child = node.get(name);
		String at = path + "." + name;
		if (child == null || child.isNull() || child.isMissingNode()) {
			throw new BusinessException(InsuranceErrors.MISSING_FIELD, at);
		}
		List<HsaInput> items = new ArrayList<>();
		if (child.isObject()) {
			items.add(new HsaInput(child, at + "[0]"));
			return items;
		}
		if (!child.isArray()) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, at, HsaText.echo(child), "应为数组");
		}
		int i = 0;
		for (JsonNode item : child.values()) {
			items.add(of(item, at + "[" + i++ + "]"));
		}
		return items;
	}

	/** An optional array (empty when absent). */
	List<HsaInput> optionalArray(String name) {
		return node.get(name) == null || node.get(name).isNull() ? List.of() : array(name);
	}

	String text(String name, int max) {
		String value = optionalText(name, max);
		if (value == null) {
			throw new BusinessException(InsuranceErrors.MISSING_FIELD, path + "." + name);
		}
		return value;
	}

	String optionalText(String name, int max) {
		JsonNode child = node.get(name);
		if (child == null || child.isNull()) {
			return null;
		}
		if (!child.isString() && !child.isNumber() && !child.isBoolean()) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path + "." + name, HsaText.echo(child), "应为字符串");
		}
		if (child.isNumber() && plainLength(child.decimalValue()) > max) {
			// a number's plain text is only written out once it is known to fit:
			// 1E+1000000 would be a million digits
			throw new BusinessException(InsuranceErrors.FIELD_TOO_LONG, path + "." + name, String.valueOf(max));
		}
		String value = child.isNumber() ? child.decimalValue().toPlainString() : child.asString().trim();
		if (value.isEmpty()) {
			return null;
		}
		if (value.length() > max) {
			throw new BusinessException(InsuranceErrors.FIELD_TOO_LONG, path + "." + name, String.valueOf(max));
		}
		if (!HsaText.clean(value)) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path + "." + name, HsaText.echo(value),
					"含有 NUL 等控制字符或无效的 Unicode 字符（孤立的代理项）");
		}
		return value;
	}

	/** The length of a number's plain text, computed without writing it out. */
	private static long plainLength(BigDecimal v) {
		long digits = v.scale() <= 0 ? (long) v.precision() - v.scale()
				: Math.max(v.precision(), (long) v.scale() + 1) + 1;
		return digits + (v.signum() < 0 ? 1 : 0);
	}

	/**
	 * A value of a national code pattern ({@code diag_code}, {@code dise_codg}...);
	 * {@code what} says which.
	 */
	String pattern(String name, int max, Pattern pattern, String what, boolean required) {
		String value = required ? text(name, max) : optionalText(name, max);
		if (value != null && !pattern.matcher(value).matches()) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path + "." + name, HsaText.echo(value), what);
		}
		return value;
	}

	/** A required code from a table. */
	String code(String name, Set<String> allowed) {
		String value = text(name, 10);
		return checkCode(name, value, allowed);
	}

	String optionalCode(String name, Set<String> allowed) {
		String value = optionalText(name, 10);
		return value == null ? null : checkCode(name, value, allowed);
	}

	private String checkCode(String name, String value, Set<String> allowed) {
		if (!allowed.contains(value)) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path + "." + name, value,
					"应为 " + String.join("/", allowed.stream().sorted().toList()));
		}
		return value;
	}

	/** A region code of 6 digits. */
	String region(String name, boolean required) {
		String value = required ? text(name, 6) : optionalText(name, 6);
		if (value != null && !REGION.matcher(value).matches()) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path + "." + name, value, "应为 6 位医保区划代码");
		}
		return value;
	}

	BigDecimal decimal(String name, int scale) {
		BigDecimal value = optionalDecimal(name, scale);
		if (value == null) {
			throw new BusinessException(InsuranceErrors.MISSING_FIELD, path + "." + name);
		}
		return value;
	}

	/**
	 * A number with at most {@code scale} decimals and 16 digits in all (the interface's
	 * numeric(16, scale)), as a JSON number or a string. The bounds are checked with the
	 * number's digits and exponent, never by writing it out, and the error echoes what
	 * was sent, cut short.
	 */
	BigDecimal optionalDecimal(String name, int scale) {
		JsonNode child = node.get(name);
		if (child == null || child.isNull() || (child.isString() && child.asString().isBlank())) {
			return null;
		}
		if (!child.isNumber() && !child.isString()) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path + "." + name, HsaText.echo(child), "应为数字");
		}
		BigDecimal value;
		try {
			String text = child.isString() ? child.asString().trim() : null;
			if (text != null && text.length() > 40) {
				throw new NumberFormatException();
			}
			value = text == null ? child.decimalValue() : new BigDecimal(text);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path + "." + name, HsaText.echo(child), "应为数字");
		}
		BigDecimal stripped = value.stripTrailingZeros();
		long integerDigits = (long) stripped.precision() - stripped.scale();
		if (stripped.scale() > scale || integerDigits > 16 - scale) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path + "." + name, HsaText.echo(child),
					"最多 " + scale + " 位小数、" + (16 - scale) + " 位整数");
		}
		// as sent, except trailing zeros beyond the field's decimals (-0E-2147483647 is
		// 0.00) and a negative scale
		return value.scale() > scale ? value.setScale(scale) : value.scale() < 0 ? value.setScale(0) : value;
	}

	/** A whole number from 0 to {@code max} (a count), as a JSON number or a string. */
	int count(String name, int max) {
		Integer value = optionalWhole(name, 0, max);
		if (value == null) {
			throw new BusinessException(InsuranceErrors.MISSING_FIELD, path + "." + name);
		}
		return value;
	}

	/**
	 * A whole number from {@code min} to {@code max} when sent, as a JSON number or a
	 * string; {@code null} when not.
	 */
	Integer optionalWhole(String name, int min, int max) {
		BigDecimal value = optionalDecimal(name, 0);
		if (value == null) {
			return null;
		}
		if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path + "." + name, value.toPlainString(),
					"应为 " + min + " 至 " + max + " 的整数");
		}
		return value.intValue();
	}

	LocalDateTime time(String name) {
		LocalDateTime value = optionalTime(name);
		if (value == null) {
			throw new BusinessException(InsuranceErrors.MISSING_FIELD, path + "." + name);
		}
		return value;
	}

	/**
	 * {@code yyyy-MM-dd HH:mm:ss}; a bare date is the start of that day. Impossible dates
	 * are refused, not moved.
	 */
	LocalDateTime optionalTime(String name) {
		String value = optionalText(name, 19);
		if (value == null) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value, DATE).atStartOfDay()
					: LocalDateTime.parse(value, TIME);
		}
		catch (DateTimeParseException ex) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path + "." + name, value,
					"应为 yyyy-MM-dd HH:mm:ss 格式的真实日期时间");
		}
	}

	/**
	 * {@code yyyy-MM-dd} (a time after it, {@code yyyy-MM-dd HH:mm:ss}, is accepted and
	 * dropped).
	 */
	LocalDate date(String name) {
		String value = text(name, 19);
		try {
			return value.length() == 10 ? LocalDate.parse(value, DATE) : LocalDateTime.parse(value, TIME).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path + "." + name, value,
					"应为 yyyy-MM-dd 格式的真实日期");
		}
	}

	/** A 0/1 flag; {@code fallback} when absent. */
	boolean flag(String name, boolean fallback) {
		String value = optionalCode(name, Set.of("0", "1"));
		return value == null ? fallback : value.equals("1");
	}

}
