package org.sanyi.insurance.budget.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The global budget arithmetic, worked out by hand: advances, surplus retained, overspend
 * shared, rounding.
 */
class BudgetCalculatorTest {

	/**
	 * 100 % of the surplus up to 5 % of the budget, 60 % beyond; the fund bears 50 % of
	 * an overspend up to 10 %.
	 */
	static final List<Band> SURPLUS = List.of(new Band(new BigDecimal("0.05"), BigDecimal.ONE),
			new Band(null, new BigDecimal("0.60")));

	static final List<Band> OVERSPEND = List.of(new Band(new BigDecimal("0.10"), new BigDecimal("0.50")),
			new Band(null, BigDecimal.ZERO));

	static BudgetTerms terms(String amount, int start, AdvanceRule rule, String ratio) {
		return new BudgetTerms(Money.of(amount), start, rule, new BigDecimal(ratio), SURPLUS, OVERSPEND);
	}

	static Money m(String s) {
		return Money.of(s);
	}

	@Test
	void equalTwelfthsAddUpToTheBudgetToTheFen() {
		BudgetTerms t = terms("1000000.00", 1, AdvanceRule.equal(), "1");
		List<Money> months = BudgetCalculator.monthlyBudget(t);
		assertThat(months.getFirst()).isEqualTo(m("83333.33"));
		assertThat(months.get(1)).isEqualTo(m("83333.34"));
		assertThat(months.get(2)).isEqualTo(m("83333.33"));
		Money sum = months.stream().reduce(Money.ZERO, Money::plus);
		assertThat(sum).isEqualTo(m("1000000.00"));
		assertThat(BudgetCalculator.cumulativeBudget(t, 6)).isEqualTo(m("500000.00"));
	}

	@Test
	void advancesKeepBackTheQualityDepositAndCatchUpMissedMonths() {
		BudgetTerms t = terms("1200000.00", 1, AdvanceRule.equal(), "0.90");
		assertThat(BudgetCalculator.advanceDue(t, 1, Money.ZERO)).isEqualTo(m("90000.00"));
		// March posted with nothing paid before: three months at once
		assertThat(BudgetCalculator.advanceDue(t, 3, Money.ZERO)).isEqualTo(m("270000.00"));
		assertThat(BudgetCalculator.advanceDue(t, 3, m("180000.00"))).isEqualTo(m("90000.00"));
		assertThat(BudgetCalculator.cumulativeAdvance(t, 12)).isEqualTo(m("1080000.00"));
		// a budget cut below what was advanced: nothing more, never negative
		assertThat(BudgetCalculator.advanceDue(t, 4, m("500000.00"))).isEqualTo(Money.ZERO);
	}

	@Test
	void aPeriodStartingInNovemberSpreadsOverTwoMonths() {
		BudgetTerms t = terms("300000.01", 11, AdvanceRule.equal(), "1");
		List<Money> months = BudgetCalculator.monthlyBudget(t);
		assertThat(months.subList(0, 10)).containsOnly(Money.ZERO);
		assertThat(months.get(10)).isEqualTo(m("150000.01"));
		assertThat(months.get(11)).isEqualTo(m("150000.00"));
		assertThat(BudgetCalculator.advanceDue(t, 10, Money.ZERO)).isEqualTo(Money.ZERO);
	}

	@Test
	void aScheduleOfMonthlyPercentages() {
		List<BigDecimal> p = new ArrayList<>(Collections.nCopies(8, new BigDecimal("7.5")));
		p.addAll(Collections.nCopies(4, new BigDecimal("10")));
		BudgetTerms t = terms("1000000.00", 1, AdvanceRule.schedule(p), "1");
		assertThat(BudgetCalculator.monthlyBudget(t).getFirst()).isEqualTo(m("75000.00"));
		assertThat(BudgetCalculator.monthlyBudget(t).getLast()).isEqualTo(m("100000.00"));
		assertThat(BudgetCalculator.cumulativeBudget(t, 8)).isEqualTo(m("600000.00"));
	}

	@Test
	void surplusWithinTheFirstBandIsRetainedInFull() {
		// budget 10,000,000, spend 9,700,000: surplus 300,000 = 3 % → all retained
		YearEnd r = BudgetCalculator.clear(terms("10000000.00", 1, AdvanceRule.equal(), "0.9"), m("9700000.00"),
				m("9000000.00"));
		assertThat(r.surplus()).isEqualTo(m("300000.00"));
		assertThat(r.retained()).isEqualTo(m("300000.00"));
		assertThat(r.finalAmount()).isEqualTo(m("10000000.00"));
		assertThat(r.balanceDue()).isEqualTo(m("1000000.00"));
		assertThat(r.adjustment()).isEqualTo(m("300000.00"));
	}

