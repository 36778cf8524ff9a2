package org.sanyi.drg.grouper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.SharedFolder;

/**
 * The CHS-DRG 1.1 files of the shared reference folder (found by {@link SharedFolder},
 * never copied into the repository). The scheme is loaded once per test JVM.
 */
public final class SharedDrgData {

	private static DrgScheme scheme;

	private SharedDrgData() {
	}

	public static Path sharedDir() {
		return SharedFolder.root();
	}

	public static Path schemeDir() {
		return sharedDir().resolve("drg/chs-drg-1.1");
	}

	public static Path testCases(String file) {
		return schemeDir().resolve("test_cases").resolve(file);
	}

	static synchronized DrgScheme scheme() {
		if (scheme == null) {
			try {
				scheme = DrgSchemeLoader.load(schemeDir());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return scheme;
	}

	/** A test case with its expectation, read with the batch tool's own row parser. */
	record Case(String id, DrgRecord record, String status, String mdc, String adrg, String drg) {
	}

	static List<Case> cases(String file) {
		try (CsvReader csv = new CsvReader(Files.newBufferedReader(testCases(file)))) {
			String[] header = csv.next();
			CaseCsv parser = new CaseCsv(header);
			int[] idx = CsvReader.columnIndexes(header,
					List.of("case_id", "expected_status", "expected_mdc", "expected_adrg", "expected_drg"));
			List<Case> cases = new ArrayList<>();
			for (String[] row = csv.next(); row != null; row = csv.next()) {
				CaseCsv.Parsed parsed = parser.parse(row);
				if (parsed.record() == null) {
					throw new IllegalStateException(file + " " + row[idx[0]] + ": " + parsed.errors());
				}
				cases.add(new Case(row[idx[0]], parsed.record(), row[idx[1]], row[idx[2]], row[idx[3]], row[idx[4]]));
			}
			return cases;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A record from the essentials, for focused tests. */
	static DrgRecord record(String sex, int age, String diagnoses, String procedures) {
		return new DrgRecord(sex, age, age * 365, 0, "", 5, "1", CaseCsv.codes(diagnoses), CaseCsv.codes(procedures));
	}

}
