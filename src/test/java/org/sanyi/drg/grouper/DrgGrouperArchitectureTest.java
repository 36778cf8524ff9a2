package org.sanyi.drg.grouper;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The grouper is a pure engine: plain Java only, so it runs from target/classes and on
 * every core.
 */
class DrgGrouperArchitectureTest {

	private final JavaClasses grouper = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.sanyi.drg.grouper");

	@Test
	void grouperDependsOnNothingButTheJdk() {
		noClasses().should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("java..", "org.sanyi.drg.grouper..")
			.check(grouper);
	}

}
