package org.sanyi.identity;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The matching and card engines are plain Java: no Spring, no JDBC, no servlet, like the
 * other engines.
 */
class IdentityEnginePurityTest {

	static final JavaClasses ENGINES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.sanyi.identity.matching", "org.sanyi.identity.card");

	@Test
	void enginesDependOnNoFrameworkOrDatabase() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
			.check(ENGINES);
	}

}
