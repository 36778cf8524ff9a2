package org.sanyi;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of docs/ARCHITECTURE.md hold: only API types cross modules, no cycles. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(SanyiApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
			.writeModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
