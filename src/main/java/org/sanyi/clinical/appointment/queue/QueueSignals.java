package org.sanyi.clinical.appointment.queue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live queue on the residents' phones (server-sent events). Every move of a
 * half-day's queue (a check-in, a call, the end of a visit) sends a PostgreSQL
 * {@code NOTIFY} on {@value #CHANNEL} with the schedule and the number called, in the
 * transaction of the move, so it leaves only if the move commits; every node
 * {@code LISTEN}s on a connection of its own (outside the pool) and passes it on to the
 * event streams of the phones connected to that node that follow the schedule. A call
 * reaches the phone whichever node the HIS and the phone talk to, within milliseconds
 * instead of the next poll. The event names what moved, not whose turn it is: the page
 * asks for its own panel again (the resident's position is read under their scope).
 */
@Component
public class QueueSignals implements SmartLifecycle {

	static final String CHANNEL = "sanyi_apt_queue";

	/** A stream ends after this long; the browser's EventSource opens a new one. */
	static final long STREAM_MILLIS = 10 * 60 * 1000L;

	private static final Logger log = LoggerFactory.getLogger(QueueSignals.class);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Map<Long, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

	private volatile boolean running;

	private volatile Thread listener;

	public QueueSignals(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * Signals that the schedule's queue moved, in the caller's transaction when there is
	 * one (PostgreSQL delivers it at commit, never after a rollback).
	 * @param calledNo the number just called, or null (a check-in, a visit over)
	 */
	public void changed(long scheduleId, Integer calledNo) {
		jdbc.sql("select pg_notify(:channel, :payload)")
			.param("channel", CHANNEL)
			.param("payload", scheduleId + ":" + (calledNo == null ? "" : calledNo))
			.query((rs, n) -> n)
			.list();
	}

	/**
	 * A stream of the schedule's queue moves for one phone: a {@code ready} event first,
	 * then a {@code queue} event with {@code {"scheduleId":…,"calledNo":…}} per move.
	 */
	public SseEmitter follow(long scheduleId) {
		SseEmitter emitter = new SseEmitter(STREAM_MILLIS);
		streams.compute(scheduleId, (k, set) -> {
			Set<SseEmitter> open = set == null ? ConcurrentHashMap.newKeySet() : set;
			open.add(emitter);
			return open;
		});
		Runnable remove = () -> forget(scheduleId, emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(ex -> remove.run());
		try {
			emitter.send(SseEmitter.event()
				.name("ready")
				.data("{\"scheduleId\":" + scheduleId + "}", MediaType.APPLICATION_JSON));
		}
		catch (IOException ex) {
			forget(scheduleId, emitter);
		}
		return emitter;
	}

	/** Streams open on this node (for tests and the log). */
	public int following(long scheduleId) {
		Set<SseEmitter> set = streams.get(scheduleId);
		return set == null ? 0 : set.size();
	}

	private void forget(long scheduleId, SseEmitter emitter) {
		streams.computeIfPresent(scheduleId, (k, set) -> {
			set.remove(emitter);
			return set.isEmpty() ? null : set;
		});
	}

	/** Passes a notification on to this node's streams of its schedule. */
	void deliver(String payload) {
		int colon = payload.indexOf(':');
		long scheduleId;
		try {
			scheduleId = Long.parseLong(payload.substring(0, Math.max(colon, 0)));
		}
		catch (NumberFormatException ex) {
			return;
		}
		Set<SseEmitter> set = streams.get(scheduleId);
		if (set == null || set.isEmpty()) {
			return;
		}
		String called = payload.substring(colon + 1);
		String json = "{\"scheduleId\":" + scheduleId + ",\"calledNo\":"
				+ (called.matches("\\d{1,9}") ? called : "null") + "}";
		// a slow phone must not hold up the listener (nor the other phones' next event)
		Thread.startVirtualThread(() -> {
			for (SseEmitter emitter : set) {
				try {
					emitter.send(SseEmitter.event().name("queue").data(json, MediaType.APPLICATION_JSON));
				}
				catch (IOException | IllegalStateException ex) {
					forget(scheduleId, emitter);
				}
			}
		});
	}

	private void listen() {
		while (running) {
			try (Connection connection = connection(); Statement statement = connection.createStatement()) {
				statement.execute("listen " + CHANNEL);
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = pg.getNotifications(1000);
					if (notifications != null) {
						for (PGNotification n : notifications) {
							deliver(n.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!running) {
					return;
				}
				log.warn("queue signals: listening failed ({}), again in a second", ex.toString());
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ie) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** A connection of its own: it waits for notifications all the time. */
	private Connection connection() throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
		}
		return dataSource.getConnection();
	}

	@Override
	public void start() {
		running = true;
		listener = Thread.ofPlatform().daemon().name("queue-signals").start(this::listen);
	}

	@Override
	public void stop() {
		running = false;
		Thread t = listener;
		if (t != null) {
			try {
				t.join(3000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		streams.values().forEach(set -> set.forEach(SseEmitter::complete));
		streams.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
