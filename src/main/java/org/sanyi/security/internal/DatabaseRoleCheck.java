package org.sanyi.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The application's database role must not be able to rewrite the append-only tables: it
 * may be neither a superuser nor the owner of a table, nor hold UPDATE or DELETE on the
 * audit log (the migrations, run as the owner, grant and revoke accordingly:
 * DatabaseConfiguration). Outside the demo profile start-up refuses such a role and names
 * what to set; in the demo it warns.
 */
@Component
class DatabaseRoleCheck implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

	private final JdbcClient jdbc;

	private final boolean demo;

	DatabaseRoleCheck(JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.demo = environment.matchesProfiles(UnsafeSettingsCheck.DEMO_PROFILE);
	}

	@Override
	public void afterSingletonsInstantiated() {
		String problem = problem();
		if (problem == null) {
			return;
		}
		String message = "The application's database user " + problem + ": it could rewrite the audit log and the "
				+ "ledger. Let SANYI_DB_MIGRATION_USER (the owner of the tables) run the migrations and SANYI_DB_USER "
				+ "be a user that owns nothing (README: 外部 PostgreSQL / External PostgreSQL).";
		if (!demo) {
			throw new IllegalStateException(message);
		}
		log.warn("{} Tolerated in the demo profile only.", message);
	}

	/** What is wrong with the current role, or null. */
	String problem() {
		return jdbc.sql("""
				select coalesce(case
				    when r.rolsuper then 'is a superuser'
				    when exists (select 1 from pg_class c where c.relowner = r.oid and c.relkind in ('r', 'p')
				                 and c.relnamespace = 'public'::regnamespace) then 'owns tables'
				    when has_table_privilege('sec_audit_log', 'UPDATE')
				      or has_table_privilege('sec_audit_log', 'DELETE') then 'may update the audit log'
				end, '')
				from pg_roles r where r.rolname = current_user
				""").query(String.class).optional().filter(p -> !p.isEmpty()).orElse(null);
	}

}
