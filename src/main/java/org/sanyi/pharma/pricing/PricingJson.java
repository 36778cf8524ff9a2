package org.sanyi.pharma.pricing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.sanyi.pharma.engine.PriceReform;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jsonb of the pricing tables: decimals as {@link BigDecimal}, written plain.
 */
final class PricingJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private PricingJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	static Map<String, BigDecimal> decimals(String json) {
		return json == null || json.isBlank() ? new TreeMap<>()
				: MAPPER.readValue(json, new TypeReference<TreeMap<String, BigDecimal>>() {
				});
	}

	static PriceReform.Result result(String json) {
		return MAPPER.readValue(json, PriceReform.Result.class);
	}

}
