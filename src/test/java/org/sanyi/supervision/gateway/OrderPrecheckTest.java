package org.sanyi.supervision.gateway;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.FundPrecheck;
import org.sanyi.supervision.engine.History;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The earlier purchases pharma passes at the e-prescription pre-check become the engine's
 * history as a 3101 call's earlier encounters do: drug purchases oldest first, no stays.
 */
class OrderPrecheckTest {

	@Test
	void earlierPurchasesAreTheClaimsHistoryOldestFirst() {
		FundPrecheck.Purchase second = new FundPrecheck.Purchase("RX2/1", "XA10BHA001", LocalDate.of(2026, 12, 3), 7);
		FundPrecheck.Purchase first = new FundPrecheck.Purchase("RX1/1", "XA10BHA001", LocalDate.of(2026, 12, 1), 7);

		History history = OrderPrecheck.history(List.of(second, first));

		assertThat(history.stays()).isEmpty();
		assertThat(history.purchases()).containsExactly(
				new History.Purchase("RX1/1", "XA10BHA001", LocalDate.of(2026, 12, 1), 7),
				new History.Purchase("RX2/1", "XA10BHA001", LocalDate.of(2026, 12, 3), 7));
		assertThat(OrderPrecheck.history(List.of())).isSameAs(History.NONE);
	}

}
