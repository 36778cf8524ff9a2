package org.sanyi.clinical.familydoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The pro-rata refund of an early termination: the termination day is served, the whole
 * fee's refund rounded to the fen once and shared so that the three shares add up to it
 * exactly; before the start all, on the last day nothing.
 */
class ContractRefundTest {

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	static final LocalDate END = LocalDate.of(2026, 12, 31);

	static final BigDecimal RESIDENT = new BigDecimal("120.00");

	static final BigDecimal INSURANCE = new BigDecimal("80.00");

	static final BigDecimal PUBLIC_HEALTH = new BigDecimal("70.00");

	static ContractRefund on(LocalDate day) {
		return ContractRefund.of(START, END, day, RESIDENT, INSURANCE, PUBLIC_HEALTH);
	}

	@Test
	void terminatedAtMidYearGivesBackTheUnservedDaysShare() {
		ContractRefund r = on(LocalDate.of(2026, 6, 30));

		assertThat(r.termDays()).isEqualTo(365);
		assertThat(r.unusedDays()).isEqualTo(184);
		// 120 × 184 / 365 = 60.4931… → 60.49; 80 × 184 / 365 = 40.3287… → 40.33; 70 →
		// 35.29
		assertThat(r.resident()).isEqualByComparingTo("60.49");
		assertThat(r.insurance()).isEqualByComparingTo("40.33");
		assertThat(r.publicHealth()).isEqualByComparingTo("35.29");
		assertThat(r.total()).isEqualByComparingTo("136.11");
	}

	@Test
	void theFirstAndLastDayAndDaysOutsideTheTerm() {
		assertThat(on(START.minusDays(3)).total()).isEqualByComparingTo("270.00");
		assertThat(on(START.minusDays(3)).unusedDays()).isEqualTo(365);
		// the first day is served
		assertThat(on(START).unusedDays()).isEqualTo(364);
		assertThat(on(START).insurance()).isEqualByComparingTo("79.78");
		assertThat(on(END).total()).isEqualByComparingTo("0.00");
		assertThat(on(END.plusDays(10)).unusedDays()).isZero();
		assertThat(on(END.minusDays(1)).unusedDays()).isEqualTo(1);
		assertThat(on(END.minusDays(1)).resident()).isEqualByComparingTo("0.33");
	}

	@Test
	void theSharesAddUpToTheRefundOfTheWholeFeeToTheFen() {
		// three equal shares, one day of three unused: 3.333… each; rounding each share
		// would give back 9.99 of a 10.00 refund, the fen goes to the resident (tie)
		LocalDate start = LocalDate.of(2026, 3, 1);
		ContractRefund r = ContractRefund.of(start, start.plusDays(2), start.plusDays(1), new BigDecimal("10.00"),
				new BigDecimal("10.00"), new BigDecimal("10.00"));
		assertThat(r.unusedDays()).isEqualTo(1);
		assertThat(r.total()).isEqualByComparingTo("10.00");
		assertThat(r.resident()).isEqualByComparingTo("3.34");
		assertThat(r.insurance()).isEqualByComparingTo("3.33");
		assertThat(r.publicHealth()).isEqualByComparingTo("3.33");
		// every day of a year and uneven shares: the refund is the whole fee's, to the
		// fen, and no share gets back more than it paid
		BigDecimal[][] splits = { { new BigDecimal("0.01"), new BigDecimal("49.99"), new BigDecimal("70.00") },
				{ new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34") },
				{ new BigDecimal("120.00"), new BigDecimal("0.00"), new BigDecimal("0.07") } };
		for (BigDecimal[] split : splits) {
			BigDecimal fee = split[0].add(split[1]).add(split[2]);
			for (LocalDate day = START.minusDays(1); !day.isAfter(END); day = day.plusDays(1)) {
				ContractRefund x = ContractRefund.of(START, END, day, split[0], split[1], split[2]);
				BigDecimal whole = fee.multiply(BigDecimal.valueOf(x.unusedDays()))
					.divide(BigDecimal.valueOf(x.termDays()), 2, java.math.RoundingMode.HALF_UP);
				assertThat(x.total()).as("%s on %s", fee, day).isEqualByComparingTo(whole);
				assertThat(x.resident()).isBetween(BigDecimal.ZERO, split[0]);
				assertThat(x.insurance()).isBetween(BigDecimal.ZERO, split[1]);
				assertThat(x.publicHealth()).isBetween(BigDecimal.ZERO, split[2]);
				assertThat(x.total().scale()).isEqualTo(2);
			}
		}
	}

	@Test
	void aFreePackageRefundsNothing() {
		ContractRefund r = ContractRefund.of(START, END, LocalDate.of(2026, 3, 1), BigDecimal.ZERO, BigDecimal.ZERO,
				new BigDecimal("70.00"));
		assertThat(r.resident()).isEqualByComparingTo("0");
		assertThat(r.insurance()).isEqualByComparingTo("0");
		assertThat(r.publicHealth()).isPositive();
	}

}
