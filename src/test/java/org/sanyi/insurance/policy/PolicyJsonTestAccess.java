package org.sanyi.insurance.policy;

import java.io.InputStream;

import org.sanyi.insurance.support.Json;

import tools.jackson.databind.JsonNode;

/** The parameters JSON of a demo policy version, for tests outside this package. */
public final class PolicyJsonTestAccess {

	private PolicyJsonTestAccess() {
	}

	public static String demoParameters(String code) throws Exception {
		try (InputStream in = PolicyJsonTestAccess.class.getResourceAsStream("/demo/insurance-policies.json")) {
			for (JsonNode v : Json.MAPPER.readTree(in).values()) {
				if (v.get("code").asString().equals(code)) {
					return Json.write(v.get("parameters"));
				}
			}
		}
		throw new IllegalArgumentException(code);
	}

}
