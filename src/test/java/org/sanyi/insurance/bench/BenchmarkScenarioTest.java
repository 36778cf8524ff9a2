package org.sanyi.insurance.bench;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.engine.FundType;
import org.sanyi.insurance.engine.Settlement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark measures a real settlement: 30 valid lines that reach every step of the
 * engine.
 */
class BenchmarkScenarioTest {

	@Test
	void benchmarkVisitSettlesThirtyLinesThroughEveryFund() {
		Settlement s = new SettlementEngineBenchmark().settleThirtyLineInpatientVisit();

		assertThat(s.lines()).hasSize(30);
		assertThat(s.totals().fullOwnPay().isZero()).isFalse();
		assertThat(s.totals().overLimit().isZero()).isFalse();
		assertThat(s.totals().preSelfPay().isZero()).isFalse();
		assertThat(s.deductible().isZero()).isFalse();
		assertThat(s.paidBy(FundType.RESIDENT_POOL).isZero()).isFalse();
		assertThat(s.paidBy(FundType.RESIDENT_CRITICAL_ILLNESS).isZero()).isFalse();
		assertThat(s.paidBy(FundType.MEDICAL_ASSISTANCE).isZero()).isFalse();
	}

}
