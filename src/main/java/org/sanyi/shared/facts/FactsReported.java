package org.sanyi.shared.facts;

import java.util.List;
import java.util.Objects;

/**
 * Facts a module reports in one business transaction, published as an event (through the
 * outbox, so it leaves only when the transaction commits). Monitoring counts each
 * {@code key} once: a replayed or republished event changes nothing. A correction is a
 * new report with its own key and negated facts.
 *
 * @param key unique for the report across the platform, e.g. {@code pharma:purchase:8812}
 * or {@code pharma:purchase:8812:cancel}
 * @param source the reporting module, e.g. {@code pharma}
 * @param facts what was measured
 */
public record FactsReported(String key, String source, List<Fact> facts) {

	public FactsReported {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(source, "source");
		facts = List.copyOf(facts);
	}

	/**
	 * The institution the event is keyed by when it leaves the platform (Kafka): the
	 * first fact's.
	 */
	public String institution() {
		return facts.isEmpty() ? "" : facts.getFirst().institution();
	}

}
