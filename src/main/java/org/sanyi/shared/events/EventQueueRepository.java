package org.sanyi.shared.events;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code event_queue} table (__root V5). */
@Repository
class EventQueueRepository {

	/** The longest a failed event waits before it is tried again. */
	private static final int MAX_WAIT_SECONDS = 3600;

	private final JdbcClient jdbc;

	EventQueueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(String consumer, String eventType, String serializedEvent) {
	}

	record Taken(long id, String eventType, String serializedEvent) {
	}

	/** Appends rows in one statement. */
	void insert(List<Row> rows) {
		jdbc.sql("""
				insert into event_queue (consumer, event_type, serialized_event)
				select * from unnest(cast(:c as text[]), cast(:t as text[]), cast(:e as text[]))""")
			.param("c", rows.stream().map(Row::consumer).toArray(String[]::new))
			.param("t", rows.stream().map(Row::eventType).toArray(String[]::new))
			.param("e", rows.stream().map(Row::serializedEvent).toArray(String[]::new))
			.update();
	}

	/**
	 * Whether this transaction is the consumer's only drainer in the cluster: a
	 * transaction-level advisory lock, so processing stays in append order.
	 */
	boolean lock(String consumer) {
		return jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(:k, 0))")
			.param("k", "event_queue:" + consumer)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Takes (deletes) the consumer's oldest rows that are due, in append order; they come
	 * back if the transaction rolls back. By their ids ({@code = any}), so that the
	 * delete finds them through the primary key whatever the table's dead rows. For a
	 * consumer that takes its rows whole ({@code whole}) a row's wait does not hold it
	 * back: the drain rests the consumer instead, so that no newer row overtakes it.
	 */
	List<Taken> take(String consumer, int limit, boolean whole) {
		return jdbc.sql("""
				delete from event_queue where id = any(array(
				    select id from event_queue where consumer = :c and (:whole or not_before <= now())
				    order by id limit :n for update skip locked))
				returning id, event_type, serialized_event""")
			.param("c", consumer)
			.param("n", limit)
			.param("whole", whole)
			.query(Taken.class)
			.list()
			.stream()
			.sorted(Comparator.comparingLong(Taken::id))
			.toList();
	}

	/** Takes one row, if it is still there. */
	Optional<Taken> take(long id) {
		return jdbc.sql("delete from event_queue where id = :id returning id, event_type, serialized_event")
			.param("id", id)
			.query(Taken.class)
			.optional();
	}

	/** The ids of the consumer's oldest rows that are due. */
	List<Long> due(String consumer, int limit) {
		return jdbc.sql("""
				select id from event_queue where consumer = :c and not_before <= now() order by id limit :n""")
			.param("c", consumer)
			.param("n", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * A row that failed on its own: its attempt and error kept, tried again after twice
	 * as long as the last time (at most an hour).
	 */
	void failed(long id, String error) {
		jdbc.sql("""
				update event_queue set attempts = attempts + 1, last_error = :e,
				    not_before = now() + make_interval(secs => least(:max, power(2, attempts)))
				where id = :id""").param("id", id).param("e", error).param("max", MAX_WAIT_SECONDS).update();
	}

	/**
	 * The consumer's oldest rows, whose batch failed together: their attempt, error and
	 * next attempt kept for the operator (the drain rests the consumer meanwhile).
	 */
	void waiting(String consumer, int limit, String error, long seconds) {
		jdbc.sql("""
				update event_queue set attempts = attempts + 1, last_error = :e,
				    not_before = now() + make_interval(secs => :s)
				where id = any(array(select id from event_queue where consumer = :c order by id limit :n))""")
			.param("c", consumer)
			.param("n", limit)
			.param("e", error)
			.param("s", seconds)
			.update();
	}

	long pending(String consumer) {
		return jdbc.sql("select count(*) from event_queue where consumer = :c")
			.param("c", consumer)
			.query(Long.class)
			.single();
	}

	long failing(String consumer) {
		return jdbc.sql("select count(*) from event_queue where consumer = :c and attempts > 0")
			.param("c", consumer)
			.query(Long.class)
			.single();
	}

	List<EventQueue.Failure> failures(String consumer, int limit) {
		return jdbc.sql("""
				select id, event_type, published_at, attempts, last_error, not_before from event_queue
				 where consumer = :c and attempts > 0 order by id limit :limit""")
			.param("c", consumer)
			.param("limit", limit)
			.query((rs, n) -> new EventQueue.Failure(rs.getLong("id"), rs.getString("event_type"),
					rs.getTimestamp("published_at").toInstant(), rs.getInt("attempts"), rs.getString("last_error"),
					rs.getTimestamp("not_before").toInstant()))
			.list();
	}

}
