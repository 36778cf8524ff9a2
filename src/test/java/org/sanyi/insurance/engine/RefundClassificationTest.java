package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Refund lines (退费明细): a refund's split is the original's split scaled by the refunded
 * share with the rounding carried so that the original plus its refunds always split
 * exactly like the net quantity, down to zeros.
 */
class RefundClassificationTest {

	private final SettlementEngine engine = new SettlementEngine();

	@Test
	void classBLineWithAwkwardFenRefundedUnitByUnitNetsToZeroWithoutLosingAFen() {
		// 3 × 0.335 = 1.005 → 1.01; 先行自付 15 % of 1.01 = 0.1515 → 0.15, in scope 0.86
		FeeLine original = FeeLine.of("1", "XB", "02", "0.15", "3", "0.335", "1.01", null);
		List<FeeLine> refunds = new ArrayList<>();

		LineResult first = refund(original, refunds,
				FeeLine.of("R1", "XB", "02", "0.15", "-1", "0.335", "-0.34", null));
		// net 2 units 0.67: 0.1005 → 0.10 and 0.57; the refund takes 0.05 and 0.29
		assertThat(first.preSelfPay()).isEqualTo(Money.of("-0.05"));
		assertThat(first.inScope()).isEqualTo(Money.of("-0.29"));
		assertNetSplit(original, refunds, "0.67", "0.00", "0.00", "0.10", "0.57");

		LineResult second = refund(original, refunds,
				FeeLine.of("R2", "XB", "02", "0.15", "-1", "0.335", "-0.34", null));
		// net 1 unit 0.33 (one fen under 0.335 rounded: the parts rounded on their own):
		// 0.0495 → 0.05 and 0.28
		assertThat(second.preSelfPay()).isEqualTo(Money.of("-0.05"));
		assertThat(second.inScope()).isEqualTo(Money.of("-0.29"));
		assertNetSplit(original, refunds, "0.33", "0.00", "0.00", "0.05", "0.28");

		// the last unit takes back exactly what is left (0.33), not 0.335 rounded
		assertRefused(original, refunds, FeeLine.of("R3", "XB", "02", "0.15", "-1", "0.335", "-0.34", null),
				InsuranceErrors.REFUND_EXCEEDS_REMAINING);
		LineResult last = refund(original, refunds, FeeLine.of("R3", "XB", "02", "0.15", "-1", "0.335", "-0.33", null));
		assertThat(last.preSelfPay()).isEqualTo(Money.of("-0.05"));
		assertThat(last.inScope()).isEqualTo(Money.of("-0.28"));
		assertNetSplit(original, refunds, "0.00", "0.00", "0.00", "0.00", "0.00");
	}

	@Test
	void lineAboveItsPriceCapKeepsItsOverLimitAndPolicyScopeExactAfterAPartialRefund() {
		// 7 × 10.005 = 70.035 → 70.04; recognised 7 × 10.003 = 70.021 → 70.02; 0.02 above
		// the cap
		FeeLine original = FeeLine.of("7", "XA", "01", null, "7", "10.005", "70.04", "10.003");
		List<FeeLine> refunds = new ArrayList<>();

		LineResult r = refund(original, refunds, FeeLine.of("8", "XA", "01", null, "-3", "10.005", "-30.02", "10.003"));

		// net 4 units 40.02: recognised 40.012 → 40.01, 0.01 above the cap
		assertThat(r.inScope()).isEqualTo(Money.of("-30.01"));
		assertThat(r.overLimit()).isEqualTo(Money.of("-0.01"));
		assertNetSplit(original, refunds, "40.02", "0.00", "0.01", "0.00", "40.01");
	}

	@Test
	void classCRefundIsAllFullOwnPay() {
		FeeLine original = FeeLine.of("1", "XC", "03", null, "2.5", "13.333333", "33.33", null);
		List<FeeLine> refunds = new ArrayList<>();

		LineResult r = refund(original, refunds, FeeLine.of("2", "XC", "03", null, "-0.5", "13.333333", "-6.67", null));

		assertThat(r.fullOwnPay()).isEqualTo(Money.of("-6.67"));
		assertThat(r.selfPayRatio()).isEqualByComparingTo(BigDecimal.ONE);
		assertNetSplit(original, refunds, "26.66", "26.66", "0.00", "0.00", "0.00");
	}

