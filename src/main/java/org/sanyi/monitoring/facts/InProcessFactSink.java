package org.sanyi.monitoring.facts;

import java.util.List;

import org.sanyi.shared.events.BeforeCommit;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactSink;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * {@link FactSink} in process (no Kafka configured): the report is counted by the fact
 * store in the caller's transaction, together with the others the transaction reports, in
 * one statement just before it commits (a batch of settlements reports one per
 * settlement; {@link BeforeCommit}); without a transaction, at once.
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
		BeforeCommit.add(this, new FactStore.Report(key, source, facts), store::recordAll);
	}

}
