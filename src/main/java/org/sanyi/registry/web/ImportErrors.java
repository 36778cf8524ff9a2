package org.sanyi.registry.web;

import java.util.List;

import org.sanyi.registry.ImportRejected;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The bad lines of a refused import as the page and the REST answer show them. */
final class ImportErrors {

	private ImportErrors() {
	}

	static List<Line> of(ImportRejected rejected, Labels labels) {
		return rejected.lines()
			.stream()
			.map(l -> new Line(l.line(), l.error().code(),
					labels.get("registry.import.line", String.valueOf(l.line()),
							new DefaultMessageSourceResolvable(new String[] { l.error().messageKey() },
									l.args().toArray(), l.error().code()))))
			.toList();
	}

	/** One bad line: its number, the error code and the whole message ("第 3 行：..."). */
	record Line(int line, String code, String message) {
	}

}
