package org.sanyi.monitoring.facts;

import java.util.Map;
import java.util.TreeMap;

/**
 * A fact's dimensions as the JSON object stored in {@code mon_fact.dims} (keys sorted,
 * strings escaped). Pure.
 */
final class DimensionsJson {

	private DimensionsJson() {
	}

	static String of(Map<String, String> dimensions) {
		StringBuilder json = new StringBuilder("{");
		for (Map.Entry<String, String> d : new TreeMap<>(dimensions).entrySet()) {
			if (json.length() > 1) {
				json.append(',');
			}
			quote(json, d.getKey());
			json.append(':');
			quote(json, d.getValue());
		}
		return json.append('}').toString();
	}

	private static void quote(StringBuilder json, String s) {
		json.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20) {
						json.append("\\u%04x".formatted((int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
