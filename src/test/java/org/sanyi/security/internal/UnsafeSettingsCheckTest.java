package org.sanyi.security.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.sanyi.SanyiApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside the demo profile the application refuses development keys, missing keys and
 * sign-in codes in the log.
 */
class UnsafeSettingsCheckTest {

	private static final String KEY = "+DJvYRKE24oY7iqRXDyQxCcHNYfCFKEzGWe5E2B8jnY=";

	@Test
	void missingKeysAreRefusedNamingWhatToSet() {
		var env = new MockEnvironment();
		assertThat(UnsafeSettingsCheck.problems(env)).hasSize(2)
			.anySatisfy(p -> assertThat(p).contains("sanyi.security.master-key", "SANYI_MASTER_KEY"))
			.anySatisfy(p -> assertThat(p).contains("sanyi.insurance.gateway.master-key", "SANYI_GATEWAY_MASTER_KEY"));
	}

	@Test
	void theDemoProfilesKeysAndConsoleCodesAreRefusedOutsideIt() throws IOException {
		Properties demo = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource("application-demo.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			demo.load(in);
		}
		var env = new MockEnvironment();
		for (String property : UnsafeSettingsCheck.KEYS.keySet()) {
			String value = demo.getProperty(property);
			// ${VARIABLE:default}: the default is the development key
			env.setProperty(property, value.substring(value.indexOf(':') + 1, value.length() - 1));
		}
		env.setProperty("sanyi.security.login-code.delivery", "console");
		assertThat(UnsafeSettingsCheck.problems(env)).hasSize(3)
			.anySatisfy(p -> assertThat(p).contains("development key", "SANYI_MASTER_KEY"))
			.anySatisfy(p -> assertThat(p).contains("development key", "SANYI_GATEWAY_MASTER_KEY"))
			.anySatisfy(p -> assertThat(p).contains("console"));

		env.setActiveProfiles("demo");
		assertThat(UnsafeSettingsCheck.problems(env)).isEmpty();
	}

	@Test
	void keysOfTheInstallationAndNoConsoleCodesPass() {
		var env = new MockEnvironment().withProperty("sanyi.security.master-key", KEY)
			.withProperty("sanyi.insurance.gateway.master-key", KEY)
			.withProperty("sanyi.security.login-code.delivery", "none");
		assertThat(UnsafeSettingsCheck.problems(env)).isEmpty();
		env.setProperty("sanyi.insurance.gateway.master-key", "c2hvcnQ=");
		assertThat(UnsafeSettingsCheck.problems(env)).singleElement().asString().contains("32 bytes");
	}

	@Test
	void theApplicationStopsBeforeStartingAnythingWithoutTheDemoProfile() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(SanyiApplication.class).web(WebApplicationType.NONE)
			.run("--spring.profiles.active=", "--sanyi.security.master-key=", "--sanyi.insurance.gateway.master-key="))
			.isInstanceOf(UnsafeSettingsCheck.UnsafeSettingsException.class)
			.hasMessageContaining("SANYI_MASTER_KEY");
	}

}
