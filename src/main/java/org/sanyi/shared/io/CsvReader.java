package org.sanyi.shared.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;

/**
 * A small RFC 4180 reader (quoted fields, doubled quotes, commas and line breaks inside
 * quotes, a UTF-8 BOM) that keeps the physical line number of every record so an importer
 * can say "line 17: ..." about a bad row.
 */
public final class CsvReader implements AutoCloseable {

	private final BufferedReader in;

	private final Map<String, Integer> header = new HashMap<>();

	private final List<String> headerNames;

	private int lineNo;

	public CsvReader(Reader reader) {
		this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
		CsvRow first = readRaw();
		if (first == null) {
			throw new BusinessException(SharedErrors.BAD_FILE, "empty");
		}
		List<String> names = new ArrayList<>();
		for (String name : first.fields()) {
			String clean = name.replace("\uFEFF", "").trim();
			names.add(clean);
			header.putIfAbsent(clean, names.size() - 1);
		}
		this.headerNames = List.copyOf(names);
	}

	public List<String> header() {
		return headerNames;
	}

	public boolean hasColumn(String name) {
		return header.containsKey(name);
	}

	/** Fails with the line number of the header when a required column is missing. */
	public void requireColumns(String... names) {
		for (String name : names) {
			if (!header.containsKey(name)) {
				throw new BusinessException(SharedErrors.MALFORMED_CSV, 1, "missing column " + name);
			}
		}
	}

	/** The next non-blank record, or {@code null} at the end. */
	public CsvRow next() {
		CsvRow row;
		do {
			row = readRaw();
		}
		while (row != null && row.fields().size() == 1 && row.fields().getFirst().isBlank());
		return row == null ? null : new CsvRow(row.line(), row.fields(), header);
	}

	private CsvRow readRaw() {
		try {
			String line = in.readLine();
			if (line == null) {
				return null;
			}
			int startLine = ++lineNo;
			List<String> fields = new ArrayList<>();
			var field = new StringBuilder();
			boolean quoted = false;
			int i = 0;
			while (true) {
				if (i >= line.length()) {
					if (!quoted) {
						break;
					}
					String more = in.readLine();
					if (more == null) {
						throw new BusinessException(SharedErrors.MALFORMED_CSV, startLine, "unterminated quote");
					}
					lineNo++;
					field.append('\n');
					line = more;
					i = 0;
					continue;
				}
				char c = line.charAt(i++);
				if (quoted) {
					if (c == '"' && i < line.length() && line.charAt(i) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"' && field.isEmpty()) {
					quoted = true;
				}
				else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
				}
				else {
					field.append(c);
				}
			}
			fields.add(field.toString());
			return new CsvRow(startLine, fields, header);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			in.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
