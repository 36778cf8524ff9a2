package org.sanyi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The platform's single PostgreSQL. With no {@code sanyi.db.url} the application starts an embedded PostgreSQL of its
 * own (zonky binaries) whose data directory survives restarts, so a fresh machine needs nothing but a JDK; with a URL it
 * connects to that server. Either way the same Flyway migrations run.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("'${sanyi.db.url:}'.isEmpty()")
	EmbeddedPostgres embeddedPostgres(@Value("${sanyi.db.embedded.data-dir}") Path dataDir,
			@Value("${sanyi.db.embedded.port:0}") int port, @Value("${sanyi.db.embedded.clean:false}") boolean clean,
			@Value("${sanyi.db.embedded.settings:}") List<String> settings) throws IOException {
		if (clean) {
			// a throw-away directory (tests): what a killed run left half-deleted would make initdb refuse to start
			FileSystemUtils.deleteRecursively(dataDir);
		}
		Files.createDirectories(dataDir);
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(clean)
			// Spring closes the bean after everything that uses the database (the event publication registry looks
			// for incomplete publications while it shuts down); zonky's own JVM hook would stop PostgreSQL first
			.setRegisterShutdownHook(false)
			.setServerConfig("timezone", "Asia/Shanghai")
			// zonky's builder defaults to synchronous_commit=off (test speed): a commit would return before its WAL
			// is written, and a crash of PostgreSQL would lose answers already acknowledged (a settlement the HIS
			// printed a receipt for). Committed must mean durable, as on an external server.
			.setServerConfig("synchronous_commit", "on")
			// zonky starts the server without fsync: a commit survives a crash of PostgreSQL or of the application
			// (the operating system still holds the written pages), not a power loss; production uses an external
			// server (README). Torn pages, which full-page images in the WAL repair, only come from a power loss, so
			// they would protect nothing here and cost a third of the WAL after every checkpoint.
			.setServerConfig("full_page_writes", "off")
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "256MB")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8");
		// extra server settings as name=value (bench/settlement.sh adds pg_stat_statements to see where PostgreSQL
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
		log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir);
		return postgres;
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("'${sanyi.db.url:}'.isEmpty()")
	DataSource embeddedDataSource(EmbeddedPostgres postgres, @Value("${sanyi.db.pool-size:0}") int poolSize) {
		return pool(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", poolSize);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("!'${sanyi.db.url:}'.isEmpty()")
	DataSource externalDataSource(@Value("${sanyi.db.url}") String url, @Value("${sanyi.db.user}") String user,
			@Value("${sanyi.db.password}") String password, @Value("${sanyi.db.pool-size:0}") int poolSize) {
		return pool(url, user, password, poolSize);
	}

	/**
	 * Connections when none are configured: four per core, at least eight. More connections than the cores can
	 * serve do not settle more per second; they make every transaction wait longer for a core while holding its
	 * locks (bench/settlement.sh on two cores: 32 connections gave a p99 near one second at a steady 200
	 * settlements/s, 8 gave 54 ms at the same rate).
	 */
	static int defaultPoolSize() {
		return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
	}

	private static HikariDataSource pool(String url, String user, String password, int poolSize) {
		var config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(poolSize > 0 ? poolSize : defaultPoolSize());
		config.setPoolName("sanyi");
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		config.setConnectionInitSql("set time zone 'Asia/Shanghai'");
		return new HikariDataSource(config);
	}

}
