package org.sanyi.monitoring.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanyi.drg.DrgMonthSettled;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementFacts;
import org.sanyi.insurance.SettlementReversed;
import org.sanyi.monitoring.facts.DrgMonthFacts;
import org.sanyi.monitoring.facts.FactStore;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;

/**
 * Takes facts from Kafka instead of in process: the same events, read as the event
 * publication registry serializes them, counted by the same {@link FactStore} under the
 * same report keys. The offset is committed after the record's transaction; a record
 * delivered again (a consumer that stopped between the two, a rebalance) finds its key
 * counted and changes nothing.
 */
@Component
@ConditionalOnExpression(KafkaTopics.ON)
class KafkaFactListener {

	private final FactStore store;

	private final DrgMonthFacts drg;

	private final EventSerializer serializer;

	KafkaFactListener(FactStore store, DrgMonthFacts drg, EventSerializer serializer) {
		this.store = store;
		this.drg = drg;
		this.serializer = serializer;
	}

	@KafkaListener(id = KafkaTopics.LISTENER, groupId = KafkaTopics.GROUP, topics = { KafkaTopics.SETTLEMENT_COMPLETED,
			KafkaTopics.SETTLEMENT_REVERSED, KafkaTopics.FACTS_REPORTED, KafkaTopics.DRG_MONTH_SETTLED })
	void on(ConsumerRecord<Object, Object> record) {
		String value = (String) record.value();
		switch (record.topic()) {
			case KafkaTopics.SETTLEMENT_COMPLETED -> {
				SettlementCompleted e = serializer.deserialize(value, SettlementCompleted.class);
				if (e.live()) {
					store.record(SettlementFacts.key(e), "insurance", SettlementFacts.of(e));
				}
			}
			case KafkaTopics.SETTLEMENT_REVERSED -> {
				SettlementReversed e = serializer.deserialize(value, SettlementReversed.class);
				if (e.live()) {
					store.record(SettlementFacts.key(e), "insurance", SettlementFacts.of(e));
				}
			}
			case KafkaTopics.FACTS_REPORTED -> {
				FactsReported e = serializer.deserialize(value, FactsReported.class);
				store.record(e.key(), e.source(), e.facts());
			}
			case KafkaTopics.DRG_MONTH_SETTLED -> drg.record(serializer.deserialize(value, DrgMonthSettled.class));
			default -> throw new IllegalStateException("not a topic of monitoring: " + record.topic());
		}
	}

}
