package org.sanyi.security.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why start-up was refused and what to set, instead of a stack trace. */
class UnsafeSettingsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSettingsCheck.UnsafeSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable root, UnsafeSettingsCheck.UnsafeSettingsException cause) {
		return new FailureAnalysis(
				"Sanyi refuses to start with settings that are only safe for the demo:\n - "
						+ String.join("\n - ", cause.problems()),
				"Set the properties named above (README: 生产部署 / Running for real), or run the demonstration "
						+ "with the demo profile: ./mvnw spring-boot:run, or java -jar ... --spring.profiles.active=demo",
				cause);
	}

}
