package org.sanyi.drg.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.drg.engine.CasePayment.Case;
import org.sanyi.drg.engine.CasePayment.FfsReason;
import org.sanyi.drg.engine.CasePayment.Kind;
import org.sanyi.drg.engine.CasePayment.Outcome;
import org.sanyi.drg.engine.CasePayment.Rules;
import org.sanyi.drg.engine.MonthSummary.PaidCase;
import org.sanyi.drg.engine.WeightCalculator.CostCase;
import org.sanyi.drg.engine.WeightCalculator.GroupWeight;
import org.sanyi.drg.engine.WeightCalculator.Settings;
import org.sanyi.drg.engine.WeightCalculator.Source;
import org.sanyi.drg.engine.WeightCalculator.Trim;
import org.sanyi.drg.grouper.GroupingStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The payment arithmetic with numbers worked by hand, to the fen. */
class PaymentEngineTest {

	static final Rules RULES = new Rules(d("10000.00"), d("3"), d("0.8"), d("0.4"));

	@Test
	void normalCaseIsPaidTheStandardLessWhatThePatientPaid() {
		// 1.2345 × 10,000.00 = 12,345.00; fund = 12,345.00 − 3,210.55 = 9,134.45;
		// hospital: 9,134.45 + 3,210.55 − 15,000
		Outcome o = CasePayment.pay(new Case(GroupingStatus.SUCCESS, d("1.2345"), d("11000.00"), d("15000.00"),
				d("3210.55"), d("11789.45")), RULES);
		assertThat(o.kind()).isEqualTo(Kind.NORMAL);
		assertThat(o.baseStandard()).isEqualTo(d("12345.00"));
		assertThat(o.highThreshold()).isEqualTo(d("33000.00"));
		assertThat(o.lowThreshold()).isEqualTo(d("4400.00"));
		assertThat(o.standard()).isEqualTo(d("12345.00"));
		assertThat(o.drgFund()).isEqualTo(d("9134.45"));
		assertThat(o.surplus()).isEqualTo(d("-2655.00"));
	}

	@Test
	void highCostOutlierAddsTheRatioOfTheCostAboveTheThreshold() {
		// 40,000 > 3 × 11,000: 12,345.00 + (40,000.00 − 33,000.00) × 0.8 = 17,945.00;
		// fund 17,945.00 − 8,000.00
		Outcome o = CasePayment.pay(new Case(GroupingStatus.SUCCESS, d("1.2345"), d("11000.00"), d("40000.00"),
				d("8000.00"), d("32000.00")), RULES);
		assertThat(o.kind()).isEqualTo(Kind.HIGH);
		assertThat(o.standard()).isEqualTo(d("17945.00"));
		assertThat(o.drgFund()).isEqualTo(d("9945.00"));
		assertThat(o.surplus()).isEqualTo(d("-22055.00"));
	}

	@Test
	void lowCostOutlierIsPaidItsActualCost() {
		// 3,000 < 0.4 × 11,000 = 4,400: standard = cost, fund 3,000.00 − 900.00 = what
		// the fund paid by item
		Outcome o = CasePayment.pay(
				new Case(GroupingStatus.SUCCESS, d("1.2345"), d("11000.00"), d("3000.00"), d("900.00"), d("2100.00")),
				RULES);
		assertThat(o.kind()).isEqualTo(Kind.LOW);
		assertThat(o.standard()).isEqualTo(d("3000.00"));
		assertThat(o.drgFund()).isEqualTo(d("2100.00"));
		assertThat(o.surplus()).isEqualTo(d("0.00"));
	}

	@Test
	void standardIsRoundedHalfUpToTheFenAndTheFundNeverPaysLessThanZero() {
		// 0.8333 × 9,876.54 = 8,230.120782 → 8,230.12; the patient paid more than the
		// standard → fund 0.00
		Rules rules = new Rules(d("9876.54"), d("3"), d("0.8"), d("0.4"));
		Outcome o = CasePayment
			.pay(new Case(GroupingStatus.SUCCESS, d("0.8333"), null, d("9000.00"), d("8500.00"), d("500.00")), rules);
		assertThat(o.standard()).isEqualTo(d("8230.12"));
		assertThat(o.highThreshold()).isNull();
		assertThat(o.drgFund()).isEqualTo(d("0.00"));
		assertThat(o.surplus()).isEqualTo(d("-500.00"));
	}

