package org.sanyi.monitoring.kafka;

import java.util.List;

import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactSink;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@link FactSink} with Kafka: the report is published as a {@link FactsReported}, which
 * {@link KafkaRelay} sends to its topic and {@link KafkaFactListener} counts.
 */
@Component
@ConditionalOnExpression(KafkaTopics.ON)
class KafkaFactSink implements FactSink {

	private final ApplicationEventPublisher events;

	KafkaFactSink(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void report(String key, String source, List<Fact> facts) {
		events.publishEvent(new FactsReported(key, source, facts));
	}

}
