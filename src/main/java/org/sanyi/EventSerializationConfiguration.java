package org.sanyi;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.util.function.SingletonSupplier;

/**
 * The events' JSON (publication registry, event queue, Kafka): the application's
 * {@link JsonMapper}, as Spring Modulith's own serializer uses it, but looked up once.
 * Modulith's asks the bean factory for the mapper on every call; measured under load
 * ({@code bench/settlement.sh} with JFR) that lookup was about 40 % of the time spent
 * serializing each settlement's event. The JSON is the same, so events stored before read
 * back unchanged.
 */
@Configuration(proxyBeanMethods = false)
class EventSerializationConfiguration {

	@Bean
	EventSerializer eventSerializer(ObjectProvider<JsonMapper> mapper) {
		SingletonSupplier<JsonMapper> json = SingletonSupplier.of(mapper::getObject);
		return new EventSerializer() {

			@Override
			public Object serialize(Object event) {
				return json.obtain().writeValueAsString(event);
			}

			@Override
			public <T> T deserialize(Object serialized, Class<T> type) {
				return json.obtain().readerFor(type).readValue(serialized.toString());
			}

		};
	}

}
