package org.sanyi.monitoring.facts;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the live reports' rollup deltas into the month and year rows every minute, once
 * per cluster. Questions read the deltas too, so how often it runs changes how many rows
 * they read, never their answer: a fold that is late (the node holding the lock stopped)
 * leaves the deltas to the next one. A minute lets an institution's settlements share
 * their sums: folded every second, nearly every delta was a row of its own (measured in
 * {@code bench/settlement.sh}: no fewer row writes than one upsert per report).
 */
@Component
class RollupFold {

	private final FactRollupRepository rollup;

	RollupFold(FactRollupRepository rollup) {
		this.rollup = rollup;
	}

	@Scheduled(fixedDelayString = "${sanyi.monitoring.rollup.fold-interval:PT1M}")
	@SchedulerLock(name = "monitoring-rollup-fold", lockAtMostFor = "PT5M")
	void fold() {
		rollup.fold();
	}

}
