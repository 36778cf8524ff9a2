package org.sanyi.drg.scheme;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Compiles the schemes assigned to regions from the database when the application starts
 * (before the demo loader), so the first grouping does not wait, and logs how long it
 * took. Unassigned schemes compile on first use.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SchemeStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SchemeStartup.class);

	private final SchemeRuntime runtime;

	SchemeStartup(SchemeRuntime runtime) {
		this.runtime = runtime;
	}

	@Override
	public void run(ApplicationArguments args) {
		long start = System.nanoTime();
		int schemes = runtime.refresh();
		log.info("DRG: {} assigned scheme(s) loaded from the database and compiled in {} ms", schemes,
				(System.nanoTime() - start) / 1_000_000);
	}

}
