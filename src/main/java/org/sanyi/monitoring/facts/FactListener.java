package org.sanyi.monitoring.facts;

import org.sanyi.drg.DrgMonthSettled;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementFacts;
import org.sanyi.insurance.SettlementReversed;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes facts from the platform's events in process, each in its own transaction after
 * the publishing one committed (Spring Modulith's event publication registry redelivers
 * what failed): every live settlement and reversal, and every module's
 * {@link FactsReported}, and the DRG module's month results. Recorded history loaded in
 * bulk is not a live settlement: the region's statistics history carries those months.
 * When Kafka is configured, the facts come from Kafka instead.
 */
@Component
@ConditionalOnExpression("'${sanyi.kafka.bootstrap-servers:}'.isBlank()")
class FactListener {

	/**
	 * Live settlements only: recorded history leaves no event publication for monitoring.
	 */
	private static final String LIVE = "#root.args[0].live()";

	private final FactStore store;

	private final DrgMonthFacts drg;

	FactListener(FactStore store, DrgMonthFacts drg) {
		this.store = store;
		this.drg = drg;
	}

	@ApplicationModuleListener(condition = LIVE)
	void on(SettlementCompleted e) {
		store.record(SettlementFacts.key(e), "insurance", SettlementFacts.of(e));
	}

	@ApplicationModuleListener(condition = LIVE)
	void on(SettlementReversed e) {
		store.record(SettlementFacts.key(e), "insurance", SettlementFacts.of(e));
	}

	@ApplicationModuleListener
	void on(FactsReported e) {
		store.record(e.key(), e.source(), e.facts());
	}

	@ApplicationModuleListener
	void on(DrgMonthSettled e) {
		drg.record(e);
	}

}
