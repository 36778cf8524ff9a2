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

}