	@Test
	void ungroupedCheckFailedAndUnweightedCasesArePaidByItem() {
		Case ungrouped = new Case(GroupingStatus.FAIL, null, null, d("5000.00"), d("1000.00"), d("4000.00"));
		assertThat(CasePayment.pay(ungrouped, RULES)).satisfies(o -> {
			assertThat(o.kind()).isEqualTo(Kind.FFS);
			assertThat(o.ffsReason()).isEqualTo(FfsReason.NOT_GROUPED);
			assertThat(o.drgFund()).isEqualTo(d("4000.00"));
			assertThat(o.surplus()).isEqualTo(d("0.00"));
		});
		assertThat(CasePayment
			.pay(new Case(GroupingStatus.CHECK_FAILED, null, null, d("5000.00"), d("1000.00"), d("4000.00")), RULES)
			.ffsReason()).isEqualTo(FfsReason.CHECK_FAILED);
		assertThat(CasePayment
			.pay(new Case(GroupingStatus.SUCCESS, null, null, d("5000.00"), d("1000.00"), d("4000.00")), RULES)
			.ffsReason()).isEqualTo(FfsReason.NO_WEIGHT);
	}

	@Test
	void weightsAreTrimmedGroupMeansOverTheTrimmedMeanOfAllCases() {
		// A: 100 200 300 400 10000 → Q1 200, Q3 400, IQR 200, keep [−400, 1000] → 4
		// cases, mean 250
		// B: four times 500 → mean 500; C: one case of 1000, below 2 cases → its
		// reference weight 2.0000
		// all kept: (1000 + 2000 + 1000) ÷ 9 = 444.44; RW A = 250 ÷ 444.44 = 0.5625, B =
		// 500 ÷ 444.44 = 1.1250
		List<CostCase> cases = List.of(c("A", "100"), c("A", "200"), c("A", "300"), c("A", "400"), c("A", "10000"),
				c("B", "500"), c("B", "500"), c("B", "500"), c("B", "500"), c("C", "1000"));
		var result = WeightCalculator.compute(cases, Map.of("C", d("2"), "D", d("0.5")),
				new Settings(Trim.IQR, d("3"), 2));
		assertThat(result.overallMeanCost()).isEqualTo(d("444.44"));
		assertThat(result.kept()).isEqualTo(9);
		Map<String, GroupWeight> g = new java.util.HashMap<>();
		result.groups().forEach(w -> g.put(w.drg(), w));
		assertThat(g.get("A").rw()).isEqualTo(d("0.5625"));
		assertThat(g.get("A").cases()).isEqualTo(5);
		assertThat(g.get("A").kept()).isEqualTo(4);
		assertThat(g.get("A").meanCost()).isEqualTo(d("250.00"));
		assertThat(g.get("A").meanLos()).isEqualTo(d("5.00"));
		assertThat(g.get("B").rw()).isEqualTo(d("1.1250"));
		assertThat(g.get("C").source()).isEqualTo(Source.REFERENCE);
		assertThat(g.get("C").flagged()).isTrue();
		assertThat(g.get("C").rw()).isEqualTo(d("2.0000"));
		assertThat(g.get("C").meanCost()).isEqualTo(d("888.88"));
		assertThat(g.get("D").cases()).isZero();
		assertThat(g.get("D").source()).isEqualTo(Source.REFERENCE);
	}

