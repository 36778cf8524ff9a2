package org.sanyi.shared.events;

import java.util.List;

/**
 * A consumer of events in batches: a bean that {@link EventQueue#append appends} the
 * events it wants in the publishing transaction and is given them back here, in the order
 * they were appended, a batch in one transaction. A batch that fails is rolled back and
 * its events are given again one at a time, so an event that fails alone fails no other;
 * it waits and is retried, visible in {@code event_queue} with its attempts and error.
 * Consuming must therefore be idempotent, as for any redelivered event.
 */
public interface EventBatchConsumer {

	/** The consumer's name in {@code event_queue} ({@code <module>.<what>}). */
	String name();

	/** Processes the events, in the caller's transaction. */
	void consume(List<Object> events);

	/**
	 * Whether a batch that fails is tried again one event at a time, so that an event
	 * that fails alone fails no other (the default). A consumer that passes the events on
	 * to another system (the relay to Kafka) answers no: when its batch fails, that
	 * system is away, not one event wrong, so the whole batch waits, marked with the
	 * error, and the consumer is tried again in append order after a doubling wait (at
	 * most a minute).
	 */
	default boolean triesEventsAlone() {
		return true;
	}

}
