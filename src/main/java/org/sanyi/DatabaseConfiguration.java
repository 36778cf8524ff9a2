package org.sanyi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The platform's single PostgreSQL. With no {@code sanyi.db.url} the application starts
 * an embedded PostgreSQL of its own (zonky binaries) whose data directory survives
 * restarts, so a fresh machine needs nothing but a JDK; with a URL it connects to that
 * server. Either way the same Flyway migrations run.
 * <p>
 * Two database users: the migrations run as the owner of the tables, the application's
 * pool connects as a role that owns nothing ({@value #EMBEDDED_APP_USER} on the embedded
 * server, {@code sanyi.db.user} on an external one). The owner grants that role what it
 * needs on every table, present and future ({@code __root/V4}), and each module revokes
 * what its append-only tables must never allow (the audit log, the ledger): so the
 * application, or anybody who injects SQL into it, cannot rewrite them, whatever the
 * triggers or session settings.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	/**
	 * The application's role on the embedded server; the migrations run as the superuser
	 * that owns the tables.
	 */
	static final String EMBEDDED_APP_USER = "sanyi_app";

	static final String EMBEDDED_OWNER = "postgres";

	static final String DATABASE = "postgres";

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("'${sanyi.db.url:}'.isEmpty()")
	EmbeddedPostgres embeddedPostgres(@Value("${sanyi.db.embedded.data-dir}") Path dataDir,
			@Value("${sanyi.db.embedded.port:0}") int port, @Value("${sanyi.db.embedded.clean:false}") boolean clean,
			@Value("${sanyi.db.embedded.settings:}") List<String> settings) throws IOException {
		if (clean) {
			// a throw-away directory (tests): what a killed run left half-deleted would
			// make initdb refuse to start
			FileSystemUtils.deleteRecursively(dataDir);
		}
		Files.createDirectories(dataDir);
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(clean)
			// Spring closes the bean after everything that uses the database (the event
			// publication registry looks
			// for incomplete publications while it shuts down); zonky's own JVM hook
			// would stop PostgreSQL first
			.setRegisterShutdownHook(false)
			.setServerConfig("timezone", "Asia/Shanghai")
			// zonky's builder defaults to synchronous_commit=off (test speed): a commit
			// would return before its WAL
			// is written, and a crash of PostgreSQL would lose answers already
			// acknowledged (a settlement the HIS
			// printed a receipt for). Committed must mean durable, as on an external
			// server.
			.setServerConfig("synchronous_commit", "on")
			// zonky starts the server without fsync: a commit survives a crash of
			// PostgreSQL or of the application
			// (the operating system still holds the written pages), not a power loss;
			// production uses an external
			// server (README). Torn pages, which full-page images in the WAL repair, only
			// come from a power loss, so
			// they would protect nothing here and cost a third of the WAL after every
			// checkpoint.
			.setServerConfig("full_page_writes", "off")
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "256MB")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8");
		// extra server settings as name=value (bench/settlement.sh adds
		// pg_stat_statements to see where PostgreSQL
		// spends its time)
		for (String setting : settings) {
			int eq = setting.indexOf('=');
			if (eq <= 0) {
				throw new IllegalArgumentException("sanyi.db.embedded.settings expects name=value, got: " + setting);
			}
			builder.setServerConfig(setting.substring(0, eq).strip(), setting.substring(eq + 1).strip());
		}
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		createApplicationRole(postgres);
		log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir);
		return postgres;
	}

	/**
	 * The role the application connects as: it logs in and owns nothing (local
	 * connections are trusted, so it needs no password). What it may do on the tables,
	 * the owner's migrations grant.
	 */
	private static void createApplicationRole(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + EMBEDDED_APP_USER
					+ "') then create role " + EMBEDDED_APP_USER + " login nosuperuser nocreatedb nocreaterole; "
					+ "end if; end $$");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the application's database role", ex);
		}
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("'${sanyi.db.url:}'.isEmpty()")
	DataSource embeddedDataSource(EmbeddedPostgres postgres, @Value("${sanyi.db.pool-size:0}") int poolSize) {
		return pool(postgres.getJdbcUrl(EMBEDDED_APP_USER, DATABASE), EMBEDDED_APP_USER, "", poolSize);
	}

	/**
	 * The migrations of the embedded server run as its superuser, which owns every table.
	 */
	@Bean
	@ConditionalOnExpression("'${sanyi.db.url:}'.isEmpty()")
	FlywayConfigurationCustomizer embeddedMigrations(EmbeddedPostgres postgres) {
		return configuration -> migrateAs(configuration, postgres.getJdbcUrl(EMBEDDED_OWNER, DATABASE), EMBEDDED_OWNER,
				"", EMBEDDED_APP_USER);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("!'${sanyi.db.url:}'.isEmpty()")
	DataSource externalDataSource(@Value("${sanyi.db.url}") String url, @Value("${sanyi.db.user}") String user,
			@Value("${sanyi.db.password}") String password, @Value("${sanyi.db.pool-size:0}") int poolSize) {
		return pool(url, user, password, poolSize);
	}

	/**
	 * The migrations of an external server run as {@code sanyi.db.migration-user}, the
	 * owner of the tables; without one they run as the application's user, which then
	 * owns them (start-up refuses that outside the demo profile: security's
	 * DatabaseRoleCheck).
	 */
	@Bean
	@ConditionalOnExpression("!'${sanyi.db.url:}'.isEmpty()")
	FlywayConfigurationCustomizer externalMigrations(@Value("${sanyi.db.url}") String url,
			@Value("${sanyi.db.user}") String user, @Value("${sanyi.db.password}") String password,
			@Value("${sanyi.db.migration-user:}") String owner,
			@Value("${sanyi.db.migration-password:}") String ownerPassword) {
		return configuration -> {
			if (owner.isBlank()) {
				migrateAs(configuration, url, user, password, user);
			}
			else {
				migrateAs(configuration, url, owner, ownerPassword, user);
			}
		};
	}

	/**
	 * Flyway connects as {@code owner}; the migrations grant to the role named by the
	 * placeholder {@code appUser}.
	 */
	private static void migrateAs(FluentConfiguration configuration, String url, String owner, String password,
			String appUser) {
		configuration.dataSource(url, owner, password);
		Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
		placeholders.put("appUser", appUser);
		configuration.placeholders(placeholders);
	}

	/**
	 * Connections when none are configured: four per core, at least eight. More
	 * connections than the cores can serve do not settle more per second; they make every
	 * transaction wait longer for a core while holding its locks (bench/settlement.sh on
	 * two cores: 32 connections gave a p99 near one second at a steady 200 settlements/s,
	 * 8 gave 54 ms at the same rate).
	 */
	static int defaultPoolSize() {
		return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
	}

	/**
	 * The monitoring migration whose rollup write protocol this version follows: the
	 * rollup and its margins written in one statement (V65), 门诊 and 住院's margins among
	 * them (V67). Raise it with the protocol.
	 */
	static final int ROLLUP_PROTOCOL = 67;

	private static HikariDataSource pool(String url, String user, String password, int poolSize) {
		var config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(poolSize > 0 ? poolSize : defaultPoolSize());
		config.setPoolName("sanyi");
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		// the monitoring rollup's write protocol this version follows (its margins, V65
		// and V67): a connection that does not say so may not write the rollup
		// (monitoring V66, V67)
		config.addDataSourceProperty("options", "-c sanyi.rollup_protocol=" + ROLLUP_PROTOCOL);
		config.setConnectionInitSql("set time zone 'Asia/Shanghai'");
		return new HikariDataSource(config);
	}

}
