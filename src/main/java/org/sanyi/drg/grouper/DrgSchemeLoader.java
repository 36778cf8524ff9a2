package org.sanyi.drg.grouper;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports a grouping scheme held as data: {@code scheme.json} (MDC order and entry rules,
 * ADRG match rules, DRG splits, QY checkpoints) plus CSV tables (code lists, CC/MCC and
 * exclusion tables, valid operations, DRG names, optional code dictionaries). The layout
 * is described in {@code shared/drg/chs-drg-1.1/README.md}.
 *
 * <p>
 * Loading validates everything and compiles the lists into hash indexes; a problem raises
 * a {@link DrgSchemeException} naming the file and line. This is the only class of the
 * engine that does I/O.
 */
public final class DrgSchemeLoader {

	private DrgSchemeLoader() {
	}

	/** Loads the scheme stored in a directory. */
	public static DrgScheme load(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			throw new DrgSchemeException(directory.toString(), 0, "not a scheme directory");
		}
		return load(DrgSchemeSource.directory(directory));
	}

	/**
	 * Loads a scheme from any source of its files (directory, database export, test
	 * fixtures).
	 */
	public static DrgScheme load(DrgSchemeSource source) throws IOException {
		SchemeDefinition definition;
		try (Reader reader = source.open(SchemeDefinition.FILE)
			.orElseThrow(() -> new DrgSchemeException(SchemeDefinition.FILE, 0, "required file is missing"))) {
			definition = SchemeDefinition.parse(readAll(reader));
		}
		return SchemeCompiler.compile(definition, SchemeTables.read(source, definition));
	}

	private static String readAll(Reader reader) throws IOException {
		StringWriter text = new StringWriter(1 << 16);
		reader.transferTo(text);
		return text.toString();
	}

}
