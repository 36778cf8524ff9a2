package org.sanyi.monitoring.facts;

import java.util.List;

import org.sanyi.drg.DrgMonthSettled;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementReversed;
import org.sanyi.shared.events.EventBatchConsumer;
import org.sanyi.shared.events.EventQueue;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes facts from the platform's events in process. Every live settlement and reversal,
 * and every module's {@link FactsReported} (a booking, a referral, a recognised result, a
 * purchase…), is kept in the {@link EventQueue} by its own transaction and counted with
 * the others that wait, a batch per transaction, within a second of its commit: one event
 * publication and one transaction per settlement or booking cost the request more than
 * the counting itself (docs/ARCHITECTURE.md, "Events in batches"). The DRG module's month
 * results, a few a month, are taken one by one after their transaction committed, through
 * Spring Modulith's event publication registry. Both redeliver what failed, and a
 * report's key makes a redelivery count nothing. Recorded history loaded in bulk is not a
 * live settlement: the region's statistics history carries those months. When Kafka is
 * configured, the facts come from Kafka instead.
 */
@Component
@ConditionalOnExpression("'${sanyi.kafka.bootstrap-servers:}'.isBlank()")
class FactListener implements EventBatchConsumer {

	/**
	 * Monitoring's settlements, reversals and reported facts in the event queue
	 * (monitoring V64 renamed the rows queued as {@code monitoring.settlements} before
	 * reports joined).
	 */
	static final String FACTS = "monitoring.facts";

	/**
	 * Live settlements only: recorded history leaves nothing in the queue for monitoring.
	 */
	private static final String LIVE = "#root.args[0].live()";

	private final FactStore store;

	private final DrgMonthFacts drg;

	private final EventQueue queue;

	FactListener(FactStore store, DrgMonthFacts drg, EventQueue queue) {
		this.store = store;
		this.drg = drg;
		this.queue = queue;
	}

	@EventListener(condition = LIVE)
	void on(SettlementCompleted e) {
		queue.append(FACTS, e);
	}

	@EventListener(condition = LIVE)
	void on(SettlementReversed e) {
		queue.append(FACTS, e);
	}

	@Override
	public String name() {
		return FACTS;
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

	@EventListener
	void on(FactsReported e) {
		queue.append(FACTS, e);
	}

	@ApplicationModuleListener
	void on(DrgMonthSettled e) {
		drg.record(e);
	}

}
