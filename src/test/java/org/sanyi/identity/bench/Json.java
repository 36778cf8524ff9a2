package org.sanyi.identity.bench;

import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for the results file (maps, lists, strings, numbers, booleans),
 * pretty-printed.
 */
final class Json {

	private Json() {
	}

	static String write(Object value) {
		var out = new StringBuilder();
		write(value, out, "");
		return out.append('\n').toString();
	}

	private static void write(Object value, StringBuilder out, String indent) {
		switch (value) {
			case null -> out.append("null");
			case Map<?, ?> map -> {
				if (map.isEmpty()) {
					out.append("{}");
					return;
				}
				out.append("{\n");
				String inner = indent + "  ";
				int i = 0;
				for (var e : map.entrySet()) {
					out.append(inner).append(quote(e.getKey().toString())).append(": ");
					write(e.getValue(), out, inner);
					out.append(++i < map.size() ? ",\n" : "\n");
				}
				out.append(indent).append('}');
			}
			case List<?> list -> {
				boolean flat = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
				out.append('[');
				for (int i = 0; i < list.size(); i++) {
					if (!flat) {
						out.append('\n').append(indent).append("  ");
					}
					write(list.get(i), out, indent + "  ");
					if (i < list.size() - 1) {
						out.append(flat ? ", " : ",");
					}
				}
				out.append(flat || list.isEmpty() ? "]" : "\n" + indent + "]");
			}
			case Double d -> out.append(d.isNaN() || d.isInfinite() ? "null" : trim(d));
			case Float f -> out.append(trim(f.doubleValue()));
			case Number n -> out.append(n);
			case Boolean b -> out.append(b);
			default -> out.append(quote(value.toString()));
		}
	}

	private static String trim(double d) {
		if (d == Math.rint(d) && Math.abs(d) < 1e15) {
			return Long.toString((long) d);
		}
		return Double.toString(d);
	}

	private static String quote(String s) {
		var out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}

}
