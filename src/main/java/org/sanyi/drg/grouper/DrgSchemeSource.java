package org.sanyi.drg.grouper;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the files of a scheme come from, by file name ({@code scheme.json},
 * {@code mdc_diagnoses.csv}…). A directory is the usual source; a database-backed import
 * can render its rows in the same CSV layout and hand them over as readers.
 */
@FunctionalInterface
public interface DrgSchemeSource {

	/**
	 * Opens one file of the scheme; the caller closes the reader.
	 * @return empty when the source has no such file (optional files such as the name
	 * dictionaries)
	 */
	Optional<Reader> open(String fileName) throws IOException;

	/** Files of a scheme directory, read as UTF-8. */
	static DrgSchemeSource directory(Path dir) {
		return name -> {
			Path file = dir.resolve(name);
			return Files.isRegularFile(file) ? Optional.of(Files.newBufferedReader(file, StandardCharsets.UTF_8))
					: Optional.empty();
		};
	}

	/** In-memory source, e.g. for rows coming from a database or tests. */
	static DrgSchemeSource of(Map<String, Supplier<Reader>> files) {
		Map<String, Supplier<Reader>> copy = Map.copyOf(files);
		return name -> Optional.ofNullable(copy.get(name)).map(Supplier::get);
	}

}
