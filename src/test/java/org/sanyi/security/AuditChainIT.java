package org.sanyi.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.security.internal.AuditChain;
import org.sanyi.security.internal.AuditChain.Kind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log's hash chain: rows written concurrently are chained without gaps, and
 * what the owner of the table changes behind the triggers (session_replication_role =
 * replica, as only a superuser may) is found at the row it changed or after the row it
 * deleted; the 审计日志 → 校验 page says so to an administrator.
 */
@IntegrationTest
class AuditChainIT {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void rowsWrittenConcurrentlyFromManyConnectionsFormOneUnbrokenChain() throws Exception {
		long before = jdbc.sql("select max(chain_seq) from sec_audit_log").query(Long.class).single();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				writers.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
						audit.record(AuditAction.WRITE, "test:chain-concurrent", thread + "-" + i, null);
					}
				}));
			}
			for (Future<?> writer : writers) {
				writer.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from sec_audit_log where resource = 'test:chain-concurrent'")
			.query(Long.class)
			.single()).isEqualTo(200);
		AuditChain.Verification verified = chain.verify();
		assertThat(verified.problem()).isNull();
		assertThat(verified.headSeq()).isGreaterThanOrEqualTo(before + 200);
		assertThat(verified.rows()).isEqualTo(verified.headSeq());
	}

	/**
	 * Rows written at the same moment outside a transaction (as the write requests of a
	 * release moment) are committed a group at a time by one writer, chained in order; a
	 * row written in a transaction that rolls back is not written.
	 */
	@Test
	void rowsOfManyRequestsAtOnceAreCommittedInGroupsAndStayChained() throws Exception {
		List<Thread> threads = new ArrayList<>();
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		for (int t = 0; t < 200; t++) {
			int n = t;
			threads.add(Thread.startVirtualThread(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				audit.record(AuditAction.WRITE, "test:chain-group", String.valueOf(n), null);
			}));
		}
		start.countDown();
		for (Thread t : threads) {
			t.join();
		}
		assertThat(jdbc.sql("select count(*) from sec_audit_log where resource = 'test:chain-group'")
			.query(Long.class)
			.single()).isEqualTo(200);
		// fewer transactions than rows: grouped
		assertThat(jdbc.sql("select count(distinct xmin::text) from sec_audit_log where resource = 'test:chain-group'")
			.query(Long.class)
			.single()).isLessThan(200);
		assertThat(chain.verify().problem()).isNull();

		try {
			transactions.executeWithoutResult(s -> {
				audit.record(AuditAction.WRITE, "test:chain-rolled-back", "1", null);
				throw new IllegalStateException("roll back");
			});
		}
		catch (IllegalStateException expected) {
			// the transaction rolled back with the row in it
		}
		assertThat(jdbc.sql("select count(*) from sec_audit_log where resource = 'test:chain-rolled-back'")
			.query(Long.class)
			.single()).isZero();
		assertThat(chain.verify().problem()).isNull();
	}

	@Test
	void aRowTheOwnerChangesIsFoundAtThatRow() throws SQLException {
		Map<String, Object> row = threeRowsAndTheMiddleOne("changed");
		long id = ((Number) row.get("id")).longValue();
		long seq = ((Number) row.get("chain_seq")).longValue();
		asOwner("update sec_audit_log set detail = 'nothing happened' where id = " + id);
		try {
			AuditChain.Verification verified = chain.verify();
			assertThat(verified.problem()).isEqualTo(new AuditChain.Problem(seq, id, Kind.CONTENT_CHANGED));
			assertThat(verified.rows()).isEqualTo(seq - 1);

			HttpSession admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
			admin.get("/security/audit/verify");
			String page = admin.postForm("/security/audit/verify", Map.of()).body();
			assertThat(page).contains("id=\"chain-broken\"").contains("第 " + String.format("%,d", seq) + " 条记录");
		}
		finally {
			asOwner("update sec_audit_log set detail = 'the middle one' where id = " + id);
		}
		assertThat(chain.verify().problem()).isNull();
	}

	@Test
	void aRowTheOwnerDeletesIsFoundAtTheRowAfterIt() throws SQLException {
		Map<String, Object> row = threeRowsAndTheMiddleOne("deleted");
		long id = ((Number) row.get("id")).longValue();
		long seq = ((Number) row.get("chain_seq")).longValue();
		long next = jdbc.sql("select id from sec_audit_log where chain_seq = :s")
			.param("s", seq + 1)
			.query(Long.class)
			.single();
		asOwner("delete from sec_audit_log where id = " + id);
		try {
			assertThat(chain.verify().problem()).isEqualTo(new AuditChain.Problem(seq + 1, next, Kind.ROW_MISSING));
		}
		finally {
			restore(row);
		}
		assertThat(chain.verify().problem()).isNull();
	}

	@Test
	void theVerifyPageIsForAdministratorsAndShowsTheHeadToNote() {
		HttpSession admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		assertThat(admin.get("/security/audit").body()).contains("/security/audit/verify");
		admin.get("/security/audit/verify");
		String page = admin.postForm("/security/audit/verify", Map.of()).body();
		assertThat(page).contains("id=\"chain-intact\"")
			.contains("哈希链完整")
			.containsPattern("id=\"head-hash\">[0-9a-f]{64}<");
		assertThat(HttpSession.loggedIn(port, "wjw", "Sanyi@2026").get("/security/audit/verify").statusCode())
			.isEqualTo(403);
	}

	private Map<String, Object> threeRowsAndTheMiddleOne(String test) {
		audit.record(AuditAction.WRITE, "test:chain", test + "-1", "before");
		audit.record(AuditAction.WRITE, "test:chain", test + "-2", "the middle one");
		audit.record(AuditAction.WRITE, "test:chain", test + "-3", "after");
		// something else may have written in between; the chain is over all rows anyway
		return jdbc.sql("select * from sec_audit_log where resource = 'test:chain' and target = :t")
			.param("t", test + "-2")
			.query()
			.singleRow();
	}

	/**
	 * What only the owner can do: with the triggers off for the transaction (superuser's
	 * replica role).
	 */
	private void asOwner(String sql) throws SQLException {
		try (Connection owner = postgres.getPostgresDatabase().getConnection();
				Statement st = owner.createStatement()) {
			owner.setAutoCommit(false);
			st.execute("set local session_replication_role = replica");
			st.executeUpdate(sql);
			owner.commit();
		}
	}

	private void restore(Map<String, Object> row) throws SQLException {
		try (Connection owner = postgres.getPostgresDatabase().getConnection();
				Statement st = owner.createStatement()) {
			owner.setAutoCommit(false);
			st.execute("set local session_replication_role = replica");
			List<String> columns = new ArrayList<>(row.keySet());
			try (PreparedStatement insert = owner.prepareStatement("insert into sec_audit_log ("
					+ String.join(", ", columns) + ") values (" + "?, ".repeat(columns.size() - 1) + "?)")) {
				for (int i = 0; i < columns.size(); i++) {
					insert.setObject(i + 1, row.get(columns.get(i)));
				}
				insert.executeUpdate();
			}
			owner.commit();
		}
	}

}
