package org.sanyi.drg.scheme;

import java.util.stream.Collectors;

import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgSchemeImportRequest;
import org.sanyi.drg.grouper.DrgScheme;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * What an import records about a scheme besides its files: the code (scheme.json
 * {@code scheme}), version and name (from the request, else from scheme.json's optional
 * {@code version} and {@code name}), and its provenance ({@code source}: repository,
 * commit, licence…).
 */
@Component
class SchemeMetadata {

	private static final String SAFE = "[A-Za-z0-9_.-]{1,40}";

	record Described(String code, String version, String name, String source) {

	}

	Described describe(String schemeJson, DrgScheme scheme, DrgSchemeImportRequest request) {
		JsonNode root = JsonMapper.shared().readTree(schemeJson);
		String code = scheme.name();
		if (!code.matches("[A-Za-z0-9_.-]{1,60}")) {
			throw new BusinessException(DrgErrors.SCHEME_INVALID_FILE, SchemeFileSet.SCHEME_JSON,
					"$.scheme: use letters, digits, '_', '.' or '-' (found \"" + code + "\")");
		}
		String version = firstNonBlank(request.version(), root.path("version").asString(""));
		if (version.isEmpty() || !version.matches(SAFE)) {
			throw new BusinessException(SharedErrors.INVALID_FIELD, "version", version.isEmpty() ? "—" : version);
		}
		String name = firstNonBlank(request.name(), root.path("name").asString(""));
		if (name.isEmpty()) {
			name = code + " " + version;
		}
		return new Described(code, version, cut(name, 200), cut(source(root.path("source")), 1000));
	}

	/** The provenance entries in the order scheme.json writes them. */
	private static String source(JsonNode source) {
		return source.properties()
			.stream()
			.map(e -> e.getKey() + ": " + e.getValue().asString(""))
			.collect(Collectors.joining("; "));
	}

	private static String firstNonBlank(String a, String b) {
		return a != null && !a.isBlank() ? a.strip() : b == null ? "" : b.strip();
	}

	private static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

}
