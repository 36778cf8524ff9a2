package org.sanyi.monitoring.kafka;

/**
 * The topics, one per event type, and the switch that turns Kafka on.
 */
final class KafkaTopics {

	/**
	 * Kafka is on when a bootstrap address is configured
	 * ({@code sanyi.kafka.bootstrap-servers}, which defaults to
	 * {@code spring.kafka.bootstrap-servers}).
	 */
	static final String ON = "!'${sanyi.kafka.bootstrap-servers:}'.isBlank()";

	/** {@code SettlementCompleted} of live settlements. */
	static final String SETTLEMENT_COMPLETED = "sanyi.insurance.settlement-completed";

	/** {@code SettlementReversed} of live settlements. */
	static final String SETTLEMENT_REVERSED = "sanyi.insurance.settlement-reversed";

	/** {@code FactsReported} of every module. */
	static final String FACTS_REPORTED = "sanyi.facts.reported";

	/** {@code DrgMonthSettled}: a hospital's DRG month result. */
	static final String DRG_MONTH_SETTLED = "sanyi.drg.month-settled";

	/** The consumer group monitoring reads in: each fact is counted by one node. */
	static final String GROUP = "sanyi-monitoring";

	/** The listener container's id (to stop and start it). */
	static final String LISTENER = "monitoring-facts";

	private KafkaTopics() {
	}

}
