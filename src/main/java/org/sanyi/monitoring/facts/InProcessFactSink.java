package org.sanyi.monitoring.facts;

import java.util.ArrayList;
import java.util.List;

import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactSink;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link FactSink} in process (no Kafka configured): the report is counted by the fact
 * store in the caller's transaction, together with the others the transaction reports, in
 * one statement just before it commits (a batch of settlements reports one per
 * settlement); without a transaction, at once.
 */
@Component
@ConditionalOnExpression("'${sanyi.kafka.bootstrap-servers:}'.isBlank()")
class InProcessFactSink implements FactSink {

	private final FactStore store;

	InProcessFactSink(FactStore store) {
		this.store = store;
	}

	@Override
	public void report(String key, String source, List<Fact> facts) {
		FactStore.Report report = new FactStore.Report(key, source, facts);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			store.recordAll(List.of(report));
			return;
		}
		// the current transaction's own, also inside another (REQUIRES_NEW)
		Reported reported = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(Reported.class::isInstance)
			.map(Reported.class::cast)
			.findFirst()
			.orElseGet(() -> {
				Reported r = new Reported();
				TransactionSynchronizationManager.registerSynchronization(r);
				return r;
			});
		reported.add(report);
	}

	/** What one transaction reported, counted just before it commits. */
	private final class Reported implements TransactionSynchronization {

		private final List<FactStore.Report> reports = new ArrayList<>();

		/** Counted already: what is reported later (before commit) is counted at once. */
		private boolean counted;

		void add(FactStore.Report report) {
			if (counted) {
				store.recordAll(List.of(report));
			}
			else {
				reports.add(report);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			counted = true;
			store.recordAll(reports);
		}

	}

}
