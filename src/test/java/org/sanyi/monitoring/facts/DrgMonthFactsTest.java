package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.sanyi.drg.DrgMonthSettled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DRG month result's facts and report key: Σ RW from CMI × DRG cases, a missing CMI or
 * fund as zero, and keys of one hospital-month ordered by when the month was settled
 * (also across a change of the number of digits of the epoch).
 */
class DrgMonthFactsTest {

	static DrgMonthSettled result(String cmi, String drgFund, OffsetDateTime at) {
		return new DrgMonthSettled("H35990000001", "359900", YearMonth.of(2026, 10), 130, 120, 10, 3, 4,
				cmi == null ? null : new BigDecimal(cmi), drgFund == null ? null : new BigDecimal(drgFund),
				new BigDecimal("2000000.00"), null, BigDecimal.ZERO, null, null, "P1", at);
	}

	@Test
	void monthResultGivesCasesWeightAndFundsAsFacts() {
		OffsetDateTime at = OffsetDateTime.of(2026, 11, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8));
		assertThat(DrgMonthFacts.values(result("1.0375", "2100000.00", at)))
			.containsEntry(DrgMonthFacts.CASES, BigDecimal.valueOf(130))
			.containsEntry(DrgMonthFacts.DRG_CASES, BigDecimal.valueOf(120))
			.containsEntry(DrgMonthFacts.RW, new BigDecimal("124.5000"))
			.containsEntry(DrgMonthFacts.DRG_FUND, new BigDecimal("2100000.00"))
			.containsEntry(DrgMonthFacts.FFS_FUND, new BigDecimal("2000000.00"));
		assertThat(DrgMonthFacts.values(result(null, null, at))).containsEntry(DrgMonthFacts.RW, BigDecimal.ZERO)
			.containsEntry(DrgMonthFacts.DRG_FUND, BigDecimal.ZERO);
	}

	@Test
	void keysOfAMonthSortByWhenItWasSettled() {
		OffsetDateTime early = OffsetDateTime.of(1999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
		OffsetDateTime later = OffsetDateTime.of(2026, 11, 3, 9, 0, 0, 0, ZoneOffset.UTC);
		String a = DrgMonthFacts.key(result("1", "1", early));
		String b = DrgMonthFacts.key(result("1", "1", later));
		assertThat(a).startsWith("drg:month:H35990000001:2026-10:").isLessThan(b);
		assertThat(DrgMonthFacts.prefix(result("1", "1", later))).isEqualTo("drg:month:H35990000001:2026-10:");
	}

}
