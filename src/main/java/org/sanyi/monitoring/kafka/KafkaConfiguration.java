package org.sanyi.monitoring.kafka;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.sanyi.drg.DrgMonthSettled;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Kafka when a bootstrap address is configured: one topic per event type, keyed by the
 * institution so that one hospital's events keep their order in one partition; an
 * idempotent producer ({@code acks=all}) so a retried send is written once; events travel
 * as JSON from Spring Modulith's event serializer, so the consumer reads them with the
 * same. Live settlements, their reversals and every module's facts reach Kafka through
 * the event queue's relay ({@link KafkaRelay}); DRG month results, a few a month, are
 * externalized by Spring Modulith from its publication registry. Spring Boot builds the
 * template and listener containers from these factories.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(KafkaTopics.ON)
class KafkaConfiguration {

	private final String servers;

	private final int partitions;

	KafkaConfiguration(@Value("${sanyi.kafka.bootstrap-servers}") String servers,
			@Value("${sanyi.kafka.partitions:6}") int partitions) {
		this.servers = servers;
		this.partitions = partitions;
	}

	/**
	 * Static: Spring Modulith's event listener factory asks for it while the context is
	 * still being prepared, before this class could have its properties injected.
	 */
	@Bean
	static EventExternalizationConfiguration eventExternalization() {
		return EventExternalizationConfiguration.externalizing()
			.select(DrgMonthSettled.class::isInstance)
			.route(DrgMonthSettled.class,
					e -> RoutingTarget.forTarget(KafkaTopics.DRG_MONTH_SETTLED).andKey(e.institutionCode()))
			.build();
	}

	/**
	 * Typed {@code <Object, Object>} as Spring Boot's template and listener containers
	 * ask for them.
	 */
	@Bean
	ProducerFactory<Object, Object> kafkaProducerFactory(EventSerializer events) {
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		// a broker away fails the relay's batch within half a minute, not two (the
		// defaults)
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
		Serializer<Object> key = (topic, k) -> k == null ? null : k.toString().getBytes(StandardCharsets.UTF_8);
		Serializer<Object> json = (topic, event) -> event == null ? null
				: events.serialize(event).toString().getBytes(StandardCharsets.UTF_8);
		return new DefaultKafkaProducerFactory<>(config, key, json);
	}

	@Bean
	ConsumerFactory<Object, Object> kafkaConsumerFactory() {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, KafkaTopics.GROUP);
		// a new group starts at the beginning: nothing published before it joined is lost
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		Deserializer<Object> text = (topic, data) -> data == null ? null : new String(data, StandardCharsets.UTF_8);
		return new DefaultKafkaConsumerFactory<>(config, text, text);
	}

	/**
	 * The event object goes to the value serializer above as it is: Spring Modulith's
	 * default converter would turn it into JSON bytes with another mapper first.
	 */
	@Bean
	RecordMessageConverter kafkaMessageConverter() {
		return new MessagingMessageConverter();
	}

	@Bean
	KafkaAdmin kafkaAdmin() {
		return new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers));
	}

	/**
	 * A record that fails (the database is away) is tried again every two seconds until
	 * it is counted: its offset is not committed before, so nothing is skipped.
	 */
	@Bean
	CommonErrorHandler kafkaErrorHandler() {
		return new DefaultErrorHandler(new FixedBackOff(2_000, FixedBackOff.UNLIMITED_ATTEMPTS));
	}

	@Bean
	NewTopic settlementCompletedTopic() {
		return TopicBuilder.name(KafkaTopics.SETTLEMENT_COMPLETED).partitions(partitions).build();
	}

	@Bean
	NewTopic settlementReversedTopic() {
		return TopicBuilder.name(KafkaTopics.SETTLEMENT_REVERSED).partitions(partitions).build();
	}

	@Bean
	NewTopic factsReportedTopic() {
		return TopicBuilder.name(KafkaTopics.FACTS_REPORTED).partitions(partitions).build();
	}

	@Bean
	NewTopic drgMonthSettledTopic() {
		return TopicBuilder.name(KafkaTopics.DRG_MONTH_SETTLED).partitions(partitions).build();
	}

}
