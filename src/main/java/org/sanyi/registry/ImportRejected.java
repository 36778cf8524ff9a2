package org.sanyi.registry;

import java.util.List;

import org.sanyi.shared.BusinessException;
import org.sanyi.shared.ErrorCode;

/**
 * A CSV import refused because some of its lines are bad; nothing was saved. Carries one
 * {@link LineError} per bad line so the page and the REST answer can name them all, not
 * just the first.
 */
public class ImportRejected extends BusinessException {

	private final transient List<LineError> lines;

	public ImportRejected(List<LineError> lines) {
		super(RegistryErrors.IMPORT_REJECTED, lines.size());
		this.lines = List.copyOf(lines);
	}

	public List<LineError> lines() {
		return lines;
	}

	/**
	 * What is wrong with one line: its physical line number in the file (the header is
	 * line 1) and the error with its message arguments.
	 */
	public record LineError(int line, ErrorCode error, List<Object> args) {

		public LineError {
			args = List.copyOf(args);
		}

		public static LineError of(int line, BusinessException ex) {
			return new LineError(line, ex.error(), List.of(ex.args()));
		}

	}

}
