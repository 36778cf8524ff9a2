package org.sanyi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.FileSystemUtils;

/**
 * Databases for {@link ModuleTest}s. The {@link IntegrationTest} context owns the run's
 * main embedded PostgreSQL; the module tests share a second one, started on first use,
 * and each module gets a fresh database in it ({@code module_drg}), so a module test
 * costs a {@code create database} and its migrations, not a PostgreSQL start. The server
 * stops after Spring has closed every context (their event publication registries still
 * write on close).
 */
public class ModuleTestDatabases implements ContextCustomizerFactory {

	/**
	 * The application's role on the module tests' server, as on the main one
	 * (DatabaseConfiguration).
	 */
	static final String APP_USER = "sanyi_app";

	private static EmbeddedPostgres server;

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!AnnotatedElementUtils.hasAnnotation(testClass, ApplicationModuleTest.class)) {
			return null;
		}
		String packageName = testClass.getPackageName();
		return new ModuleDatabase("module_" + packageName.substring(packageName.lastIndexOf('.') + 1));
	}

	/**
	 * Points the context at its module's database the way an installation on an external
	 * server is configured (README): the migrations run as the owner of the tables, the
	 * application connects as a role that owns nothing.
	 */
	record ModuleDatabase(String name) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			EmbeddedPostgres postgres = server();
			recreate(postgres, name);
			// no user in the URL: the driver would prefer it to the migrations' and the
			// pool's users
			String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
			TestPropertyValues
				.of("sanyi.db.url=" + url, "sanyi.db.user=" + APP_USER, "sanyi.db.password=",
						"sanyi.db.migration-user=postgres", "sanyi.db.migration-password=")
				.applyTo(context);
		}

	}

	static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				Path dir = Path.of("target/pgdata-modules");
				FileSystemUtils.deleteRecursively(dir);
				Files.createDirectories(dir);
				server = EmbeddedPostgres.builder()
					.setDataDirectory(dir)
					.setCleanDataDirectory(true)
					.setRegisterShutdownHook(false)
					.setServerConfig("timezone", "Asia/Shanghai")
					.setServerConfig("shared_buffers", "64MB")
					.setLocaleConfig("encoding", "UTF8")
					.setLocaleConfig("locale", "C.UTF-8")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			createApplicationRole(server);
			EmbeddedPostgres started = server;
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return server;
	}

	private static void createApplicationRole(EmbeddedPostgres postgres) {
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("create role " + APP_USER + " login nosuperuser nocreatedb nocreaterole");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the application's role " + APP_USER, ex);
		}
	}

	private static void recreate(EmbeddedPostgres postgres, String database) {
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("drop database if exists " + database + " with (force)");
			s.execute("create database " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the module test database " + database, ex);
		}
	}

}
