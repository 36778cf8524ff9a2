package org.sanyi;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of docs/ARCHITECTURE.md hold: only API types cross modules, no
 * cycles, and every module declares in its {@code package-info.java} which modules it may
 * use ({@code allowedDependencies}), within the graph of DESIGN.md §3. {@code verify()}
 * fails on any edge a module did not declare; the tests below make sure the declarations
 * themselves stay inside the design, so widening a package-info does not silently widen
 * the graph.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(SanyiApplication.class);

	/** Every module may use these; DESIGN.md §3 lists only what comes on top. */
	static final Set<String> KERNEL = Set.of("shared", "security");

	/**
	 * Nobody may depend on these: demo is the generator, monitoring learns everything
	 * from events.
	 */
	static final Set<String> LEAVES = Set.of("demo", "monitoring");

	/**
	 * DESIGN.md §3, the modules of today and the ones announced (supervision, pharma,
	 * clinical, monitoring), so a new module plugs in without editing this test.
	 * {@code *} means "every module but the leaves".
	 */
	static final Map<String, Set<String>> DESIGN = Map.ofEntries(Map.entry("shared", Set.of()),
			// not registry: registry applies the security data scope, the reverse edge
			// would be a cycle (ARCHITECTURE)
			Map.entry("security", Set.of("shared")), Map.entry("registry", KERNEL), Map.entry("terminology", KERNEL),
			Map.entry("identity", with("registry", "terminology")),
			Map.entry("insurance", with("identity", "registry", "terminology")),
			Map.entry("drg", with("insurance", "registry", "terminology")),
			Map.entry("supervision", with("insurance", "registry", "terminology")),
			Map.entry("pharma", with("insurance", "registry", "terminology", "identity")),
			// and insurance's API: a referral registers with insurance (2501), booking
			// fees and online visits settle (ARCHITECTURE)
			Map.entry("clinical", with("identity", "registry", "terminology", "pharma", "insurance")),
			Map.entry("monitoring", Set.of("*")), Map.entry("demo", Set.of("*")));

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayDependOn() {
		for (var module : MODULES) {
			assertThat(declared(module.getBasePackage().getName()))
				.as("allowedDependencies in %s/package-info.java (an open module would escape verify())",
						module.getIdentifier())
				.isNotNull();
		}
	}

	@Test
	void declaredDependenciesStayWithinTheDesign() {
		for (var module : MODULES) {
			String name = module.getIdentifier().toString();
			String top = name.split("\\.")[0];
			assertThat(DESIGN).as("module %s is not in DESIGN.md §3: add it there and here", name).containsKey(top);
			Set<String> allowed = DESIGN.get(top);
			for (String target : declared(module.getBasePackage().getName())) {
				String targetTop = target.split("\\.")[0];
				boolean ok = targetTop.equals(top) // nested modules of one parent
													// (clinical.*)
						|| allowed.contains(targetTop) || allowed.contains("*") && !LEAVES.contains(targetTop);
				assertThat(ok).as("%s declares a dependency on %s, which DESIGN.md §3 does not allow", name, target)
					.isTrue();
			}
		}
	}

	@Test
	void nobodyDependsOnDemoOrMonitoring() {
		for (var module : MODULES) {
			Set<String> targets = module.getDirectDependencies(MODULES)
				.uniqueModules()
				.map(m -> m.getIdentifier().toString())
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(targets).as("modules %s depends on", module.getIdentifier()).doesNotContainAnyElementsOf(LEAVES);
		}
	}

	@Test
	void sharedKernelMayDependOnNobody() {
		assertThat(declared("org.sanyi.shared")).isEmpty();
		assertThat(MODULES.getModuleByName("shared").orElseThrow().getDirectDependencies(MODULES).uniqueModules())
			.isEmpty();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
			.writeModulesAsPlantUml()
			.writeModuleCanvases();
	}

	/**
	 * The module names a package-info allows ({@code "shared :: io"} counts as
	 * {@code shared}), or null when it declares none (Modulith's "open" default).
	 */
	static Set<String> declared(String basePackage) {
		ApplicationModule annotation;
		Object open;
		try {
			annotation = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
			open = ApplicationModule.class.getMethod("allowedDependencies").getDefaultValue();
		}
		catch (ReflectiveOperationException ex) {
			return null;
		}
		if (annotation == null || Arrays.equals(annotation.allowedDependencies(), (String[]) open)) {
			return null;
		}
		return Arrays.stream(annotation.allowedDependencies())
			.map(d -> d.split("::")[0].strip())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> with(String... modules) {
		return Stream.concat(KERNEL.stream(), Stream.of(modules)).collect(Collectors.toUnmodifiableSet());
	}

}
