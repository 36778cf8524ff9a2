package org.sanyi.pharma.resistance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start, recounts once the susceptibility results reported before the facts counted
 * first isolates only (pharma V35): their institutions' non-first isolates are taken back
 * from monitoring. Nothing to do on a database created since.
 */
@Component
class FirstIsolateRecount implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstIsolateRecount.class);

	private final Resistances resistances;

	FirstIsolateRecount(Resistances resistances) {
		this.resistances = resistances;
	}

	@Override
	public void run(ApplicationArguments args) {
		int institutions = resistances.recountEarlierReports();
		if (institutions > 0) {
			log.info("细菌耐药: the results of {} institutions recounted as first isolates", institutions);
		}
	}

}
