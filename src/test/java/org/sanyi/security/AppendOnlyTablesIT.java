package org.sanyi.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanyi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's own database role (the pool every request uses, so also whoever
 * injects SQL into it) cannot change a row of the audit log or the ledger by any means:
 * not by UPDATE, DELETE or TRUNCATE, nor by switching the triggers off through
 * session_replication_role or ALTER TABLE, nor by granting itself the rights back, taking
 * the owner's role or replacing the trigger functions. It may still add rows and read
 * them.
 */
@IntegrationTest
class AppendOnlyTablesIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theApplicationsRoleIsNoSuperuserAndOwnsNoTable() {
		assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
			.isFalse();
		assertThat(jdbc
			.sql("select count(*) from pg_class c join pg_roles r on r.oid = c.relowner "
					+ "where r.rolname = current_user")
			.query(Long.class)
			.single()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sec_audit_log", "ins_ledger_entry" })
	void rowsCannotBeChangedByAnyMeans(String table) {
		long rows = count(table);
		assertThat(rows).isPositive();
		String first = "(select min(id) from " + table + ")";
		String change = table.equals("sec_audit_log") ? "update sec_audit_log set detail = 'forged' where id = " + first
				: "update ins_ledger_entry set amount = 0 where id = " + first;
		List<String> attempts = List.of(change, "delete from " + table + " where id = " + first, "truncate " + table,
				"alter table " + table + " disable trigger all", "alter table " + table + " owner to current_user",
				"drop table " + table,
				"create or replace function "
						+ (table.equals("sec_audit_log") ? "sec_audit_log_is_append_only" : "ins_ledger_is_append_only")
						+ "() returns trigger language plpgsql as $$ begin return new; end $$",
				"set role postgres");
		for (String attempt : attempts) {
			assertThatThrownBy(() -> jdbc.sql(attempt).update()).as(attempt)
				.rootCause()
				.hasMessageMatching("(?s).*(permission denied|must be owner|must be superuser).*");
		}
		// the replica role would skip the triggers; only a superuser may take it
		assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql(change).update();
		})).rootCause().hasMessageContaining("permission denied");
		// granting itself the right back does nothing (a warning or an error): it holds
		// no grant option
		try {
			jdbc.sql("grant update, delete on " + table + " to current_user").update();
		}
		catch (DataAccessException refused) {
			// as good
		}
		assertThatThrownBy(() -> jdbc.sql(change).update()).rootCause().hasMessageContaining("permission denied");
		assertThat(count(table)).isEqualTo(rows);
	}

	@Test
	void theApplicationsRoleStillAddsAndReadsAuditRows() {
		long before = count("sec_audit_log");
		jdbc.sql("insert into sec_audit_log (action, resource, outcome) values ('WRITE', 'test:append', 'SUCCESS')")
			.update();
		assertThat(count("sec_audit_log")).isEqualTo(before + 1);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
