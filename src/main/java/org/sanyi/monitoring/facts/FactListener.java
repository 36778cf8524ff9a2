package org.sanyi.monitoring.facts;

import java.util.List;

import org.sanyi.drg.DrgMonthSettled;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementReversed;
import org.sanyi.shared.events.EventBatchConsumer;
import org.sanyi.shared.events.EventQueue;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts in process the events {@link FactEvents} keeps in the {@link EventQueue}: a
 * batch per transaction, within a second of their commit (one event publication and one
 * transaction per settlement or booking cost the request more than the counting itself:
 * docs/ARCHITECTURE.md, "Events in batches"). The DRG module's month results, a few a
 * month, are taken one by one after their transaction committed, through Spring
 * Modulith's event publication registry. Both redeliver what failed, and a report's key
 * makes a redelivery count nothing. When Kafka is configured, the facts come from Kafka
 * instead.
 */
@Component
@ConditionalOnExpression("'${sanyi.kafka.bootstrap-servers:}'.isBlank()")
class FactListener implements EventBatchConsumer {

	private final FactStore store;

	private final DrgMonthFacts drg;

	FactListener(FactStore store, DrgMonthFacts drg) {
		this.store = store;
		this.drg = drg;
	}

	@Override
	public String name() {
		return FactEvents.FACTS;
	}

	@Override
	public void consume(List<Object> events) {
		store.recordAll(events.stream().map(event -> switch (event) {
			case SettlementCompleted e -> FactStore.Report.of(e);
			case SettlementReversed e -> FactStore.Report.of(e);
			case FactsReported e -> FactStore.Report.of(e);
			default -> throw new IllegalArgumentException("not a fact event: " + event.getClass().getName());
		}).toList());
	}

	@ApplicationModuleListener
	void on(DrgMonthSettled e) {
		drg.record(e);
	}

}
