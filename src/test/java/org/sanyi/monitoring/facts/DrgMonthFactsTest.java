package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

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
				new BigDecimal("2000000.00"), null, BigDecimal.ZERO, null, null, "P1", at, List.of());
	}

	static DrgMonthFacts.Slot total(String element) {
		return new DrgMonthFacts.Slot(element, "");
	}

	@Test
	void monthResultGivesCasesWeightAndFundsAsFacts() {
		OffsetDateTime at = OffsetDateTime.of(2026, 11, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8));
		assertThat(DrgMonthFacts.values(result("1.0375", "2100000.00", at)))
			.containsEntry(total(DrgMonthFacts.CASES), BigDecimal.valueOf(130))
			.containsEntry(total(DrgMonthFacts.DRG_CASES), BigDecimal.valueOf(120))
			.containsEntry(total(DrgMonthFacts.RW), new BigDecimal("124.5000"))
			.containsEntry(total(DrgMonthFacts.DRG_FUND), new BigDecimal("2100000.00"))
			.containsEntry(total(DrgMonthFacts.FFS_FUND), new BigDecimal("2000000.00"));
		assertThat(DrgMonthFacts.values(result(null, null, at))).containsEntry(total(DrgMonthFacts.RW), BigDecimal.ZERO)
			.containsEntry(total(DrgMonthFacts.DRG_FUND), BigDecimal.ZERO);
	}

	@Test
	void eachDrgOfTheMonthGivesItsCasesFundCostAndDaysSlicedByTheDrg() {
		OffsetDateTime at = OffsetDateTime.of(2026, 11, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8));
		DrgMonthSettled e = new DrgMonthSettled("H35990000001", "359900", YearMonth.of(2026, 10), 30, 30, 0, 0, 0,
				new BigDecimal("1.0000"), new BigDecimal("300000.00"), new BigDecimal("290000.00"), null,
				BigDecimal.ZERO, null, null, "P1", at,
				List.of(new DrgMonthSettled.Group("FR23", "急性心肌梗死", 20, new BigDecimal("240000.00"),
						new BigDecimal("260000.00"), 190),
						new DrgMonthSettled.Group("GB15", "胃肠手术", 10, new BigDecimal("60000.00"),
								new BigDecimal("65000.00"), 72)));

		assertThat(DrgMonthFacts.values(e))
			.containsEntry(new DrgMonthFacts.Slot(DrgMonthFacts.GROUP_CASES, "FR23"), BigDecimal.valueOf(20))
			.containsEntry(new DrgMonthFacts.Slot(DrgMonthFacts.GROUP_FUND, "FR23"), new BigDecimal("240000.00"))
			.containsEntry(new DrgMonthFacts.Slot(DrgMonthFacts.GROUP_CASES, "GB15"), BigDecimal.valueOf(10))
			.containsEntry(new DrgMonthFacts.Slot(DrgMonthFacts.GROUP_FUND, "GB15"), new BigDecimal("60000.00"))
			.containsEntry(new DrgMonthFacts.Slot(DrgMonthFacts.GROUP_COST, "FR23"), new BigDecimal("260000.00"))
			.containsEntry(new DrgMonthFacts.Slot(DrgMonthFacts.GROUP_DAYS, "FR23"), BigDecimal.valueOf(190))
			.containsEntry(new DrgMonthFacts.Slot(DrgMonthFacts.GROUP_COST, "GB15"), new BigDecimal("65000.00"))
			.containsEntry(new DrgMonthFacts.Slot(DrgMonthFacts.GROUP_DAYS, "GB15"), BigDecimal.valueOf(72));
		assertThat(new DrgMonthFacts.Slot(DrgMonthFacts.GROUP_CASES, "FR23").dimensions()).containsEntry("drg", "FR23");
		assertThat(total(DrgMonthFacts.CASES).dimensions()).isEmpty();
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
