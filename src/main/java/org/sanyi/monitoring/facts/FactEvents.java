package org.sanyi.monitoring.facts;

import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementReversed;
import org.sanyi.shared.events.EventQueue;
import org.sanyi.shared.facts.FactsReported;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The events monitoring takes facts from, kept in the {@link EventQueue} by the
 * transaction that publishes them: every live settlement and reversal, and every module's
 * {@link FactsReported} (a booking, a referral, a recognised result, a purchase…). They
 * are counted in process ({@link FactListener}, consumer {@value #FACTS}) or, when Kafka
 * is configured, sent to Kafka by its relay ({@code monitoring.kafka.KafkaRelay},
 * consumer {@value #KAFKA}) and counted from there. Recorded history loaded in bulk is
 * not a live settlement: the region's statistics history carries those months.
 */
@Component
public class FactEvents {

	/**
	 * The rows counted in process (monitoring V64 renamed the rows queued as
	 * {@code monitoring.settlements} before reports joined).
	 */
	public static final String FACTS = "monitoring.facts";

	/** The rows the relay sends to Kafka. */
	public static final String KAFKA = "monitoring.kafka";

	/** Live settlements only: recorded history leaves nothing in the queue. */
	private static final String LIVE = "#root.args[0].live()";

	private final EventQueue queue;

	private final String consumer;

	FactEvents(EventQueue queue, @Value("${sanyi.kafka.bootstrap-servers:}") String kafkaServers) {
		this.queue = queue;
		this.consumer = kafkaServers.isBlank() ? FACTS : KAFKA;
	}

	@EventListener(condition = LIVE)
	void on(SettlementCompleted e) {
		queue.append(consumer, e);
	}

	@EventListener(condition = LIVE)
	void on(SettlementReversed e) {
		queue.append(consumer, e);
	}

	@EventListener
	void on(FactsReported e) {
		queue.append(consumer, e);
	}

}