	@Test
	void surplusBeyondFivePercentIsRetainedAtSixtyPercent() {
		// surplus 800,000 = 8 %: 500,000 × 100 % + 300,000 × 60 % = 680,000
		YearEnd r = BudgetCalculator.clear(terms("10000000.00", 1, AdvanceRule.equal(), "0.9"), m("9200000.00"),
				m("9000000.00"));
		assertThat(r.retained()).isEqualTo(m("680000.00"));
		assertThat(r.finalAmount()).isEqualTo(m("9880000.00"));
		assertThat(r.groupShare()).isEqualTo(Money.ZERO);
	}

	@Test
	void overspendIsSharedUpToTenPercentAndBorneByTheGroupBeyond() {
		// overspend 1,500,000 = 15 %: the fund bears 1,000,000 × 50 % = 500,000; the
		// group 1,000,000
		YearEnd r = BudgetCalculator.clear(terms("10000000.00", 1, AdvanceRule.equal(), "0.9"), m("11500000.00"),
				m("9000000.00"));
		assertThat(r.overspend()).isEqualTo(m("1500000.00"));
		assertThat(r.fundShare()).isEqualTo(m("500000.00"));
		assertThat(r.groupShare()).isEqualTo(m("1000000.00"));
		assertThat(r.finalAmount()).isEqualTo(m("10500000.00"));
		assertThat(r.balanceDue()).isEqualTo(m("1500000.00"));
		assertThat(r.adjustment()).isEqualTo(m("-1000000.00"));
	}

	@Test
	void roundingHappensOnceOnTheBandedSum() {
		// surplus 0.03 in the 60 % band (budget 0.10 → 5 % = 0.005): 0.005 × 1 + 0.025 ×
		// 0.6 = 0.02 exactly
		YearEnd r = BudgetCalculator.clear(terms("0.10", 1, AdvanceRule.equal(), "1"), m("0.07"), Money.ZERO);
		assertThat(r.retained()).isEqualTo(m("0.02"));
		// 0.01 surplus: 0.005 + 0.005 × 0.6 = 0.008 → 0.01
		assertThat(BudgetCalculator.clear(terms("0.10", 1, AdvanceRule.equal(), "1"), m("0.09"), Money.ZERO).retained())
			.isEqualTo(m("0.01"));
	}

	@Test
	void identitiesHoldForRandomBudgets() {
		Random random = new Random(20261122);
		for (int i = 0; i < 5000; i++) {
			Money budget = Money.of(BigDecimal.valueOf(1 + random.nextInt(100_000_000), 2));
			Money spend = Money.of(BigDecimal.valueOf(random.nextInt(150_000_000) - 1_000_000, 2));
			Money advanced = Money.of(BigDecimal.valueOf(random.nextInt(100_000_000), 2));
			YearEnd r = BudgetCalculator.clear(new BudgetTerms(budget, 1 + random.nextInt(12), AdvanceRule.equal(),
					new BigDecimal("0.95"), SURPLUS, OVERSPEND), spend, advanced);
			assertThat(r.finalAmount()).isEqualTo(r.spend().plus(r.retained()).minus(r.groupShare()));
			assertThat(r.retained().compareTo(r.surplus())).isLessThanOrEqualTo(0);
			assertThat(r.fundShare().plus(r.groupShare())).isEqualTo(r.overspend());
		}
	}

	@Test
	void badTermsAreRefusedWithTheirCodes() {
		assertThatThrownBy(() -> terms("0.00", 1, AdvanceRule.equal(), "1")).isInstanceOf(BusinessException.class)
			.hasMessageContaining("INS-0072");
		assertThatThrownBy(() -> terms("100.00", 13, AdvanceRule.equal(), "1")).hasMessageContaining("INS-0072");
		assertThatThrownBy(() -> terms("100.00", 1, AdvanceRule.equal(), "1.1")).hasMessageContaining("INS-0072");
		List<BigDecimal> short11 = Collections.nCopies(11, BigDecimal.TEN);
		assertThatThrownBy(() -> terms("100.00", 1, AdvanceRule.schedule(short11), "1"))
			.hasMessageContaining("INS-0073");
		List<BigDecimal> beforeStart = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
		beforeStart.set(0, BigDecimal.valueOf(50));
		beforeStart.set(11, BigDecimal.valueOf(50));
		assertThatThrownBy(() -> terms("100.00", 6, AdvanceRule.schedule(beforeStart), "1"))
			.hasMessageContaining("INS-0073");
		assertThatThrownBy(() -> new BudgetTerms(Money.of("100.00"), 1, AdvanceRule.equal(), BigDecimal.ONE,
				List.of(new Band(new BigDecimal("0.05"), BigDecimal.ONE)), OVERSPEND))
			.hasMessageContaining("INS-0074");
		assertThatThrownBy(() -> new BudgetTerms(Money.of("100.00"), 1, AdvanceRule.equal(), BigDecimal.ONE,
				List.of(new Band(new BigDecimal("0.05"), BigDecimal.ONE),
						new Band(new BigDecimal("0.03"), BigDecimal.ONE), new Band(null, BigDecimal.ONE)),
				OVERSPEND))
			.hasMessageContaining("INS-0074");
	}

}
