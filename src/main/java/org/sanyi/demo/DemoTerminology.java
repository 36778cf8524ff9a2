package org.sanyi.demo;

import org.sanyi.terminology.TerminologyImport;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The platform's own terminology seed (dictionaries, common ICD-10 医保版 and ICD-9-CM-3
 * codes, a demo drug, consumable and service catalogue), loaded through the regular
 * importer so it is validated and audited like any upload. Versions already present are
 * skipped.
 */
@Component
@Order(50)
class DemoTerminology implements DemoStep {

	private final TerminologyImport importer;

	DemoTerminology(TerminologyImport importer) {
		this.importer = importer;
	}

	@Override
	public String name() {
		return "terminology seed";
	}

	@Override
	public boolean run() {
		return !importer.importBundledSeed().isEmpty();
	}

}
