package org.sanyi.insurance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.ledger.Ledger.Entry;
import org.sanyi.insurance.ledger.Ledger.Posting;
import org.sanyi.shared.BusinessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger postings of fund adjustments and the amounts they accept. */
class FundAdjustmentPostingTest {

	static final LocalDate DAY = LocalDate.of(2026, 11, 20);

	@Test
	void aDeductionTakesTheAmountOffTheReceivableAndGivesItBackToTheFund() {
		Posting p = Ledger.adjustment("ADJ-1", DAY, true, "H35990000001", "359900", "390100", "359900",
				new BigDecimal("123.45"));
		assertThat(p.txnKind()).isEqualTo("ADJUSTMENT");
		assertThat(p.entries()).containsExactly(
				new Entry("RECEIVABLE", "H35990000001", "359900", new BigDecimal("-123.45")),
				new Entry("FUND", "390100:359900", "359900", new BigDecimal("123.45")));
	}

	@Test
	void aPayoutRaisesTheReceivableAndIsAFundExpense() {
		Posting p = Ledger.adjustment("ADJ-2", DAY, false, "H35990000001", "359900", "310100", "359900",
				new BigDecimal("5000.00"));
		assertThat(p.entries()).containsExactly(
				new Entry("RECEIVABLE", "H35990000001", "359900", new BigDecimal("5000.00")),
				new Entry("FUND", "310100:359900", "359900", new BigDecimal("-5000.00")));
	}

	@Test
	void theReversalOfAnAdjustmentNegatesEachEntryUnderItsOwnKind() {
		Posting p = Ledger.adjustment("ADJ-3", DAY, true, "H1", "359900", "310100", "359800", new BigDecimal("9.99"));
		Posting r = p.reversedAs("ADJ-3-R", "ADJ_REVERSAL", DAY.plusDays(3));
		assertThat(r.txnKind()).isEqualTo("ADJ_REVERSAL");
		assertThat(r.date()).isEqualTo(DAY.plusDays(3));
		for (int i = 0; i < p.entries().size(); i++) {
			assertThat(r.entries().get(i).amount()).isEqualTo(p.entries().get(i).amount().negate());
			assertThat(r.entries().get(i).accountKey()).isEqualTo(p.entries().get(i).accountKey());
		}
	}

	@Test
	void anAmountMustBePositiveWithAtMostTwoDecimals() {
		assertThat(FundAdjustmentService.amount(new BigDecimal("12.3"))).isEqualTo(new BigDecimal("12.30"));
		assertThat(FundAdjustmentService.amount(new BigDecimal("12.3000"))).isEqualTo(new BigDecimal("12.30"));
		for (String bad : new String[] { "0", "-1.00", "0.001", "12.345" }) {
			assertThatThrownBy(() -> FundAdjustmentService.amount(new BigDecimal(bad))).as(bad)
				.isInstanceOfSatisfying(BusinessException.class,
						ex -> assertThat(ex.error()).isEqualTo(InsuranceErrors.ADJUSTMENT_INVALID));
		}
		assertThatThrownBy(() -> FundAdjustmentService.amount(null)).isInstanceOf(BusinessException.class);
	}

}
