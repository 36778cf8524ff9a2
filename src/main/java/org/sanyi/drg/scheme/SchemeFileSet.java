package org.sanyi.drg.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.sanyi.drg.DrgErrors;
import org.sanyi.shared.BusinessException;

/**
 * The files of one scheme as UTF-8 text by file name, read from a zip upload, a server
 * directory or a map, with the files that are not part of a scheme set aside. Sizes are
 * bounded while reading, so a zip bomb stops at the limit instead of filling the heap.
 * Nothing here judges the content: that is the loader's job.
 */
record SchemeFileSet(Map<String, String> files, List<String> ignored) {

	static final String SCHEME_JSON = "scheme.json";

	/**
	 * The tables the engine reads (required ones first), in the layout of
	 * shared/drg/chs-drg-1.1.
	 */
	static final List<String> TABLES = List.of("mdc_diagnoses.csv", "adrg_diagnoses.csv", "adrg_procedures.csv",
			"or_procedures.csv", "mcc.csv", "cc.csv", "pdx_exclusion.csv", "drg_groups.csv", "adrg_groups.csv",
			"icd10_names.csv", "icd9_names.csv");

	/** Provenance kept with the scheme (licence, description), not read by the engine. */
	static final Set<String> DOCUMENTS = Set.of("README.md", "README.txt", "LICENSE", "LICENSE.txt", "NOTICE",
			"NOTICE.txt", "LICENSE-OpenDRG-Apache-2.0.txt");

	static final long MAX_FILE_BYTES = 32L << 20;

	static final long MAX_TOTAL_BYTES = 64L << 20;

	static final int MAX_ENTRIES = 2_000;

	SchemeFileSet {
		files = Map.copyOf(files);
		ignored = List.copyOf(ignored);
	}

	static boolean isSchemeFile(String name) {
		return SCHEME_JSON.equals(name) || TABLES.contains(name) || DOCUMENTS.contains(name);
	}

	/** The stored files in a stable order: scheme.json, the tables, the documents. */
	List<String> names() {
		List<String> names = new ArrayList<>();
		if (files.containsKey(SCHEME_JSON)) {
			names.add(SCHEME_JSON);
		}
		TABLES.stream().filter(files::containsKey).forEach(names::add);
		files.keySet().stream().filter(n -> !names.contains(n)).sorted().forEach(names::add);
		return names;
	}

	/**
	 * Reads a zip whose scheme files lie at the top level or inside one folder (the
	 * folder holding scheme.json); sub-folders such as {@code test_cases/} are ignored.
	 */
	static SchemeFileSet fromZip(InputStream zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		long total = 0;
		int count = 0;
		try (var in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (++count > MAX_ENTRIES) {
					throw new BusinessException(DrgErrors.ARCHIVE_UNREADABLE, "> " + MAX_ENTRIES + " entries");
				}
				if (entry.isDirectory()) {
					continue;
				}
				byte[] bytes = readBounded(in, entry.getName());
				total += bytes.length;
				if (total > MAX_TOTAL_BYTES) {
					throw new BusinessException(DrgErrors.SCHEME_TOO_LARGE, "zip", MAX_TOTAL_BYTES >> 20);
				}
				entries.put(entry.getName().replace('\\', '/'), bytes);
			}
		}
		catch (ZipException ex) {
			throw new BusinessException(DrgErrors.ARCHIVE_UNREADABLE, ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (entries.isEmpty()) {
			throw new BusinessException(DrgErrors.ARCHIVE_UNREADABLE, "no files");
		}
		String root = entries.keySet()
			.stream()
			.filter(n -> n.equals(SCHEME_JSON) || n.endsWith("/" + SCHEME_JSON))
			.filter(n -> !n.contains("__MACOSX"))
			.min((a, b) -> Integer.compare(a.length(), b.length()))
			.map(n -> n.substring(0, n.length() - SCHEME_JSON.length()))
			.orElse("");
		Map<String, byte[]> schemeFiles = new TreeMap<>();
		List<String> ignored = new ArrayList<>();
		entries.forEach((path, bytes) -> {
			String rest = path.startsWith(root) ? path.substring(root.length()) : null;
			if (rest != null && !rest.contains("/") && isSchemeFile(rest)) {
				schemeFiles.put(rest, bytes);
			}
			else {
				ignored.add(path);
			}
		});
		return decode(schemeFiles, ignored);
	}

	/**
	 * Reads the scheme files of a server directory; other files are listed as ignored.
	 */
	static SchemeFileSet fromDirectory(Path dir) {
		if (!Files.isRegularFile(dir.resolve(SCHEME_JSON))) {
			throw new BusinessException(DrgErrors.PATH_NOT_A_SCHEME, dir.toString());
		}
		Map<String, byte[]> schemeFiles = new TreeMap<>();
		List<String> ignored = new ArrayList<>();
		long total = 0;
		try (Stream<Path> listing = Files.list(dir)) {
			for (Path file : listing.sorted().toList()) {
				String name = file.getFileName().toString();
				if (!Files.isRegularFile(file) || !isSchemeFile(name)) {
					ignored.add(name + (Files.isDirectory(file) ? "/" : ""));
					continue;
				}
				if (Files.size(file) > MAX_FILE_BYTES) {
					throw new BusinessException(DrgErrors.SCHEME_TOO_LARGE, name, MAX_FILE_BYTES >> 20);
				}
				byte[] bytes = Files.readAllBytes(file);
				total += bytes.length;
				if (total > MAX_TOTAL_BYTES) {
					throw new BusinessException(DrgErrors.SCHEME_TOO_LARGE, dir.toString(), MAX_TOTAL_BYTES >> 20);
				}
				schemeFiles.put(name, bytes);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return decode(schemeFiles, ignored);
	}

	/**
	 * Files given as text (the demo scheme, tests); names outside the scheme layout are
	 * ignored.
	 */
	static SchemeFileSet fromText(Map<String, String> texts) {
		Map<String, String> files = new TreeMap<>();
		List<String> ignored = new ArrayList<>();
		texts.forEach((name, text) -> {
			if (isSchemeFile(name)) {
				files.put(name, withoutBom(text));
			}
			else {
				ignored.add(name);
			}
		});
		return new SchemeFileSet(files, ignored.stream().sorted().toList());
	}

	private static SchemeFileSet decode(Map<String, byte[]> raw, List<String> ignored) {
		Map<String, String> files = new TreeMap<>();
		raw.forEach((name, bytes) -> files.put(name, utf8(name, bytes)));
		return new SchemeFileSet(files, ignored.stream().sorted().toList());
	}

	private static byte[] readBounded(InputStream in, String name) throws IOException {
		byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
		if (bytes.length > MAX_FILE_BYTES) {
			throw new BusinessException(DrgErrors.SCHEME_TOO_LARGE, name, MAX_FILE_BYTES >> 20);
		}
		return bytes;
	}

	/**
	 * Strict UTF-8: a GBK export must fail here, naming the file, rather than import as
	 * mojibake.
	 */
	private static String utf8(String name, byte[] bytes) {
		try {
			return withoutBom(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException ex) {
			throw new BusinessException(DrgErrors.FILE_NOT_UTF8, name);
		}
	}

	private static String withoutBom(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
