package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

/**
 * Refund lines (退费明细, insurance.md §1.6.3): a new line with its own serial,
 * {@code init_feedetl_sn} = the original line's serial, the same item and unit price, a
 * negative quantity and a negative (or zero) amount.
 *
 * <p>
 * A refund line's split is the <b>difference</b> between the classification of the
 * original's net quantity after the refund and before it:
 * {@code split(refund) = classify(original + earlier + refund) − classify(original +
 * earlier)}. Rounding happens only inside those two classifications (at the line,
 * HALF_UP, as for any line), so the original's split plus the splits of its refunds
 * always add up exactly to the split of the net quantity: a fully refunded line to zeros,
 * and no fen is lost or created. Each part of the difference is a difference of two
 * splits that satisfy {@code amount = fullOwnPay + overLimit + preSelfPay + inScope}, so
 * the refund's split satisfies it too. With the refunded share
 * {@code s = |cnt| / remaining}, this is the original's split scaled by {@code s} with
 * the rounding carried by the remainder.
 */
final class RefundClassifier {

	private static final int QUANTITY_DECIMALS = 4;

	private RefundClassifier() {
	}

	/**
	 * Checks a refund against its original and the refunds already made of it, and splits
	 * it.
	 * @param original the original line as uploaded (its stored class, ratio and cap)
	 * @param earlier the original's standing refunds, in the order they were made
	 * @param refund the new refund line
	 */
	static LineResult classify(FeeLine original, List<FeeLine> earlier, FeeLine refund) {
		String no = refund.lineNo();
		BigDecimal qty = refund.quantity();
		Money amount = refund.amount();
		if (qty == null) {
			throw new BusinessException(InsuranceErrors.INVALID_NUMBER, no, "cnt", "");
		}
		if (amount == null) {
			throw new BusinessException(InsuranceErrors.INVALID_NUMBER, no, "det_item_fee_sumamt", "");
		}
		if (qty.signum() >= 0 || amount.amount().signum() > 0) {
			throw new BusinessException(InsuranceErrors.REFUND_LINE_INVALID, no, qty.toPlainString(), amount);
		}
		if (qty.stripTrailingZeros().scale() > QUANTITY_DECIMALS) {
			throw new BusinessException(InsuranceErrors.INVALID_NUMBER, no, "cnt", qty.toPlainString());
		}
		if (refund.catalogueCode() == null || !refund.catalogueCode().equals(original.catalogueCode())) {
			throw new BusinessException(InsuranceErrors.REFUND_ITEM_MISMATCH, no, refund.catalogueCode(),
					original.lineNo(), original.catalogueCode());
		}
		BigDecimal price = refund.unitPrice();
		if (price == null || price.compareTo(original.unitPrice()) != 0) {
			throw new BusinessException(InsuranceErrors.REFUND_PRICE_MISMATCH, no,
					price == null ? "" : price.toPlainString(), original.lineNo(),
					original.unitPrice().toPlainString());
		}
		FeeLine before = original.netOf(earlier);
		BigDecimal leftQty = before.quantity();
		Money leftAmount = before.amount();
		int toRest = qty.negate().compareTo(leftQty);
		if (toRest > 0 || amount.amount().negate().compareTo(leftAmount.amount()) > 0
				|| (toRest == 0 && !amount.amount().negate().equals(leftAmount.amount()))) {
			// more than is left, or the rest of the quantity without the rest of the
			// money (the net would be a
			// quantity of zero still charging a fen of the parts' rounding)
			throw new BusinessException(InsuranceErrors.REFUND_EXCEEDS_REMAINING, no, qty.negate().toPlainString(),
					amount.amount().negate().toPlainString(), original.lineNo(), leftQty.toPlainString(), leftAmount);
		}
		if (toRest < 0) {
			// the same rule as a charge line: pric × cnt rounded HALF_UP (away from zero)
			// to the fen
			Money expected = FeeLine.amountOf(price, qty);
			if (!expected.equals(amount)) {
				throw new BusinessException(InsuranceErrors.LINE_AMOUNT_MISMATCH, no, price.toPlainString(),
						qty.toPlainString(), expected, amount);
			}
		}
		List<FeeLine> withThis = new ArrayList<>(earlier.size() + 1);
		withThis.addAll(earlier);
		withThis.add(refund);
		LineResult was = LineClassifier.classify(before);
		LineResult now = LineClassifier.classify(original.netOf(withThis));
		return difference(no, amount, now, was);
	}

	/** {@code now − was}, under the refund's serial and amount. */
	static LineResult difference(String lineNo, Money amount, LineResult now, LineResult was) {
		LineResult diff = new LineResult(lineNo, now.catalogueCode(), now.catalogueClass(), now.selfPayRatio(), amount,
				now.fullOwnPay().minus(was.fullOwnPay()), now.overLimit().minus(was.overLimit()),
				now.preSelfPay().minus(was.preSelfPay()), now.inScope().minus(was.inScope()));
		if (!diff.fullOwnPay().plus(diff.overLimit()).plus(diff.preSelfPay()).plus(diff.inScope()).equals(amount)) {
			throw new IllegalStateException("refund line " + lineNo + " does not add up");
		}
		return diff;
	}

}
