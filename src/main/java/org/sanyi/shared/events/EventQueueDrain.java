package org.sanyi.shared.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.sanyi.shared.events.EventQueueRepository.Taken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Gives each {@link EventBatchConsumer} what waits for it, on a thread of its own every
 * {@code sanyi.events.queue.interval} (250 ms; at once again while full batches come). A
 * batch is taken, processed and deleted in one transaction, under an advisory lock per
 * consumer, so one node of the cluster drains a consumer at a time and in append order; a
 * node that finds the lock taken leaves the consumer to the other. A batch that fails is
 * rolled back whole and its events are processed one per transaction; one that fails
 * alone is kept with its error and tried again later, the others go on. A consumer that
 * does not try events alone (a relay to another system) rests instead, its batch marked
 * with the error, and is tried again whole after a doubling wait.
 */
@Component
class EventQueueDrain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EventQueueDrain.class);

	private final EventQueueRepository rows;

	private final EventSerializer serializer;

	private final ObjectProvider<EventBatchConsumer> consumers;

	private final TransactionTemplate transaction;

	private final Duration interval;

	private final int batch;

	/** The longest a consumer that does not try events alone rests after failures. */
	static final Duration MAX_REST = Duration.ofMinutes(1);

	private volatile ScheduledExecutorService executor;

	/**
	 * Consumers that do not try events alone and whose last batch failed: how many
	 * batches failed in a row and until when the consumer rests.
	 */
	private final Map<String, Rest> resting = new ConcurrentHashMap<>();

	private record Rest(int failures, Instant until) {
	}

	EventQueueDrain(EventQueueRepository rows, EventSerializer serializer, ObjectProvider<EventBatchConsumer> consumers,
			PlatformTransactionManager transactions, @Value("${sanyi.events.queue.interval:PT0.25S}") Duration interval,
			@Value("${sanyi.events.queue.batch:500}") int batch) {
		this.rows = rows;
		this.serializer = serializer;
		this.consumers = consumers;
		this.transaction = new TransactionTemplate(transactions);
		this.interval = interval;
		this.batch = batch;
	}

	/** Drains every consumer until nothing due is left (or another node drains it). */
	void drain() {
		consumers.orderedStream().forEach(consumer -> {
			try {
				while (drain(consumer) == batch) {
					// a full batch: more may wait
				}
			}
			catch (RuntimeException ex) {
				log.warn("event queue of {} not drained: {}", consumer.name(), ex.toString());
			}
		});
	}

	private int drain(EventBatchConsumer consumer) {
		Rest rest = resting.get(consumer.name());
		if (rest != null && Instant.now().isBefore(rest.until())) {
			return 0;
		}
		try {
			int taken = transaction.execute(status -> {
				if (!rows.lock(consumer.name())) {
					return 0;
				}
				List<Taken> due = rows.take(consumer.name(), batch, !consumer.triesEventsAlone());
				if (!due.isEmpty()) {
					consumer.consume(due.stream().map(this::event).toList());
				}
				return due.size();
			});
			resting.remove(consumer.name());
			return taken;
		}
		catch (RuntimeException ex) {
			if (!consumer.triesEventsAlone()) {
				rest(consumer, rest == null ? 1 : rest.failures() + 1, ex);
				return 0;
			}
			log.warn("a batch of {} failed, its events are processed one at a time: {}", consumer.name(),
					ex.toString());
			rows.due(consumer.name(), batch).forEach(id -> alone(consumer, id));
			return 0;
		}
	}

	/**
	 * A consumer that does not try events alone failed: it rests for a second, doubled
	 * with each batch that fails in a row (at most {@link #MAX_REST}), and the batch it
	 * would take shows the error, the attempt and the end of the rest.
	 */
	private void rest(EventBatchConsumer consumer, int failures, RuntimeException ex) {
		Duration wait = Duration.ofSeconds(1L << Math.min(failures - 1, 6));
		wait = wait.compareTo(MAX_REST) > 0 ? MAX_REST : wait;
		resting.put(consumer.name(), new Rest(failures, Instant.now().plus(wait)));
		log.warn("a batch of {} failed ({} in a row), the consumer waits {} s: {}", consumer.name(), failures,
				wait.toSeconds(), ex.toString());
		try {
			Duration marked = wait;
			transaction.executeWithoutResult(
					status -> rows.waiting(consumer.name(), batch, ex.toString(), marked.toSeconds()));
		}
		catch (RuntimeException markFailed) {
			log.warn("the failed batch of {} could not be marked: {}", consumer.name(), markFailed.toString());
		}
	}

	private void alone(EventBatchConsumer consumer, long id) {
		try {
			transaction.executeWithoutResult(status -> {
				if (rows.lock(consumer.name())) {
					rows.take(id).ifPresent(t -> consumer.consume(List.of(event(t))));
				}
			});
		}
		catch (RuntimeException ex) {
			log.error("event {} of {} failed and waits to be tried again", id, consumer.name(), ex);
			transaction.executeWithoutResult(status -> rows.failed(id, ex.toString()));
		}
	}

	private Object event(Taken taken) {
		Class<?> type = ClassUtils.resolveClassName(taken.eventType(), getClass().getClassLoader());
		return serializer.deserialize(taken.serializedEvent(), type);
	}

	@Override
	public void start() {
		ScheduledExecutorService e = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("event-queue").factory());
		e.scheduleWithFixedDelay(this::drain, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
		executor = e;
	}

	@Override
	public void stop() {
		ScheduledExecutorService e = executor;
		executor = null;
		if (e != null) {
			e.shutdown();
			try {
				e.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}

}
