package org.sanyi.drg.grouper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal JSON parser for {@code scheme.json}: objects become {@code Map<String,Object>}
 * (insertion ordered), arrays {@code List<Object>}, numbers {@code Long} or
 * {@code Double}, plus {@code String}, {@code Boolean} and {@code null}.
 *
 * <p>
 * Why not Jackson: the engine is meant to stay dependency-free so that it runs from
 * {@code target/classes} alone (the batch script) and can be embedded anywhere;
 * scheme.json is small and read once per load, so two hundred lines of recursive descent
 * are cheaper than a dependency (and its 2-vs-3 version question).
 */
final class JsonReader {

	private final String text;

	private final String file;

	private int pos;

	private JsonReader(String text, String file) {
		this.text = text;
		this.file = file;
	}

	/** Parses a whole document; trailing non-whitespace is an error. */
	static Object parse(String text, String file) {
		JsonReader reader = new JsonReader(text, file);
		reader.skipWhitespace();
		if (reader.pos < text.length() && text.charAt(reader.pos) == '\uFEFF') {
			reader.pos++;
		}
		Object value = reader.value();
		reader.skipWhitespace();
		if (reader.pos != text.length()) {
			throw reader.error("unexpected text after the JSON document");
		}
		return value;
	}

	private Object value() {
		skipWhitespace();
		if (pos >= text.length()) {
			throw error("unexpected end of input");
		}
		char c = text.charAt(pos);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> {
				if (c == '-' || (c >= '0' && c <= '9')) {
					yield number();
				}
				throw error("unexpected character '" + c + "'");
			}
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		pos++;
		skipWhitespace();
		if (peek() == '}') {
			pos++;
			return Collections.unmodifiableMap(map);
		}
		while (true) {
			skipWhitespace();
			if (peek() != '"') {
				throw error("expected a quoted member name");
			}
			String key = string();
			skipWhitespace();
			expect(':');
			if (map.put(key, value()) != null) {
				throw error("duplicate member \"" + key + "\"");
			}
			skipWhitespace();
			char c = next();
			if (c == '}') {
				return Collections.unmodifiableMap(map);
			}
			if (c != ',') {
				pos--;
				throw error("expected ',' or '}'");
			}
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		pos++;
		skipWhitespace();
		if (peek() == ']') {
			pos++;
			return Collections.unmodifiableList(list);
		}
		while (true) {
			list.add(value());
			skipWhitespace();
			char c = next();
			if (c == ']') {
				return Collections.unmodifiableList(list);
			}
			if (c != ',') {
				pos--;
				throw error("expected ',' or ']'");
			}
		}
	}

	private String string() {
		pos++; // opening quote
		StringBuilder sb = new StringBuilder();
		while (true) {
			char c = next();
			if (c == '"') {
				return sb.toString();
			}
			if (c == '\\') {
				char e = next();
				switch (e) {
					case '"', '\\', '/' -> sb.append(e);
					case 'b' -> sb.append('\b');
					case 'f' -> sb.append('\f');
					case 'n' -> sb.append('\n');
					case 'r' -> sb.append('\r');
					case 't' -> sb.append('\t');
					case 'u' -> {
						if (pos + 4 > text.length()) {
							throw error("truncated \\u escape");
						}
						try {
							sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
						}
						catch (NumberFormatException ex) {
							throw error("bad \\u escape");
						}
						pos += 4;
					}
					default -> throw error("bad escape '\\" + e + "'");
				}
			}
			else if (c < 0x20) {
				throw error("control character inside a string");
			}
			else {
				sb.append(c);
			}
		}
	}

	private Object number() {
		int start = pos;
		if (peek() == '-') {
			pos++;
		}
		boolean integral = true;
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c >= '0' && c <= '9') {
				pos++;
			}
			else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
				integral = false;
				pos++;
			}
			else {
				break;
			}
		}
		String s = text.substring(start, pos);
		try {
			return integral ? (Object) Long.parseLong(s) : (Object) Double.parseDouble(s);
		}
		catch (NumberFormatException ex) {
			pos = start;
			throw error("malformed number '" + s + "'");
		}
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, pos)) {
			throw error("unexpected token");
		}
		pos += word.length();
		return value;
	}

	private void expect(char c) {
		if (next() != c) {
			pos--;
			throw error("expected '" + c + "'");
		}
	}

	private char next() {
		if (pos >= text.length()) {
			throw error("unexpected end of input");
		}
		return text.charAt(pos++);
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private void skipWhitespace() {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
				return;
			}
			pos++;
		}
	}

	private DrgSchemeException error(String message) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < Math.min(pos, text.length()); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				column = 1;
			}
			else {
				column++;
			}
		}
		return new DrgSchemeException(file, line, message + " (column " + column + ")");
	}

}
