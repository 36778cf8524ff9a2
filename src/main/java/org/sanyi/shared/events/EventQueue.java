package org.sanyi.shared.events;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.shared.events.EventQueueRepository.Row;

import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;

/**
 * Keeps events for {@link EventBatchConsumer}s. An event appended in a transaction is
 * written when the transaction commits, with everything else appended in it, in one
 * statement, and is gone with it when it rolls back; so a consumer sees exactly the
 * events of committed transactions, as with Spring Modulith's publication registry. What
 * it saves against the registry, per event and consumer: the publication's two updates,
 * its asynchronous dispatch and a transaction of its own (docs/ARCHITECTURE.md, "Events
 * in batches", with the figures). An event is serialized once however many consumers keep
 * it.
 */
@Component
public class EventQueue {

	private final EventQueueRepository rows;

	private final EventSerializer serializer;

	EventQueue(EventQueueRepository rows, EventSerializer serializer) {
		this.rows = rows;
		this.serializer = serializer;
	}

	/**
	 * Keeps the event for the consumer: when the current transaction commits, or at once
	 * without one.
	 */
	public void append(String consumer, Object event) {
		BeforeCommit.add(this, new Appended(consumer, event), this::write);
	}

	/** How many events wait for the consumer, failed ones included. */
	public long pending(String consumer) {
		return rows.pending(consumer);
	}

	/** How many of the consumer's events failed alone and wait to be tried again. */
	public long failing(String consumer) {
		return rows.failing(consumer);
	}

	/**
	 * The consumer's events that failed alone, oldest first: what an operator looks at.
	 */
	public List<Failure> failures(String consumer, int limit) {
		return rows.failures(consumer, limit);
	}

	/**
	 * An event that failed alone: its class, when it was kept, how often it was tried,
	 * the last error and when it is tried again.
	 */
	public record Failure(long id, String eventType, java.time.Instant publishedAt, int attempts, String lastError,
			java.time.Instant retryAt) {

		/** The event's class without its package. */
		public String eventName() {
			return eventType.substring(eventType.lastIndexOf('.') + 1);
		}

	}

	/** An event kept for a consumer. */
	private record Appended(String consumer, Object event) {
	}

	/** Writes what was appended in one statement, each event serialized once. */
	private void write(List<Appended> appended) {
		Map<Object, String> serialized = new IdentityHashMap<>();
		rows.insert(appended.stream()
			.map(a -> new Row(a.consumer(), a.event().getClass().getName(),
					serialized.computeIfAbsent(a.event(), e -> serializer.serialize(e).toString())))
			.toList());
	}

}
