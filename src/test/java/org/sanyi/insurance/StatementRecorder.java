package org.sanyi.insurance;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Records every SQL statement the application sends and every commit, with the thread
 * that sent it, for query-count assertions on hot paths. While recording, the
 * application's {@link JdbcTemplate} (behind every {@code JdbcClient} and the event
 * publication registry) and its transaction manager take connections through a recording
 * {@link DataSource}; {@link #close()} puts the real one back. The recording data source
 * is an {@link InfrastructureProxy} of the real one, so transactions bound before, during
 * or after recording find their connection under the same key: nothing about the context
 * changes (no other application context is started).
 */
public final class StatementRecorder implements AutoCloseable {

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
			"executeLargeUpdate", "executeLargeBatch");

	/**
	 * One round trip: a statement (a batch counts once: it is rewritten into one
	 * multi-row insert) or a commit.
	 */
	public record Sent(Thread thread, String sql) {

		public boolean commit() {
			return "COMMIT".equals(sql);
		}

	}

	private final List<Sent> sent = new ArrayList<>();

	private final JdbcTemplate jdbc;

	private final DataSourceTransactionManager transactions;

	private final DataSource real;

	private StatementRecorder(JdbcTemplate jdbc, DataSourceTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.real = jdbc.getDataSource();
		if (transactions.getDataSource() != real) {
			throw new IllegalStateException("the JdbcTemplate and the transaction manager use different data sources");
		}
	}

	public static StatementRecorder start(JdbcTemplate jdbc, DataSourceTransactionManager transactions) {
		StatementRecorder recorder = new StatementRecorder(jdbc, transactions);
		DataSource recording = (DataSource) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
				new Class<?>[] { DataSource.class, InfrastructureProxy.class }, recorder.dataSource());
		jdbc.setDataSource(recording);
		transactions.setDataSource(recording);
		return recorder;
	}

	/** What was sent so far, in order. */
	public synchronized List<Sent> sent() {
		return List.copyOf(sent);
	}

	/**
	 * The statements and commits sent by the thread that sent a statement containing
	 * {@code marker}.
	 */
	public List<Sent> ofThreadThatSent(String marker) {
		List<Sent> all = sent();
		Thread thread = all.stream()
			.filter(s -> s.sql().contains(marker))
			.map(Sent::thread)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no statement with " + marker + " among " + all));
		return all.stream().filter(s -> s.thread() == thread).toList();
	}

	@Override
	public void close() {
		jdbc.setDataSource(real);
		transactions.setDataSource(real);
	}

	private synchronized void record(String sql) {
		sent.add(new Sent(Thread.currentThread(), sql.strip().replaceAll("\\s+", " ")));
	}

	private InvocationHandler dataSource() {
		return (proxy, method, args) -> {
			if (method.getName().equals("getWrappedObject")) {
				return real;
			}
			Object result = invoke(real, method, args);
			return result instanceof Connection c ? wrap(c, Connection.class, connection(c)) : result;
		};
	}

	private InvocationHandler connection(Connection target) {
		return (proxy, method, args) -> {
			Object result = invoke(target, method, args);
			if (method.getName().equals("commit")) {
				record("COMMIT");
			}
			String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : "";
			if (result instanceof CallableStatement s) {
				return wrap(s, CallableStatement.class, statement(s, sql));
			}
			if (result instanceof PreparedStatement s) {
				return wrap(s, PreparedStatement.class, statement(s, sql));
			}
			if (result instanceof Statement s) {
				return wrap(s, Statement.class, statement(s, sql));
			}
			return result;
		};
	}

	private InvocationHandler statement(Statement target, String prepared) {
		return (proxy, method, args) -> {
			if (EXECUTIONS.contains(method.getName())) {
				record(args != null && args.length > 0 && args[0] instanceof String s ? s : prepared);
			}
			return invoke(target, method, args);
		};
	}

	@SuppressWarnings("unchecked")
	private static <T> T wrap(T target, Class<T> type, InvocationHandler handler) {
		return (T) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
