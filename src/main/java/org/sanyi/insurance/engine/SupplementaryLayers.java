package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.sanyi.shared.Money;

/**
 * The layers after the basic pool (insurance.md §2.4 "2nd layer", "3rd layer"), in the
 * policy's order. Each layer pays its bands' ratios on the slice of the year's cumulative
 * base that this visit adds, so a visit that crosses from one band into the next is split
 * between them (分段累计). The banded sum is computed exactly and rounded HALF_UP to the fen
 * once per layer, then limited by the layer's remaining annual cap and by its base. What
 * one layer pays is no longer the patient's, so the next layer's base is smaller (e.g.
 * assistance pays on what is left after critical-illness insurance).
 */
final class SupplementaryLayers {

	/**
	 * @param rows the applied layers' {@code setldetail} rows, in policy order
	 * @param bases the base each row counted, in the same order
	 * @param leftToPatient the in-scope self-pay still borne by the patient after all
	 * layers
	 */
	record Result(List<FundPayment> rows, List<Money> bases, Money leftToPatient) {

		Money total() {
			return rows.stream().map(FundPayment::amount).reduce(Money.ZERO, Money::plus);
		}

	}

	private SupplementaryLayers() {
	}

	static Result apply(PolicyVersion policy, Accumulators before, Visit visit, Money inScopeSelfPay, Money aboveCap) {
		Money remaining = inScopeSelfPay;
		Money remainingAboveCap = aboveCap.min(remaining);
		Set<FundType> applied = EnumSet.noneOf(FundType.class);
		List<FundPayment> rows = new ArrayList<>();
		List<Money> bases = new ArrayList<>();
		for (SupplementaryLayer layer : policy.layers()) {
			// one layer per fund: the first that admits the visit (identity-specific rows
			// come first)
			if (applied.contains(layer.fund()) || !layer.admits(visit)) {
				continue;
			}
			applied.add(layer.fund());
			Money base = layer.base() == LayerBase.ABOVE_POOL_CAP ? remainingAboveCap : remaining;
			Money cumulativeBefore = before.layerBase(layer.fund());
			Money uncapped = Money
				.of(banded(layer.bands(), cumulativeBefore.amount(), base.amount()).setScale(2, RoundingMode.HALF_UP));
			Money limit = layer.annualCap().minus(before.layerPaid(layer.fund())).max(Money.ZERO);
			Money payment = uncapped.min(limit).min(base);
			remaining = remaining.minus(payment);
			remainingAboveCap = (layer.base() == LayerBase.ABOVE_POOL_CAP ? remainingAboveCap.minus(payment)
					: remainingAboveCap)
				.min(remaining);
			rows.add(new FundPayment(layer.fund(), base, limit, payment,
					trace(layer, base, cumulativeBefore, uncapped, limit, payment)));
			bases.add(base);
		}
		return new Result(rows, bases, remaining);
	}

	/**
	 * Σ over bands of ratio × (overlap of [before, before + amount) with the band);
	 * exact, not rounded.
	 */
	static BigDecimal banded(List<Band> bands, BigDecimal before, BigDecimal amount) {
		BigDecimal low = before;
		BigDecimal high = before.add(amount);
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < bands.size(); i++) {
			BigDecimal bandLow = bands.get(i).from().amount();
			BigDecimal overlapLow = low.max(bandLow);
			BigDecimal overlapHigh = i + 1 < bands.size() ? high.min(bands.get(i + 1).from().amount()) : high;
			if (overlapHigh.compareTo(overlapLow) > 0) {
				sum = sum.add(overlapHigh.subtract(overlapLow).multiply(bands.get(i).ratio()));
			}
		}
		return sum;
	}

	private static String trace(SupplementaryLayer layer, Money base, Money cumulativeBefore, Money uncapped,
			Money limit, Money payment) {
		BigDecimal low = cumulativeBefore.amount();
		BigDecimal high = low.add(base.amount());
		var text = new StringBuilder();
		text.append("基数")
			.append(Traces.yuan(base))
			.append("（本年累计")
			.append(Traces.yuan(cumulativeBefore))
			.append("→")
			.append(Money.of(high))
			.append("）");
		List<Band> bands = layer.bands();
		boolean any = false;
		for (int i = 0; i < bands.size(); i++) {
			BigDecimal bandLow = bands.get(i).from().amount();
			BigDecimal bandHigh = i + 1 < bands.size() ? bands.get(i + 1).from().amount() : null;
			BigDecimal overlapLow = low.max(bandLow);
			BigDecimal overlapHigh = bandHigh == null ? high : high.min(bandHigh);
			if (overlapHigh.compareTo(overlapLow) > 0) {
				any = true;
				text.append("；[")
					.append(Money.of(bandLow))
					.append(",")
					.append(bandHigh == null ? "∞" : Money.of(bandHigh))
					.append(") ")
					.append(Money.of(overlapHigh.subtract(overlapLow)))
					.append("×")
					.append(Traces.percent(bands.get(i).ratio()));
			}
		}
		if (!any) {
			text.append("；未达起付标准").append(Traces.yuan(layer.threshold()));
		}
		text.append("；合计")
			.append(Traces.yuan(uncapped))
			.append("；本年剩余限额")
			.append(Traces.yuan(limit))
			.append("；支付")
			.append(Traces.yuan(payment));
		return text.toString();
	}

}
