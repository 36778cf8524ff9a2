package org.sanyi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A Spring Modulith module test ({@link ApplicationModuleTest}): the module of the test's
 * package, started with only the modules {@code mode} names, on a database of its own
 * ({@link ModuleTestDatabases}: one embedded PostgreSQL for all module tests of a run, a
 * fresh database per module) and, like {@link IntegrationTest}, the settings of a real
 * installation ({@code application-test.properties}: keys of its own, not the demo
 * profile). Beans of modules that are not started are {@code @MockitoBean}s in the test.
 * Use it for a module's events ({@code Scenario}) and its API seen from outside.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest
@ActiveProfiles("test")
@ContextCustomizerFactories(ModuleTestDatabases.class)
public @interface ModuleTest {

	@AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
	BootstrapMode mode() default BootstrapMode.DIRECT_DEPENDENCIES;

	@AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
	String[] extraIncludes() default {};

}
