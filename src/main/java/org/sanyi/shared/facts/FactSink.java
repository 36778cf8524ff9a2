package org.sanyi.shared.facts;

import java.util.List;

/**
 * Where a module's event listener reports the facts it has just counted, as part of its
 * own transaction. Implemented by monitoring, on which nobody may depend: in process, the
 * facts are counted at once in the caller's transaction (one event publication, one
 * transaction and one dispatch fewer per report than a {@link FactsReported}, which a
 * listener already running after its publisher's commit gains nothing from); with Kafka,
 * the report is published as a {@link FactsReported} and reaches monitoring through Kafka
 * like every other. Either way it is counted once under its key, and a rolled back caller
 * leaves nothing.
 */
public interface FactSink {

	void report(String key, String source, List<Fact> facts);

}