	/**
	 * Random lines of every class with awkward prices, ratios and caps, refunded in
	 * random steps to nothing: after every step the original plus its refunds split
	 * exactly like the net quantity, and every refund adds up.
	 */
	@Test
	void anySequenceOfRefundsAddsUpToTheSplitOfTheNetQuantity() {
		Random random = new Random(20261122L);
		String[] ratios = { "0.05", "0.1", "0.15", "0.2", "0.3333", "0.0777" };
		for (int n = 0; n < 2_000; n++) {
			CatalogueClass cls = CatalogueClass.values()[random.nextInt(3)];
			BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(5_000_000), 6);
			BigDecimal qty = BigDecimal.valueOf(1 + random.nextInt(400), 1);
			BigDecimal cap = random.nextBoolean() ? null
					: price.subtract(BigDecimal.valueOf(random.nextInt(1000), 6)).max(BigDecimal.ZERO);
			BigDecimal ratio = switch (cls) {
				case A -> BigDecimal.ZERO;
				case B -> new BigDecimal(ratios[random.nextInt(ratios.length)]);
				case C -> BigDecimal.ONE;
			};
			FeeLine original = new FeeLine("1", "X", cls, ratio, qty, price, product(price, qty), cap);
			List<FeeLine> refunds = new ArrayList<>();
			BigDecimal left = qty;
			Money leftAmount = original.amount();
			int step = 0;
			while (left.signum() > 0) {
				BigDecimal take = random.nextInt(3) == 0 ? left
						: left.min(BigDecimal.valueOf(1 + random.nextInt(left.movePointRight(1).intValue()), 1));
				Money amount = take.compareTo(left) == 0 ? Money.ZERO.minus(leftAmount) : product(price, take.negate());
				if (amount.amount().negate().compareTo(leftAmount.amount()) > 0) {
					amount = Money.ZERO.minus(leftAmount);
					take = left;
				}
				FeeLine r = new FeeLine("R" + ++step, "X", cls, ratio, take.negate(), price, amount, cap);
				LineResult split = refund(original, refunds, r);
				assertThat(split.fullOwnPay().plus(split.overLimit()).plus(split.preSelfPay()).plus(split.inScope()))
					.isEqualTo(amount);
				left = left.subtract(take);
				leftAmount = leftAmount.plus(amount);
				assertNetSplitMatches(original, refunds);
			}
			LineResult net = LineClassifier.classify(original.netOf(refunds));
			assertThat(List.of(net.amount(), net.fullOwnPay(), net.overLimit(), net.preSelfPay(), net.inScope()))
				.containsOnly(Money.ZERO);
		}
	}

	@Test
	void refundsThatDoNotFitTheirOriginalAreRefused() {
		FeeLine original = FeeLine.of("1", "XB", "02", "0.1", "2", "75.5", "151.00", null);
		List<FeeLine> none = List.of();

		assertRefused(original, none, FeeLine.of("2", "XB", "02", "0.1", "-3", "75.5", "-226.50", null),
				InsuranceErrors.REFUND_EXCEEDS_REMAINING);
		assertRefused(original, List.of(FeeLine.of("2", "XB", "02", "0.1", "-1.5", "75.5", "-113.25", null)),
				FeeLine.of("3", "XB", "02", "0.1", "-1", "75.5", "-75.50", null),
				InsuranceErrors.REFUND_EXCEEDS_REMAINING);
		assertRefused(original, none, FeeLine.of("2", "XA", "02", "0.1", "-1", "75.5", "-75.50", null),
				InsuranceErrors.REFUND_ITEM_MISMATCH);
		assertRefused(original, none, FeeLine.of("2", "XB", "02", "0.1", "-1", "75.4", "-75.40", null),
				InsuranceErrors.REFUND_PRICE_MISMATCH);
		assertRefused(original, none, FeeLine.of("2", "XB", "02", "0.1", "1", "75.5", "75.50", null),
				InsuranceErrors.REFUND_LINE_INVALID);
		assertRefused(original, none, FeeLine.of("2", "XB", "02", "0.1", "-1", "75.5", "75.50", null),
				InsuranceErrors.REFUND_LINE_INVALID);
		assertRefused(original, none, FeeLine.of("2", "XB", "02", "0.1", "-1", "75.5", "-75.49", null),
				InsuranceErrors.LINE_AMOUNT_MISMATCH);
		// the whole quantity with less than the whole amount would leave a fen charged on
		// nothing
		assertRefused(original, none, FeeLine.of("2", "XB", "02", "0.1", "-2", "75.5", "-150.99", null),
				InsuranceErrors.REFUND_EXCEEDS_REMAINING);
	}

	@Test
	void aNetLineMayDifferFromItsRoundedProductByTheRoundingOfItsPartsOnly() {
		FeeLine original = FeeLine.of("1", "XA", "01", null, "2", "0.335", "0.67", null);
		FeeLine refund = FeeLine.of("2", "XA", "01", null, "-1", "0.335", "-0.34", null);

		// 1 × 0.335 → 0.34, but the parts leave 0.33: accepted for a netted line
		assertThat(LineClassifier.classify(original.netOf(List.of(refund))).inScope()).isEqualTo(Money.of("0.33"));
		// the same figures on a line as uploaded are an amount mismatch
		assertThatThrownBy(() -> LineClassifier.classify(FeeLine.of("3", "XA", "01", null, "1", "0.335", "0.33", null)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.error()).isEqualTo(InsuranceErrors.LINE_AMOUNT_MISMATCH));
	}

	private LineResult refund(FeeLine original, List<FeeLine> refunds, FeeLine refund) {
		LineResult split = engine.classifyRefund(original, List.copyOf(refunds), refund);
		refunds.add(refund);
		return split;
	}

	private void assertRefused(FeeLine original, List<FeeLine> earlier, FeeLine refund, InsuranceErrors expected) {
		assertThatThrownBy(() -> engine.classifyRefund(original, earlier, refund))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.error()).isEqualTo(expected));
	}

	/**
	 * The original's split plus each refund's split, as they were answered, against the
	 * split of the net line.
	 */
	private void assertNetSplit(FeeLine original, List<FeeLine> refunds, String amount, String full, String over,
			String pre, String in) {
		LineResult sum = storedSum(original, refunds);
		assertThat(List.of(sum.amount(), sum.fullOwnPay(), sum.overLimit(), sum.preSelfPay(), sum.inScope()))
			.containsExactly(Money.of(amount), Money.of(full), Money.of(over), Money.of(pre), Money.of(in));
		assertNetSplitMatches(original, refunds);
	}

	private void assertNetSplitMatches(FeeLine original, List<FeeLine> refunds) {
		LineResult sum = storedSum(original, refunds);
		LineResult net = LineClassifier.classify(original.netOf(refunds));
		assertThat(List.of(sum.amount(), sum.fullOwnPay(), sum.overLimit(), sum.preSelfPay(), sum.inScope()))
			.containsExactly(net.amount(), net.fullOwnPay(), net.overLimit(), net.preSelfPay(), net.inScope());
	}

	/**
	 * What a platform stores: the original's split at upload plus each refund's split
	 * when it was uploaded.
	 */
	private LineResult storedSum(FeeLine original, List<FeeLine> refunds) {
		LineResult total = LineClassifier.classify(original);
		List<FeeLine> earlier = new ArrayList<>();
		for (FeeLine r : refunds) {
			LineResult split = engine.classifyRefund(original, List.copyOf(earlier), r);
			total = new LineResult("net", total.catalogueCode(), total.catalogueClass(), total.selfPayRatio(),
					total.amount().plus(split.amount()), total.fullOwnPay().plus(split.fullOwnPay()),
					total.overLimit().plus(split.overLimit()), total.preSelfPay().plus(split.preSelfPay()),
					total.inScope().plus(split.inScope()));
			earlier.add(r);
		}
		return total;
	}

	private static Money product(BigDecimal price, BigDecimal qty) {
		return Money.of(price.multiply(qty).setScale(2, RoundingMode.HALF_UP));
	}

}
