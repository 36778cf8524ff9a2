package org.sanyi.drg.grouper;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The hand-written test scheme under {@code src/test/resources/drg/mini-scheme}, with
 * single files replaced by broken variants for validation tests.
 */
final class MiniScheme {

	static final List<String> FILES = List.of("scheme.json", "mdc_diagnoses.csv", "adrg_diagnoses.csv",
			"adrg_procedures.csv", "or_procedures.csv", "mcc.csv", "cc.csv", "pdx_exclusion.csv", "drg_groups.csv",
			"icd10_names.csv");

	private MiniScheme() {
	}

	static String resource(String path) {
		try (InputStream in = MiniScheme.class.getResourceAsStream("/drg/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("no test resource drg/" + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The mini scheme with some files replaced by the given texts (a {@code null} text
	 * removes the file).
	 */
	static DrgSchemeSource with(Map<String, String> replacements) {
		Map<String, String> texts = new HashMap<>();
		FILES.forEach(f -> texts.put(f, resource("mini-scheme/" + f)));
		texts.putAll(replacements);
		Map<String, Supplier<Reader>> files = new HashMap<>();
		texts.forEach((name, text) -> {
			if (text != null) {
				files.put(name, () -> new StringReader(text));
			}
		});
		return DrgSchemeSource.of(files);
	}

	static DrgScheme load() {
		return load(Map.of());
	}

	static DrgScheme load(Map<String, String> replacements) {
		try {
			return DrgSchemeLoader.load(with(replacements));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The mini scheme.json with one piece of text replaced. */
	static Map<String, String> schemeJsonWith(String text, String replacement) {
		String json = resource("mini-scheme/scheme.json");
		if (!json.contains(text)) {
			throw new IllegalArgumentException("mini scheme.json has no \"" + text + "\"");
		}
		return Map.of("scheme.json", json.replace(text, replacement));
	}

}
