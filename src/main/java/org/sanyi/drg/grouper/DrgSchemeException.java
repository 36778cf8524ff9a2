package org.sanyi.drg.grouper;

/**
 * A grouping scheme could not be loaded: a file is missing or malformed, or its content
 * is inconsistent (an unknown list name, a DRG referring to an unknown ADRG…). The
 * message always names the file and, for table rows, the line, so that whoever maintains
 * the scheme data can fix it without reading code.
 */
public final class DrgSchemeException extends RuntimeException {

	private final String file;

	private final long line;

	/**
	 * @param file file name inside the scheme, e.g. {@code drg_groups.csv}
	 * @param line 1-based line number, or 0 when the problem is not tied to one line
	 * @param problem what is wrong, in English
	 */
	public DrgSchemeException(String file, long line, String problem) {
		super(file + (line > 0 ? ":" + line : "") + ": " + problem);
		this.file = file;
		this.line = line;
	}

	/** File name inside the scheme directory (or source) where the problem was found. */
	public String file() {
		return file;
	}

	/**
	 * 1-based line number, 0 when the problem concerns the file as a whole or a JSON
	 * path.
	 */
	public long line() {
		return line;
	}

}
