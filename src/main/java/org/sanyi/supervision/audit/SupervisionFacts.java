package org.sanyi.supervision.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.DataElementCatalogue;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;
import org.sanyi.supervision.engine.Violation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * What fund supervision reports to monitoring, in the transaction that files or decides
 * (the fund-supervision indicators: suspicious amount, recovered amount, violation rate
 * by institution and rule). Suspicions count on their settlement's institution and date,
 * by rule and result type; a settlement counts as flagged once, with its first suspicion
 * (the violation rate is flagged settlements over the insurance settlements the
 * institution made, {@code ins.settlement.count}); a deduction counts on the day it is
 * decided, a reversal takes it back on its own day.
 */
@Component
class SupervisionFacts {

	static final String SOURCE = "supervision";

	static final String SUSPICIONS = "supervision.suspicion.count";

	static final String SUSPICIOUS_AMOUNT = "supervision.suspicion.amount";

	static final String FLAGGED = "supervision.flagged.settlements";

	static final String DEDUCTED = "supervision.deduction.amount";

	static final String RULE = "rule_id";

	static final String RESULT = "result_type";

	private final ApplicationEventPublisher events;

	private final SuspicionRepository suspicions;

	SupervisionFacts(ApplicationEventPublisher events, SuspicionRepository suspicions) {
		this.events = events;
		this.suspicions = suspicions;
	}

	@Bean
	static DataElementCatalogue supervisionElements() {
		return DataElementCatalogue
			.of(SOURCE,
					List.of(DataElement.of(SUSPICIONS, "supervision.fact.suspicions", Unit.COUNT, RULE, RESULT),
							DataElement.of(SUSPICIOUS_AMOUNT, "supervision.fact.suspiciousAmount", Unit.YUAN, RULE,
									RESULT),
							DataElement.of(FLAGGED, "supervision.fact.flagged", Unit.COUNT),
							DataElement.of(DEDUCTED, "supervision.fact.deducted", Unit.YUAN, RULE)));
	}

	/** The suspicions one transaction of a batch audit filed. */
	static final class Filed {

		private final Map<List<Object>, BigDecimal[]> sums = new LinkedHashMap<>();

		private final Map<String, SuspicionRepository.ClaimRef> settlements = new LinkedHashMap<>();

		private final List<Long> ids = new ArrayList<>();

		void add(long id, SuspicionRepository.ClaimRef ref, Violation v) {
			BigDecimal[] s = sums.computeIfAbsent(
					List.of(ref.institutionCode(), ref.settled(), v.ruleId(), v.result().name()),
					k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			s[0] = s[0].add(BigDecimal.ONE);
			s[1] = s[1].add(v.amount());
			settlements.putIfAbsent(ref.settlementId(), ref);
			ids.add(id);
		}

		boolean isEmpty() {
			return ids.isEmpty();
		}

	}

	/**
	 * Reports what a transaction of a batch audit filed, under a key of the run and the
	 * transaction's place in it.
	 */
	void filed(Filed filed, String key) {
		if (filed.isEmpty()) {
			return;
		}
		List<Fact> facts = new ArrayList<>();
		filed.sums.forEach((k, s) -> {
			Map<String, String> dims = Map.of(RULE, (String) k.get(2), RESULT, (String) k.get(3));
			String institution = (String) k.get(0);
			LocalDate day = (LocalDate) k.get(1);
			facts.add(new Fact(SUSPICIONS, institution, day, dims, s[0]));
			facts.add(new Fact(SUSPICIOUS_AMOUNT, institution, day, dims, s[1]));
		});
		for (String settlement : suspicions.firstFiledAmong(List.copyOf(filed.settlements.keySet()), filed.ids)) {
			SuspicionRepository.ClaimRef ref = filed.settlements.get(settlement);
			facts.add(new Fact(FLAGGED, ref.institutionCode(), ref.settled(), Map.of(), BigDecimal.ONE));
		}
		events.publishEvent(new FactsReported(key, SOURCE, facts));
	}

	/** An upheld amount deducted, or (negative) a deduction reversed. */
	void deducted(long suspicionId, String institution, String ruleId, BigDecimal amount, LocalDate day,
			boolean reversal) {
		events
			.publishEvent(new FactsReported("sup:deduction:" + suspicionId + (reversal ? ":reversal" : ""), SOURCE, List
				.of(new Fact(DEDUCTED, institution, day, Map.of(RULE, ruleId), reversal ? amount.negate() : amount))));
	}

}
