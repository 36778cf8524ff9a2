package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

/**
 * Checks fee lines and splits each into full own-pay, over-limit, 先行自付 and policy scope,
 * the way the national platform's 2204/2301 answer does (insurance.md §1.6.3, §2.4).
 * Rounding happens here, at the line, HALF_UP to the fen and nowhere else for line
 * amounts: the capped amount (price cap × quantity) and the 先行自付 share. Every other line
 * part is a subtraction, so the four parts always add up to the amount.
 */
final class LineClassifier {

	/**
	 * National field sizes: {@code cnt} numeric(16,4), {@code pric} and
	 * {@code pric_uplmt_amt} numeric(16,6).
	 */
	private static final int QUANTITY_DECIMALS = 4;

	private static final int PRICE_DECIMALS = 6;

	private static final int RATIO_DECIMALS = 4;

	private LineClassifier() {
	}

	/**
	 * All lines checked first, then classified: one bad line fails the whole settlement.
	 */
	static List<LineResult> classifyAll(List<FeeLine> lines) {
		if (lines == null || lines.isEmpty()) {
			throw new BusinessException(InsuranceErrors.NO_FEE_LINES);
		}
		Set<String> seen = new HashSet<>();
		List<LineResult> results = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			FeeLine line = lines.get(i);
			if (line == null || line.lineNo() == null || line.lineNo().isBlank()) {
				throw new BusinessException(InsuranceErrors.INVALID_VISIT,
						"fee line " + (i + 1) + " has no feedetl_sn");
			}
			if (!seen.add(line.lineNo())) {
				throw new BusinessException(InsuranceErrors.DUPLICATE_FEE_LINE, line.lineNo());
			}
			results.add(classify(line));
		}
		return results;
	}

	static LineResult classify(FeeLine line) {
		String no = line.lineNo();
		if (line.catalogueClass() == null) {
			throw new BusinessException(InsuranceErrors.UNKNOWN_CATALOGUE_CLASS, no, "null");
		}
		BigDecimal quantity = number(no, "cnt", line.quantity(), QUANTITY_DECIMALS);
		BigDecimal price = number(no, "pric", line.unitPrice(), PRICE_DECIMALS);
		BigDecimal cap = line.priceCap() == null ? null : number(no, "pric_uplmt_amt", line.priceCap(), PRICE_DECIMALS);
		Money amount = line.amount();
		if (amount == null) {
			throw new BusinessException(InsuranceErrors.INVALID_NUMBER, no, "det_item_fee_sumamt", "");
		}
		if (amount.isNegative()) {
			throw new BusinessException(InsuranceErrors.NEGATIVE_AMOUNT, no, "det_item_fee_sumamt", amount);
		}
		// the national amount is the product rounded HALF_UP to the fen; anything else is
		// a transmission or HIS error
		Money expected = FeeLine.amountOf(price, quantity);
		if (!expected.equals(amount) && !withinRoundingOfParts(line, expected)) {
			throw new BusinessException(InsuranceErrors.LINE_AMOUNT_MISMATCH, no, price.toPlainString(),
					quantity.toPlainString(), expected, amount);
		}
		BigDecimal ratio = selfPayRatio(line);
		if (line.catalogueClass() == CatalogueClass.C) {
			return new LineResult(no, line.catalogueCode(), CatalogueClass.C, BigDecimal.ONE, amount, amount,
					Money.ZERO, Money.ZERO, Money.ZERO);
		}
		// above the price cap (最高支付限价) the funds recognise only cap × quantity; the rest
		// is the patient's
		Money allowed = cap != null && price.compareTo(cap) > 0 ? FeeLine.amountOf(cap, quantity) : amount;
		Money overLimit = amount.minus(allowed);
		// 乙类: the patient first pays selfpay_prop of the allowed amount, rounded HALF_UP
		// at the line
		Money preSelfPay = line.catalogueClass() == CatalogueClass.B ? allowed.times(ratio) : Money.ZERO;
		return new LineResult(no, line.catalogueCode(), line.catalogueClass(), ratio, amount, Money.ZERO, overLimit,
				preSelfPay, allowed.minus(preSelfPay));
	}

	/**
	 * An original netted with its refunds ({@link FeeLine#netOf}): every part was rounded
	 * to the fen on its own, so the net amount may lie up to ⌊(parts + 1) / 2⌋ fen from
	 * the net quantity's rounded product.
	 */
	private static boolean withinRoundingOfParts(FeeLine line, Money expected) {
		if (line.parts() <= 1) {
			return false;
		}
		BigDecimal slack = BigDecimal.valueOf((line.parts() + 1) / 2, 2);
		return line.amount().amount().subtract(expected.amount()).abs().compareTo(slack) <= 0;
	}

	private static BigDecimal number(String no, String field, BigDecimal value, int decimals) {
		if (value == null) {
			throw new BusinessException(InsuranceErrors.INVALID_NUMBER, no, field, "");
		}
		if (value.signum() < 0) {
			throw new BusinessException(InsuranceErrors.NEGATIVE_AMOUNT, no, field, value.toPlainString());
		}
		if (value.stripTrailingZeros().scale() > decimals) {
			throw new BusinessException(InsuranceErrors.INVALID_NUMBER, no, field, value.toPlainString());
		}
		return value;
	}

	/**
	 * The 2204 answer carries selfpay_prop on every line: 0 for 甲类, 1 for 丙类, the
	 * catalogue ratio for 乙类. A 乙类 line without a ratio, or a 甲/丙 line with another
	 * value, contradicts the catalogue and is rejected.
	 */
	private static BigDecimal selfPayRatio(FeeLine line) {
		BigDecimal ratio = line.selfPayRatio();
		CatalogueClass cls = line.catalogueClass();
		String shown = ratio == null ? "null" : ratio.toPlainString();
		return switch (cls) {
			case A -> {
				if (ratio != null && ratio.signum() != 0) {
					throw new BusinessException(InsuranceErrors.INVALID_SELF_PAY_RATIO, line.lineNo(), shown,
							cls.code());
				}
				yield BigDecimal.ZERO;
			}
			case C -> {
				if (ratio != null && ratio.compareTo(BigDecimal.ONE) != 0) {
					throw new BusinessException(InsuranceErrors.INVALID_SELF_PAY_RATIO, line.lineNo(), shown,
							cls.code());
				}
				yield BigDecimal.ONE;
			}
			case B -> {
				if (ratio == null || ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0
						|| ratio.stripTrailingZeros().scale() > RATIO_DECIMALS) {
					throw new BusinessException(InsuranceErrors.INVALID_SELF_PAY_RATIO, line.lineNo(), shown,
							cls.code());
				}
				yield ratio;
			}
		};
	}

}
