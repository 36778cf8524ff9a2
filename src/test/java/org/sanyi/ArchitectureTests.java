package org.sanyi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Rules the module verification does not cover: engines stay pure, no JPA, no double for money, no cycles. */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.sanyi");

	@Test
	void modulesHaveNoCycles() {
		slices().matching("org.sanyi.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void enginesAreFreeOfSpringAndDatabases() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage("..grouper..", "..engine..", "..identity.matching..", "..identity.card..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..")
			.allowEmptyShould(true);
		rule.check(CLASSES);
	}

	@Test
	void nobodyUsesJpa() {
		noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
			.check(CLASSES);
	}

	@Test
	void sharedKernelDependsOnNoModule() {
		noClasses().that()
			.resideInAPackage("org.sanyi.shared..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.sanyi.security..", "org.sanyi.registry..", "org.sanyi.terminology..",
					"org.sanyi.identity..", "org.sanyi.insurance..", "org.sanyi.drg..", "org.sanyi.demo..")
			.check(CLASSES);
	}

}
