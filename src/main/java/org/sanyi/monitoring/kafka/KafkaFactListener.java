package org.sanyi.monitoring.kafka;

import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanyi.drg.DrgMonthSettled;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementReversed;
import org.sanyi.monitoring.facts.DrgMonthFacts;
import org.sanyi.monitoring.facts.FactStore;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes facts from Kafka instead of in process: the same events, read as the event
 * publication registry serializes them, counted by the same {@link FactStore} under the
 * same report keys. A poll's records are counted in one transaction, their reports in one
 * statement (each under its own key: one transaction per record cost a commit, and a
 * connection taken and given back, per settlement, which a loaded database answered too
 * slowly to keep up); the offsets are committed after that transaction. A batch that
 * fails (the database is away) is rolled back whole and delivered again until it is
 * counted, so nothing is skipped; a record delivered again (a consumer that stopped
 * between the commit and the offsets, a rebalance) finds its key counted and changes
 * nothing.
 */
@Component
@ConditionalOnExpression(KafkaTopics.ON)
class KafkaFactListener {

	private final FactStore store;

	private final DrgMonthFacts drg;

	private final EventSerializer serializer;

	private final TransactionTemplate transaction;

	KafkaFactListener(FactStore store, DrgMonthFacts drg, EventSerializer serializer,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.drg = drg;
		this.serializer = serializer;
		this.transaction = new TransactionTemplate(transactions);
	}

	@KafkaListener(id = KafkaTopics.LISTENER, groupId = KafkaTopics.GROUP, batch = "true",
			topics = { KafkaTopics.SETTLEMENT_COMPLETED, KafkaTopics.SETTLEMENT_REVERSED, KafkaTopics.FACTS_REPORTED,
					KafkaTopics.DRG_MONTH_SETTLED })
	void on(List<ConsumerRecord<Object, Object>> records) {
		// read outside the transaction: a connection is held only while the facts are
		// written
		List<Object> events = records.stream().map(this::event).toList();
		List<FactStore.Report> reports = events.stream()
			.map(KafkaFactListener::report)
			.flatMap(Optional::stream)
			.toList();
		transaction.executeWithoutResult(status -> {
			store.recordAll(reports);
			events.stream()
				.filter(DrgMonthSettled.class::isInstance)
				.map(DrgMonthSettled.class::cast)
				.forEach(drg::record);
		});
	}

	private Object event(ConsumerRecord<Object, Object> record) {
		String value = (String) record.value();
		return switch (record.topic()) {
			case KafkaTopics.SETTLEMENT_COMPLETED -> serializer.deserialize(value, SettlementCompleted.class);
			case KafkaTopics.SETTLEMENT_REVERSED -> serializer.deserialize(value, SettlementReversed.class);
			case KafkaTopics.FACTS_REPORTED -> serializer.deserialize(value, FactsReported.class);
			case KafkaTopics.DRG_MONTH_SETTLED -> serializer.deserialize(value, DrgMonthSettled.class);
			default -> throw new IllegalStateException("not a topic of monitoring: " + record.topic());
		};
	}

	/**
	 * The facts an event reports, counted with the poll's others in one statement; none
	 * for a settlement of recorded history (counted by the import) or a DRG month
	 * ({@link DrgMonthFacts} compares it with what is counted).
	 */
	private static Optional<FactStore.Report> report(Object event) {
		return switch (event) {
			case SettlementCompleted e when e.live() -> Optional.of(FactStore.Report.of(e));
			case SettlementReversed e when e.live() -> Optional.of(FactStore.Report.of(e));
			case FactsReported e -> Optional.of(FactStore.Report.of(e));
			default -> Optional.empty();
		};
	}

}
