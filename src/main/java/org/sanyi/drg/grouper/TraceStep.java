package org.sanyi.drg.grouper;

import java.util.List;

/**
 * One step of a grouping explanation: a message key of {@code messages/drg*.properties}
 * and its {@link java.text.MessageFormat} arguments (codes, list names, numbers as text).
 * The engine never renders text, so the same trace can be shown in Chinese to a coder and
 * in English to an auditor.
 *
 * @param key message key, e.g. {@code drg.trace.mdc.entered}
 * @param args arguments in placeholder order
 */
public record TraceStep(String key, List<String> args) {

	public TraceStep {
		args = List.copyOf(args);
	}

	static TraceStep of(String key, String... args) {
		return new TraceStep(key, List.of(args));
	}
}
