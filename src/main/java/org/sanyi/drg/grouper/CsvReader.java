package org.sanyi.drg.grouper;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 reader: comma separated, double-quoted fields may hold commas,
 * doubled quotes and line breaks. Hand-written because the engine must run from
 * {@code target/classes} alone (the batch script has no dependency jars) and the scheme's
 * name tables contain quoted fields.
 */
final class CsvReader implements AutoCloseable {

	private static final int BUFFER = 1 << 16;

	private final Reader in;

	private final char[] buf = new char[BUFFER];

	private int pos;

	private int len;

	private boolean eof;

	private long line = 1;

	private long recordLine;

	private String problem;

	private final StringBuilder field = new StringBuilder(32);

	private final ArrayList<String> fields = new ArrayList<>(24);

	CsvReader(Reader in) {
		this.in = in;
	}

	/** Line number (1-based) where the record last returned by {@link #next()} starts. */
	long recordLine() {
		return recordLine;
	}

	/**
	 * Syntax problem of the record last returned by {@link #next()}, or {@code null}.
	 * Reading goes on after a problem (text after a closing quote is kept as is), so that
	 * a batch can report the line and continue; strict callers such as the scheme loader
	 * reject it.
	 */
	String problem() {
		return problem;
	}

	/**
	 * Next record, or {@code null} at end of input. A blank line yields a record with one
	 * empty field.
	 */
	String[] next() throws IOException {
		int c = read();
		if (c < 0) {
			return null;
		}
		if (recordLine == 0 && c == '\uFEFF') {
			c = read(); // byte-order mark written by some spreadsheet exports
		}
		recordLine = line;
		problem = null;
		fields.clear();
		field.setLength(0);
		boolean quoted = false;
		while (true) {
			if (quoted) {
				if (c < 0) {
					problem = "quoted field is never closed";
					quoted = false;
					continue;
				}
				if (c == '"') {
					int n = read();
					if (n == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						if (n != ',' && n != '\n' && n != '\r' && n >= 0) {
							problem = "text after a closing quote";
						}
						c = n;
						continue;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r' || c < 0) {
				if (c == '\r' && peek() == '\n') {
					read();
				}
				if (c >= 0) {
					line++;
				}
				fields.add(field.toString());
				return fields.toArray(new String[0]);
			}
			else {
				field.append((char) c);
			}
			c = read();
		}
	}

	private int read() throws IOException {
		if (pos == len && !fill()) {
			return -1;
		}
		return buf[pos++];
	}

	private int peek() throws IOException {
		if (pos == len && !fill()) {
			return -1;
		}
		return buf[pos];
	}

	private boolean fill() throws IOException {
		if (eof) {
			return false;
		}
		len = in.read(buf, 0, BUFFER);
		pos = 0;
		if (len <= 0) {
			len = 0;
			eof = true;
			return false;
		}
		return true;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/**
	 * Writes one CSV field, quoting it only when it contains a comma, a quote or a line
	 * break.
	 */
	/**
	 * Writes one field, quoted where needed. A field that a spreadsheet would take for a
	 * formula (it starts with {@code = + - @}, a tab or a carriage return: the case id
	 * {@code =HYPERLINK(...)} of an uploaded file) gets a leading apostrophe, so opening
	 * the result in Excel shows the text and runs nothing (CSV injection).
	 */
	static void writeField(Appendable out, String value) throws IOException {
		if (value == null) {
			return;
		}
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		boolean needsQuotes = false;
		for (int i = 0; i < value.length() && !needsQuotes; i++) {
			char ch = value.charAt(i);
			needsQuotes = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
		}
		if (!needsQuotes) {
			out.append(value);
			return;
		}
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char ch = value.charAt(i);
			if (ch == '"') {
				out.append('"');
			}
			out.append(ch);
		}
		out.append('"');
	}

	/** Header lookup helper: index of each wanted column, -1 where absent. */
	static int[] columnIndexes(String[] header, List<String> wanted) {
		int[] idx = new int[wanted.size()];
		for (int w = 0; w < idx.length; w++) {
			idx[w] = -1;
			for (int h = 0; h < header.length; h++) {
				if (header[h].trim().equals(wanted.get(w))) {
					idx[w] = h;
					break;
				}
			}
		}
		return idx;
	}

}
