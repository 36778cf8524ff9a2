package org.sanyi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the project's shared reference folder (it is not part of the repository): the
 * first existing of the system property or environment variable {@code SANYI_SHARED},
 * {@code ../shared} relative to the working directory, and {@code /work/shared}. Tests
 * read reference files from there; nothing is copied into the repository.
 */
public final class SharedFolder {

	private SharedFolder() {
	}

	public static Path root() {
		List<String> candidates = new ArrayList<>();
		if (System.getProperty("SANYI_SHARED") != null) {
			candidates.add(System.getProperty("SANYI_SHARED"));
		}
		if (System.getenv("SANYI_SHARED") != null) {
			candidates.add(System.getenv("SANYI_SHARED"));
		}
		candidates.add("../shared");
		candidates.add("/work/shared");
		return candidates.stream()
			.map(Path::of)
			.filter(Files::isDirectory)
			.findFirst()
			.map(Path::toAbsolutePath)
			.orElseThrow(() -> new IllegalStateException(
					"shared folder not found; tried " + candidates + " (set SANYI_SHARED)"));
	}

	/** A file of the CHS-DRG 1.1 data set, e.g. {@code icd10_names.csv}. */
	public static Path chsDrg(String file) {
		Path path = root().resolve("drg/chs-drg-1.1").resolve(file);
		if (!Files.isRegularFile(path)) {
			throw new IllegalStateException("missing shared file " + path);
		}
		return path;
	}

}
