package org.sanyi.demo;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Builds the demo region on the first start: each step checks whether its part is already
 * there.
 */
@Component
@ConditionalOnProperty(name = "sanyi.demo.enabled", havingValue = "true")
class DemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private final List<DemoStep> steps;

	private final DemoYear year;

	DemoLoader(List<DemoStep> steps, DemoYear year) {
		this.steps = steps;
		this.year = year;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoStep step : steps) {
			long start = System.nanoTime();
			long cpu = processCpu();
			if (step.run()) {
				// the CPU the application spent (all threads) tells a step's cost apart
				// from a busy machine's
				log.info("Demo region: {} in {} ms ({} ms CPU)", step.name(), (System.nanoTime() - start) / 1_000_000,
						(processCpu() - cpu) / 1_000_000);
			}
		}
		year.release();
	}

	private static long processCpu() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

}
