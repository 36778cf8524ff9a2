package org.sanyi.insurance.gateway;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import tools.jackson.databind.JsonNode;

/**
 * What the gateway accepts as text and numbers anywhere in a message, before any
 * transaction reads it: a body of UTF-8 (a UTF-16 body parses as JSON but carries NUL
 * bytes that no column can store), strings without control characters or lone surrogates
 * (PostgreSQL refuses NUL and the driver would store a lone surrogate as {@code ?}), and
 * numbers no larger than any field of the interface can hold (a ten-byte
 * {@code 1E+1000000} is a million digits when written out). Echoes of the sender's values
 * in error texts are cut short and cleaned.
 */
final class HsaText {

	/**
	 * Digits before or after the point that no national field comes near (amounts are
	 * numeric(16,2)).
	 */
	static final int MAX_NUMBER_DIGITS = 64;

	private static final int ECHO = 40;

	private HsaText() {
	}

	/**
	 * Refuses a body that is not UTF-8, or has a NUL byte (a UTF-16 body is valid UTF-8
	 * byte by byte).
	 */
	static void requireUtf8(byte[] body) {
		for (byte b : body) {
			if (b == 0) {
				throw new BusinessException(InsuranceErrors.MALFORMED_MESSAGE, "报文须为 UTF-8 编码（含有 NUL 字节，疑似 UTF-16）");
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body));
		}
		catch (CharacterCodingException ex) {
			throw new BusinessException(InsuranceErrors.MALFORMED_MESSAGE, "报文须为 UTF-8 编码（含有无效的 UTF-8 字节）");
		}
	}

	/**
	 * Checks every name and value of a parsed message: text without control characters
	 * (tab, line feed and carriage return allowed) and lone surrogates, numbers within
	 * {@link #MAX_NUMBER_DIGITS}. The error names the path.
	 */
	static void checkTree(JsonNode node, String path) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> e : node.properties()) {
				String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
				if (!clean(e.getKey())) {
					throw new BusinessException(InsuranceErrors.INVALID_FIELD, echo(at), echo(e.getKey()),
							"字段名含有控制字符或无效的 Unicode 字符");
				}
				checkTree(e.getValue(), at);
			}
		}
		else if (node.isArray()) {
			int i = 0;
			for (JsonNode item : node.values()) {
				checkTree(item, path + "[" + i++ + "]");
			}
		}
		else if (node.isString()) {
			if (!clean(node.asString())) {
				throw new BusinessException(InsuranceErrors.INVALID_FIELD, path, echo(node.asString()),
						"含有 NUL 等控制字符或无效的 Unicode 字符（孤立的代理项）");
			}
		}
		else if (node.isNumber() && !bounded(node.decimalValue())) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, path, echo(node), "数值超出接口允许的范围");
		}
	}

	/**
	 * No control character but tab, line feed and carriage return; every surrogate
	 * paired.
	 */
	static boolean clean(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a number has at most {@link #MAX_NUMBER_DIGITS} digits before and after the
	 * point (long arithmetic).
	 */
	static boolean bounded(BigDecimal value) {
		BigDecimal v = value.stripTrailingZeros();
		long integerDigits = (long) v.precision() - v.scale();
		return v.scale() <= MAX_NUMBER_DIGITS && integerDigits <= MAX_NUMBER_DIGITS;
	}

	/**
	 * A sender's value for an error text: at most 40 characters, control characters and
	 * lone surrogates replaced.
	 */
	static String echo(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(Math.min(s.length(), ECHO + 1));
		for (int i = 0; i < s.length() && out.length() < ECHO; i++) {
			char c = s.charAt(i);
			boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
					&& Character.isLowSurrogate(s.charAt(i + 1));
			if (paired) {
				out.append(c).append(s.charAt(++i));
			}
			else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c)) {
				out.append('\uFFFD');
			}
			else {
				out.append(c);
			}
		}
		return out.length() < s.length() && out.length() >= ECHO ? out + "…" : out.toString();
	}

	/** A node for an error text, without writing out a huge number or a whole object. */
	static String echo(JsonNode node) {
		if (node == null || node.isNull()) {
			return "null";
		}
		if (node.isNumber()) {
			// scientific notation for large exponents: 1E+1000000 stays ten characters
			return echo(node.decimalValue().toString());
		}
		if (node.isString()) {
			return echo(node.asString());
		}
		if (node.isObject()) {
			return "{…}";
		}
		if (node.isArray()) {
			return "[…]";
		}
		return echo(node.toString());
	}

}
