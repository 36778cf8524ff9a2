package org.sanyi.terminology.internal;

import java.util.ArrayList;
import java.util.List;

import org.sanyi.terminology.ImportLineError;
import org.sanyi.terminology.ImportRejectedException;
import org.sanyi.terminology.TerminologyErrors;

/**
 * The findings of one import file. All are counted; the first {@link #LIMIT} are kept,
 * which is plenty to fix a file and keeps a completely wrong file (say, 33,000 bad lines)
 * from producing a 33,000-row error page.
 */
final class ImportErrors {

	static final int LIMIT = 200;

	private final List<ImportLineError> kept = new ArrayList<>();

	private int count;

	void add(int line, String column, TerminologyErrors error, String value, String detail) {
		count++;
		if (kept.size() < LIMIT) {
			kept.add(new ImportLineError(line, column, error, value, detail));
		}
	}

	void add(int line, String column, TerminologyErrors error, String value) {
		add(line, column, error, value, "");
	}

	boolean isEmpty() {
		return count == 0;
	}

	int count() {
		return count;
	}

	/**
	 * The kept findings in line order (a parent check at the end adds findings for
	 * earlier lines).
	 */
	List<ImportLineError> list() {
		return kept.stream().sorted(java.util.Comparator.comparingInt(ImportLineError::line)).toList();
	}

	void throwIfAny(String fileName) {
		if (count > 0) {
			throw new ImportRejectedException(fileName, list(), count);
		}
	}

}