	@Test
	void groupsBelowTheMinimumWithoutReferenceGetNoWeightAndLogSigmaTrims() {
		var none = WeightCalculator.compute(List.of(c("A", "100"), c("A", "300")), Map.of(),
				new Settings(Trim.NONE, d("3"), 3));
		assertThat(none.groups().getFirst().source()).isEqualTo(Source.NONE);
		assertThat(none.groups().getFirst().rw()).isNull();
		// ln costs of 1000×9 and 100000: mean ln ≈ 7.37, σ ≈ 1.46 → at 1σ the 100000 case
		// (ln 11.51) is trimmed
		List<CostCase> skewed = new java.util.ArrayList<>();
		for (int i = 0; i < 9; i++) {
			skewed.add(c("A", "1000"));
		}
		skewed.add(c("A", "100000"));
		var sigma = WeightCalculator.compute(skewed, Map.of(), new Settings(Trim.LOG_SIGMA, d("1"), 1));
		assertThat(sigma.groups().getFirst().kept()).isEqualTo(9);
		assertThat(sigma.groups().getFirst().rw()).isEqualTo(d("1.0000"));
		assertThatThrownBy(() -> new Settings(Trim.IQR, d("0"), 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void baseRateAndPointValueFromTheBudget() {
		BigDecimal expected = BaseRates.expectedRw(List.of(d("100"), d("23.4567"), d("0")));
		assertThat(expected).isEqualTo(d("123.4567"));
		// 1,000,000.00 ÷ 123.4567 = 8,100.0053… → 8,100.01; point value ÷ 100 → 81.0001
		assertThat(BaseRates.rate(d("1000000.00"), expected)).isEqualTo(d("8100.01"));
		assertThat(BaseRates.pointValue(d("1000000.00"), expected)).isEqualTo(d("81.0001"));
		assertThat(BaseRates.rateOfPointValue(d("81.0001"))).isEqualTo(d("8100.01"));
		assertThatThrownBy(() -> BaseRates.rate(d("0"), expected)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void monthSummaryGivesCmiIndicesAndSettleRate() {
		// X: RW 1.2, baseline cost 10,000.00 and LOS 8: costs 9,000 + 13,000 → cost index
		// 22,000 ÷ 10,000 ÷ 2 = 1.1000,
		// LOS 6 + 10 → time index 16 ÷ 8 ÷ 2 = 1.0000; CMI 1.2000; 结算率 20,900 ÷ 18,900 =
		// 1.1058
		List<PaidCase> cases = List.of(
				new PaidCase("X", d("1.2"), d("10000.00"), d("8.00"), d("9000.00"), 6, Kind.NORMAL, d("7000.00"),
						d("10000.00"), d("3000.00")),
				new PaidCase("X", d("1.2"), d("10000.00"), d("8.00"), d("13000.00"), 10, Kind.NORMAL, d("10400.00"),
						d("9400.00"), d("-1000.00")),
				new PaidCase("0000", null, null, null, d("2000.00"), 3, Kind.FFS, d("1500.00"), d("1500.00"),
						d("0.00")));
		var m = MonthSummary.summarise(cases);
		assertThat(m.cases()).isEqualTo(3);
		assertThat(m.drgCases()).isEqualTo(2);
		assertThat(m.ffsCases()).isEqualTo(1);
		assertThat(m.cmi()).isEqualTo(d("1.2000"));
		assertThat(m.costIndex()).isEqualTo(d("1.1000"));
		assertThat(m.timeIndex()).isEqualTo(d("1.0000"));
		assertThat(m.drgFund()).isEqualTo(d("20900.00"));
		assertThat(m.ffsFund()).isEqualTo(d("18900.00"));
		assertThat(m.settleRate()).isEqualTo(d("1.1058"));
		assertThat(m.surplus()).isEqualTo(d("2000.00"));
		assertThat(m.groups()).extracting(MonthSummary.Group::drg).containsExactly("0000", "X");
		assertThat(m.groups().get(1).surplus()).isEqualTo(d("2000.00"));
	}

	private static CostCase c(String drg, String cost) {
		return new CostCase(drg, d(cost), 5);
	}

	private static BigDecimal d(String v) {
		return new BigDecimal(v);
	}

}
