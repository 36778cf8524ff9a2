package org.sanyi.security.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.security.PermissionCatalogue;
import org.sanyi.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' permission catalogues grant exactly what the permission migrations
 * (security V1–V11, already applied on every existing database) granted: the role ×
 * permission matrix of a schema built by those migrations alone equals the matrix of a
 * schema whose grants come from the catalogue sync alone, and equals this database's
 * after start-up, up to the permissions introduced since by catalogues only
 * ({@link #INTRODUCED_BY_CATALOGUES}). So existing accounts keep exactly their rights,
 * and new modules declare catalogues instead of writing migrations.
 */
@IntegrationTest
class PermissionCatalogueIT {

	/**
	 * The last migration that grants permissions; later security migrations change other
	 * things.
	 */
	static final String LAST_PERMISSION_MIGRATION = "11";

	/**
	 * Permissions that came after the permission migrations into modules the migrations
	 * knew, declared in a catalogue only, by role. (Modules that came later are granted
	 * by their catalogue alone: see the test.)
	 */
	static final Map<String, Set<String>> INTRODUCED_BY_CATALOGUES = Map.of("PLATFORM_ADMIN",
			Set.of("security:user:unlock", "security:audit:verify", "security:ops:metrics", "supervision:rule:list",
					"supervision:audit:run", "supervision:suspicion:list", "supervision:inspection:list",
					"supervision:suspicion:doctor", "identity:death:register", "identity:death:list"),
			// fund supervision (issue 13), its doctor's view among them; death
			// registration
			// for 死亡后就医 (identity)
			"HEALTH_REGULATOR",
			Set.of("supervision:rule:list", "supervision:suspicion:list", "supervision:inspection:list",
					"supervision:suspicion:doctor", "identity:death:register", "identity:death:list"),
			"INSURANCE_OFFICER",
			Set.of("supervision:rule:list", "supervision:rule:edit", "supervision:rule:approve",
					"supervision:audit:run", "supervision:suspicion:list", "supervision:suspicion:decide",
					"supervision:inspection:list", "supervision:suspicion:doctor", "identity:death:list"),
			"INSURANCE_CLERK",
			Set.of("supervision:suspicion:list", "supervision:suspicion:answer", "supervision:suspicion:doctor"),
			"DOCTOR", Set.of("identity:death:register", "supervision:suspicion:doctor"));

	/**
	 * Roles that came after the permission migrations (security V17 on), with their data
	 * scope: a schema built by the old migrations gets them too, so that the catalogues
	 * may grant them (a new role holds what the catalogues give it and nothing else).
	 */
	static final Map<String, String> ROLES_INTRODUCED_LATER = Map.of("PHARMACIST", "INSTITUTION", "SUPPLIER",
			"INSTITUTION");

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PermissionCatalogue> catalogues;

	@Autowired
	PermissionCatalogueSync sync;

	@Autowired
	MessageSource messages;

	@Test
	void catalogueSyncGrantsEveryRoleExactlyWhatThePermissionMigrationsGranted() {
		inSchema("perm_by_migrations", LAST_PERMISSION_MIGRATION,
				byMigrations -> inSchema("perm_by_catalogues", "1", byCatalogues -> {
					byCatalogues.sql("delete from sec_role_permission").update();
					var outcome = new PermissionCatalogueSync(catalogues, new PermissionGrants(byCatalogues)).sync();

					SortedMap<String, SortedSet<String>> expected = matrix(byMigrations);
					INTRODUCED_BY_CATALOGUES.forEach((role, added) -> {
						assertThat(expected.get(role)).as("granted by a migration already")
							.doesNotContainAnyElementsOf(added);
						expected.get(role).addAll(added);
					});
					// modules that came after the permission migrations (monitoring, …)
					// are granted by their
					// catalogue only: what it declares is what their roles hold
					Set<String> known = new java.util.HashSet<>();
					expected.values().forEach(names -> names.forEach(n -> known.add(n.split(":")[0])));
					catalogues.stream()
						.filter(c -> !known.contains(c.module()))
						.forEach(c -> c.permissions()
							.forEach(permission -> permission.defaultRoles()
								.forEach(role -> expected.get(role.name()).add(permission.name()))));
					assertThat(expected.keySet())
						.containsExactlyInAnyOrderElementsOf(Stream.of(Role.values()).map(Role::name).toList());
					assertThat(matrix(byCatalogues)).isEqualTo(expected);
					assertThat(outcome.granted()).isEqualTo(expected.values().stream().mapToInt(Set::size).sum());
					assertThat(matrix(jdbc)).as("this database after start-up").isEqualTo(expected);
				}));
	}

	@Test
	void syncIsIdempotentKeepsAdministratorsGrantsAndRemovesOnlyRetiredOnes() {
		assertThat(sync.sync().granted()).as("a second start grants nothing").isZero();
		inSchema("perm_admin_grants", "1", schema -> {
			var grants = new PermissionGrants(schema);
			var legacy = PermissionCatalogue.of("legacy").retired("legacy:report:list").build();
			var withLegacy = Stream.concat(catalogues.stream(), Stream.of(legacy)).toList();
			new PermissionCatalogueSync(withLegacy, grants).sync();
			schema
				.sql("""
						insert into sec_role_permission (role_code, permission) values
						('DOCTOR', 'insurance:ledger:list'), ('DOCTOR', 'legacy:report:list'), ('RESIDENT', 'old:thing:list')
						""")
				.update();

			var again = new PermissionCatalogueSync(withLegacy, grants).sync();

			assertThat(again.granted()).isZero();
			assertThat(again.revoked()).isEqualTo(1);
			assertThat(again.undeclared()).containsExactly("old:thing:list");
			assertThat(matrix(schema).get("DOCTOR")).contains("insurance:ledger:list")
				.doesNotContain("legacy:report:list");
			assertThat(matrix(schema).get("RESIDENT")).contains("old:thing:list");
		});
	}

	@Test
	void everyPermissionHasAChineseAndAnEnglishLabel() {
		for (var catalogue : catalogues) {
			for (var permission : catalogue.permissions()) {
				String zh = messages.getMessage(permission.labelKey(), null, Locale.SIMPLIFIED_CHINESE);
				String en = messages.getMessage(permission.labelKey(), null, Locale.ENGLISH);
				assertThat(zh).as(permission.labelKey()).containsPattern("\\p{IsHan}");
				assertThat(en).as(permission.labelKey()).doesNotContainPattern("\\p{IsHan}").isNotEqualTo(zh);
			}
		}
	}

	@Test
	void everyPermissionTheCodeChecksIsDeclaredByItsModule() throws IOException {
		Set<String> declared = catalogues.stream()
			.flatMap(c -> c.permissions().stream())
			.map(PermissionCatalogue.Permission::name)
			.collect(Collectors.toSet());
		Pattern checked = Pattern.compile("[\"']([a-z]+:[a-z-]+:[a-z-]+)[\"']");
		Set<String> undeclared = new TreeSet<>();
		for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources/templates"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Matcher m = checked.matcher(Files.readString(file));
					while (m.find()) {
						if (!m.group(1).startsWith("urn:") && !declared.contains(m.group(1))) {
							undeclared.add(file.getFileName() + ": " + m.group(1));
						}
					}
				}
			}
		}
		assertThat(undeclared).isEmpty();
		assertThat(declared).contains("registry:region:list", "security:audit:list");
	}

	@Test
	void rolesPageShowsEachModulesPermissionsWithWhoHoldsThemForAdministratorsOnly() {
		var admin = HttpSession.loggedIn(port, "admin", "Sanyi@2026");
		HttpResponse<String> page = admin.get("/security/roles");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("角色权限", "查看行政区划", "registry:region:list", "复核DRG权重与费率", "医保局经办人员", "✓");
		assertThat(HttpSession.loggedIn(port, "ybj", "Sanyi@2026").get("/security/roles").statusCode()).isEqualTo(403);
	}

	/** Role → permissions, as the {@code sec_role_permission} rows of one schema say. */
	static SortedMap<String, SortedSet<String>> matrix(JdbcClient jdbc) {
		SortedMap<String, SortedSet<String>> matrix = new TreeMap<>();
		jdbc.sql("select code from sec_role").query(String.class).list().forEach(r -> matrix.put(r, new TreeSet<>()));
		jdbc.sql("select role_code, permission from sec_role_permission")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> matrix.get(e.getKey()).add(e.getValue()));
		return matrix;
	}

	/**
	 * Runs the security migrations up to {@code target} in a fresh schema of this
	 * database, as the tables' owner, and hands a client bound to that schema to
	 * {@code work}; the schema is dropped afterwards.
	 */
	void inSchema(String schema, String target, Consumer<JdbcClient> work) {
		// as the owner of the tables: the application's role may not create schemas
		// (__root V4)
		String url = postgres.getJdbcUrl("postgres", "postgres");
		url += (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		var single = new SingleConnectionDataSource(url, "postgres", "", true);
		var owner = JdbcClient.create(single);
		try {
			owner.sql("drop schema if exists " + schema + " cascade").update();
			Flyway.configure()
				.dataSource(single)
				.schemas(schema)
				.locations("classpath:db/migration/security")
				.table("flyway_schema_history_security")
				.target(target)
				.load()
				.migrate();
			ROLES_INTRODUCED_LATER.forEach((role, scope) -> owner
				.sql("insert into sec_role (code, name_key, scope_kind) values (:c, :k, :s) on conflict do nothing")
				.param("c", role)
				.param("k", "role." + role)
				.param("s", scope)
				.update());
			work.accept(owner);
		}
		finally {
			owner.sql("drop schema if exists " + schema + " cascade").update();
			single.destroy();
		}
	}

}
