package org.sanyi.monitoring.facts;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the live reports' rollup deltas into the month and year rows every second, once
 * per cluster. Questions read the deltas too, so how often it runs changes how many rows
 * they read, never their answer: a fold that is late (the node holding the lock stopped)
 * leaves the deltas to the next one.
 */
@Component
class RollupFold {

	private final FactRollupRepository rollup;

	RollupFold(FactRollupRepository rollup) {
		this.rollup = rollup;
	}

	@Scheduled(fixedDelayString = "${sanyi.monitoring.rollup.fold-interval:PT1S}")
	@SchedulerLock(name = "monitoring-rollup-fold", lockAtMostFor = "PT5M")
	void fold() {
		rollup.fold();
	}

}
