package org.sanyi.pharma.druguse;

import java.util.List;

import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactSink;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reports what the live drug-use listeners count, in their transaction, through
 * monitoring's {@link FactSink}: one report per settlement, so the event publication a
 * {@link FactsReported} would add to each live settlement is saved. Without monitoring (a
 * module test), the report is published as an event.
 */
@Component
class DrugUseReports {

	private final FactSink sink;

	DrugUseReports(ObjectProvider<FactSink> sink, ApplicationEventPublisher events) {
		this.sink = sink
			.getIfAvailable(() -> (key, source, facts) -> events.publishEvent(new FactsReported(key, source, facts)));
	}

	void report(String key, List<Fact> facts) {
		if (!facts.isEmpty()) {
			sink.report(key, "pharma", facts);
		}
	}

}
