package org.sanyi;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits in integration tests until a module has processed the events addressed to it: its
 * event publications (Spring Modulith's registry) and its rows of the event queue
 * ({@code shared.events}). A queue row is deleted by the transaction that processed it,
 * so once none is left what they carried is committed.
 */
public final class AwaitEvents {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private AwaitEvents() {
	}

	/**
	 * Until the demo's statistics history, imported in the background from the start, has
	 * {@code months} months (the demo's 24 by default) — at most three minutes.
	 */
	public static void statisticsHistory(JdbcClient jdbc, int months) {
		long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (jdbc.sql("select count(*) from mon_fact_report where source = 'statistics-history'")
			.query(Long.class)
			.single() < months) {
			if (System.nanoTime() > end) {
				throw new AssertionError("the statistics history was not imported within 3 minutes");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Until monitoring has processed its events. */
	public static void monitoring(JdbcClient jdbc) {
		until(jdbc, "monitoring");
	}

	/**
	 * Until the module has processed its events (publications to its listeners, queue
	 * rows of its consumers).
	 */
	public static void until(JdbcClient jdbc, String module) {
		long end = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < end) {
			if (waiting(jdbc, module) == 0) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError(module + " did not process its events within " + PATIENCE + ": " + jdbc.sql("""
				select concat_ws('; ',
				    (select string_agg(listener_id || ' ' || coalesce(status, '-') || ' '
				                       || coalesce(completion_attempts, 0), '; ')
				     from event_publication where completion_date is null and listener_id like :l),
				    (select string_agg(consumer || ' #' || id || ' ' || attempts || ' ' || coalesce(last_error, '-'),
				                       '; ')
				     from event_queue where consumer like :c))""")
			.param("l", "org.sanyi." + module + ".%")
			.param("c", module + ".%")
			.query(String.class)
			.single());
	}

	/**
	 * Holds a consumer's drain lock on a connection of its own, as a node draining it
	 * would: no drain takes the consumer's events until it is closed.
	 */
	public static Held hold(DataSource dataSource, String consumer) throws SQLException {
		Connection connection = dataSource.getConnection();
		lock(connection, "pg_advisory_lock", consumer);
		return new Held(connection, consumer);
	}

	/** A consumer's drain lock, held until closed. */
	public record Held(Connection connection, String consumer) implements AutoCloseable {

		@Override
		public void close() throws SQLException {
			try (connection) {
				lock(connection, "pg_advisory_unlock", consumer);
			}
		}

	}

	private static void lock(Connection connection, String function, String consumer) throws SQLException {
		try (var statement = connection
			.prepareStatement("select " + function + "(hashtextextended('event_queue:' || ?, 0))")) {
			statement.setString(1, consumer);
			statement.executeQuery().close();
		}
	}

	private static long waiting(JdbcClient jdbc, String module) {
		return jdbc.sql("""
				select (select count(*) from event_publication where completion_date is null and listener_id like :l)
				     + (select count(*) from event_queue where consumer like :c)""")
			.param("l", "org.sanyi." + module + ".%")
			.param("c", module + ".%")
			.query(Long.class)
			.single();
	}

}
