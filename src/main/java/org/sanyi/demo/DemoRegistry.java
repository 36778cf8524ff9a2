package org.sanyi.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.DemoRegion;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.registry.RegistryAdmin;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo city's registry: regions, institutions, departments, staff and alliances,
 * generated from the configured seed and scale and written through the registry's bulk
 * API in one transaction, so a start that fails half-way leaves an empty registry to try
 * again with rather than half a city. Runs only while the registry is empty.
 */
@Component
@Order(10)
class DemoRegistry implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

	private final RegistryAdmin registry;

	private final DemoProperties properties;

	private final TransactionTemplate transaction;

	private final DemoYear year;

	DemoRegistry(RegistryAdmin registry, DemoProperties properties, TransactionTemplate transaction, DemoYear year) {
		this.registry = registry;
		this.properties = properties;
		this.transaction = transaction;
		this.year = year;
	}

	@Override
	public String name() {
		return "registry (seed " + properties.seed() + ", scale " + properties.scale() + ")";
	}

	@Override
	public boolean run() {
		if (!registry.isEmpty()) {
			return false;
		}
		long start = System.nanoTime();
		DemoRegion region = year.region();
		long generated = System.nanoTime();
		transaction.executeWithoutResult(status -> {
			registry.createRegions(region.regions());
			registry.createInstitutions(region.institutions());
			registry.createDepartments(region.departments());
			registry.createStaff(region.staff());
			registry.createAlliances(region.alliances());
		});
		log.info("Demo region {}: {} (generated in {} ms, stored in {} ms)", DemoRegionGenerator.CITY_NAME,
				region.summary(), (generated - start) / 1_000_000, (System.nanoTime() - generated) / 1_000_000);
		return true;
	}

}
