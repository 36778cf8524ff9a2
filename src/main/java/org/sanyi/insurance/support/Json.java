package org.sanyi.insurance.support;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The insurance module's JSON: decimals read as {@link BigDecimal} (never through double)
 * and written plain ({@code 1200.50}, not {@code 1.2005E+3}), for the national interface
 * and the jsonb columns alike.
 */
public final class Json {

	public static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private static final TypeReference<TreeMap<String, BigDecimal>> DECIMAL_MAP = new TypeReference<>() {
	};

	private Json() {
	}

	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	public static Map<String, BigDecimal> decimalMap(String json) {
		return json == null || json.isBlank() ? new TreeMap<>() : MAPPER.readValue(json, DECIMAL_MAP);
	}

}
