package org.sanyi.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Refuses to start outside the {@code demo} profile with a setting that is only safe for
 * a demonstration: a missing or development master key, or sign-in codes written to the
 * log. It runs before anything is created (no database is started, no key is made), and
 * names every property to set at once. The demo profile brings the development values and
 * says so loudly ({@link DemoMode}).
 */
public class UnsafeSettingsCheck implements EnvironmentPostProcessor, Ordered {

	static final String DEMO_PROFILE = "demo";

	/**
	 * The keys application-demo.properties ships, by property, with the environment
	 * variable that sets each.
	 */
	static final Map<String, Key> KEYS = Map.of(MasterKeyVault.PROPERTY,
			new Key("SANYI_MASTER_KEY", "WnJFrXlTnOcrtY9zR9jtPCElhJ3oMYUYi4um+zxOsm4="),
			"sanyi.insurance.gateway.master-key",
			new Key("SANYI_GATEWAY_MASTER_KEY", "/kLAyEwMAX4yQsqfiExxSadqOlDqr4c+IBhVDCK1Y7k="));

	record Key(String variable, String developmentValue) {
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		List<String> problems = problems(environment);
		if (!problems.isEmpty()) {
			throw new UnsafeSettingsException(problems);
		}
	}

	/**
	 * What is unsafe about these settings outside the demo profile (nothing inside it).
	 */
	static List<String> problems(Environment env) {
		if (env.matchesProfiles(DEMO_PROFILE)) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		KEYS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			String property = entry.getKey();
			Key key = entry.getValue();
			String value = env.getProperty(property, "").strip();
			if (value.isEmpty()) {
				problems.add(property + " is not set: set " + key.variable() + " to the Base64 of 32 random bytes "
						+ "(openssl rand -base64 32)");
			}
			else if (value.equals(key.developmentValue())) {
				problems.add(property + " is the development key of the demo profile: set " + key.variable()
						+ " to a key of your own (openssl rand -base64 32)");
			}
			else if (!isKey(value)) {
				problems.add(property + " must be the Base64 of 32 bytes: check " + key.variable());
			}
		});
		if ("console".equals(env.getProperty("sanyi.security.login-code.delivery", "").strip())) {
			problems.add("sanyi.security.login-code.delivery=console writes sign-in codes to the log: set "
					+ "SANYI_LOGIN_CODE_DELIVERY=none or provide an SMS LoginCodeSender");
		}
		return problems;
	}

	private static boolean isKey(String value) {
		try {
			return java.util.Base64.getDecoder().decode(value).length == 32;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public int getOrder() {
		// after the configuration files and profiles are read
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * The refusal, with every problem; {@link UnsafeSettingsFailureAnalyzer} prints it
	 * without a stack trace.
	 */
	static class UnsafeSettingsException extends IllegalStateException {

		private final List<String> problems;

		UnsafeSettingsException(List<String> problems) {
			super("Unsafe settings outside the demo profile:\n - " + String.join("\n - ", problems));
			this.problems = List.copyOf(problems);
		}

		List<String> problems() {
			return problems;
		}

	}

}
