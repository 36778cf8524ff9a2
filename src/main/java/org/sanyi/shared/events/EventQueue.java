package org.sanyi.shared.events;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.shared.events.EventQueueRepository.Row;

import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			rows.insert(List.of(row(consumer, event, serializer.serialize(event).toString())));
			return;
		}
		// found among the current transaction's synchronizations, not bound as a
		// resource: a transaction started inside (REQUIRES_NEW) keeps its own
		Appended appended = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(Appended.class::isInstance)
			.map(Appended.class::cast)
			.findFirst()
			.orElseGet(() -> {
				Appended a = new Appended();
				TransactionSynchronizationManager.registerSynchronization(a);
				return a;
			});
		appended.add(consumer, event);
	}

	/** How many events wait for the consumer, failed ones included. */
	public long pending(String consumer) {
		return rows.pending(consumer);
	}

	/** How many of the consumer's events failed alone and wait to be tried again. */
	public long failing(String consumer) {
		return rows.failing(consumer);
	}

	private static Row row(String consumer, Object event, String serialized) {
		return new Row(consumer, event.getClass().getName(), serialized);
	}

	/** What one transaction appended, written just before it commits. */
	private final class Appended implements TransactionSynchronization {

		private final List<Row> pending = new ArrayList<>();

		private final Map<Object, String> serialized = new IdentityHashMap<>();

		/** Written already: what is appended later (before commit) is written at once. */
		private boolean written;

		void add(String consumer, Object event) {
			Row row = row(consumer, event, serialized.computeIfAbsent(event, e -> serializer.serialize(e).toString()));
			if (written) {
				rows.insert(List.of(row));
			}
			else {
				pending.add(row);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			written = true;
			if (!pending.isEmpty()) {
				rows.insert(pending);
			}
		}

	}

}
