package org.sanyi.monitoring.kafka;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementReversed;
import org.sanyi.monitoring.facts.FactEvents;
import org.sanyi.shared.events.EventBatchConsumer;
import org.sanyi.shared.facts.FactsReported;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox to Kafka: the events monitoring takes facts from (every live settlement and
 * reversal, every module's {@link FactsReported}), kept in the event queue by
 * {@link FactEvents} in the publishing transaction, are sent to their topics in batches,
 * keyed by the institution, the rows deleted only once the broker has acknowledged the
 * whole batch. A batch Kafka does not take (the broker away) is not tried event by event:
 * the relay rests, its rows marked with the error, and sends the same rows again in the
 * same order after a doubling wait. A batch sent whose rows could not then be deleted is
 * sent again, which the consumer's report keys make harmless.
 * <p>
 * One publication in Spring Modulith's registry per event, each marked completed when its
 * record was acknowledged, cost every settlement an insert, an update, an asynchronous
 * dispatch and a transaction of its own; with the cores busy the settlements waited
 * seconds to reach Kafka (docs/modules/monitoring.md, "Freshness through Kafka").
 */
@Component
@ConditionalOnExpression(KafkaTopics.ON)
class KafkaRelay implements EventBatchConsumer {

	/**
	 * The longest a batch waits for the broker's acknowledgements: the producer's own
	 * delivery timeout ({@link KafkaConfiguration}) and a margin.
	 */
	static final Duration ACKNOWLEDGED_WITHIN = Duration.ofSeconds(40);

	private final KafkaTemplate<Object, Object> template;

	KafkaRelay(KafkaTemplate<Object, Object> template) {
		this.template = template;
	}

	@Override
	public String name() {
		return FactEvents.KAFKA;
	}

	@Override
	public boolean triesEventsAlone() {
		return false;
	}

	@Override
	public void consume(List<Object> events) {
		CompletableFuture<?>[] sent = events.stream().map(this::send).toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(sent).get(ACKNOWLEDGED_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Kafka did not take a batch of " + sent.length + " events", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Kafka did not acknowledge a batch of " + sent.length + " events within "
					+ ACKNOWLEDGED_WITHIN.toSeconds() + " s", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while sending to Kafka", ex);
		}
	}

	private CompletableFuture<?> send(Object event) {
		return switch (event) {
			case SettlementCompleted e -> template.send(KafkaTopics.SETTLEMENT_COMPLETED, e.institutionCode(), e);
			case SettlementReversed e -> template.send(KafkaTopics.SETTLEMENT_REVERSED, e.institutionCode(), e);
			case FactsReported e -> template.send(KafkaTopics.FACTS_REPORTED, e.institution(), e);
			default -> throw new IllegalArgumentException("not an event for Kafka: " + event.getClass().getName());
		};
	}

}
