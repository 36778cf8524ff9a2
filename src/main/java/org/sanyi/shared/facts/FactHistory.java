package org.sanyi.shared.facts;

import java.util.List;

/**
 * Bulk import of history into the fact store (a region going live brings years of monthly
 * aggregates from its old statistics system). Implemented by monitoring, on which nobody
 * may depend: the importer (the demo, an import job) sees only this port. Each report is
 * counted once under its key, like a {@link FactsReported}, and its facts are validated
 * the same way (those naming an unknown institution or element are held in monitoring's
 * error queue).
 */
public interface FactHistory {

	/** Whether a report of this key has been counted. */
	boolean imported(String key);

	/**
	 * Imports one report's facts in one transaction, in bulk ({@code COPY});
	 * {@code false} when the key was counted before and nothing changed.
	 */
	boolean importReport(String key, String source, List<Fact> facts);

}
