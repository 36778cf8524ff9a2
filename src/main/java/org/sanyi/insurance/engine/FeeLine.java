package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

/**
 * One charge line as uploaded with 2204/2301 and classified by the catalogue (class and
 * 先行自付 ratio from the 1301–1319 downloads, price cap from 1318). The engine checks it
 * before using it: amounts not negative, unit price × quantity rounded HALF_UP to the fen
 * equals the amount, a 乙类 line has its ratio.
 *
 * @param lineNo {@code feedetl_sn}, unique within the visit
 * @param catalogueCode {@code med_list_codg}, the national catalogue code
 * @param catalogueClass {@code chrgitm_lv}
 * @param selfPayRatio {@code selfpay_prop}: the 先行自付 ratio of a 乙类 line (0–1);
 * {@code null}, 0 for 甲类 or 1 for 丙类 are accepted as "not applicable"
 * @param quantity {@code cnt}, at most 4 decimals
 * @param unitPrice {@code pric}, at most 6 decimals
 * @param amount {@code det_item_fee_sumamt}
 * @param priceCap {@code pric_uplmt_amt}: the highest unit price the funds recognise
 * (最高支付限价); {@code null} = none
 * @param parts how many uploaded lines this line nets: 1 for a line as uploaded; for an
 * original line netted with its refund lines ({@link #netOf}) 1 + the number of refunds.
 * Each part was checked on its own (its amount is its own {@code pric × cnt} rounded
 * HALF_UP to the fen), so the net amount may differ from {@code pric × cnt} of the net
 * quantity by the rounding of the parts: at most ⌊(parts + 1) / 2⌋ fen
 */
public record FeeLine(String lineNo, String catalogueCode, CatalogueClass catalogueClass, BigDecimal selfPayRatio,
		BigDecimal quantity, BigDecimal unitPrice, Money amount, BigDecimal priceCap, int parts) {

	public FeeLine {
		if (parts < 1) {
			throw new IllegalArgumentException("parts < 1: " + parts);
		}
	}

	/** A line as uploaded (one part). */
	public FeeLine(String lineNo, String catalogueCode, CatalogueClass catalogueClass, BigDecimal selfPayRatio,
			BigDecimal quantity, BigDecimal unitPrice, Money amount, BigDecimal priceCap) {
		this(lineNo, catalogueCode, catalogueClass, selfPayRatio, quantity, unitPrice, amount, priceCap, 1);
	}

	/**
	 * This original line netted with its refund lines (退费明细, negative {@code cnt} and
	 * amount): the same serial, item, class, ratio, price and cap, the quantities and
	 * amounts added up. This is the line a settlement prices; a fully refunded line nets
	 * to zero. The refunds are not checked here ({@link SettlementEngine#classifyRefund}
	 * checks each one when it is uploaded); the classifier checks that the net is not
	 * negative.
	 */
	public FeeLine netOf(java.util.List<FeeLine> refunds) {
		if (refunds.isEmpty()) {
			return this;
		}
		BigDecimal qty = quantity;
		Money sum = amount;
		for (FeeLine r : refunds) {
			qty = qty.add(r.quantity());
			sum = sum.plus(r.amount());
		}
		return new FeeLine(lineNo, catalogueCode, catalogueClass, selfPayRatio, qty, unitPrice, sum, priceCap,
				parts + refunds.stream().mapToInt(FeeLine::parts).sum());
	}

	/**
	 * A line from the national interface's text values, e.g.
	 * {@code of("1", "XA01", "02", "0.1", "2", "75.5",
	 * "151.00", null)}; a blank ratio or cap means none. Malformed numbers and amounts
	 * with more than two decimals fail with {@code INS-0016} naming the line.
	 */
	public static FeeLine of(String lineNo, String catalogueCode, String chrgitmLv, String selfPayRatio, String cnt,
			String pric, String amount, String pricUplmt) {
		return new FeeLine(lineNo, catalogueCode, CatalogueClass.ofCode(lineNo, chrgitmLv),
				decimal(lineNo, "selfpay_prop", selfPayRatio), decimal(lineNo, "cnt", cnt),
				decimal(lineNo, "pric", pric), money(lineNo, amount), decimal(lineNo, "pric_uplmt_amt", pricUplmt));
	}

	/**
	 * The national amount of {@code unitPrice × quantity}: the product rounded HALF_UP
	 * (away from zero) to the fen. An uploaded line's {@code det_item_fee_sumamt} must
	 * equal it; it is also what a price cap allows.
	 */
	public static Money amountOf(BigDecimal unitPrice, BigDecimal quantity) {
		return Money.of(unitPrice.multiply(quantity).setScale(2, RoundingMode.HALF_UP));
	}

	/**
	 * A line of {@code quantity × unitPrice} whose amount is computed
	 * ({@link #amountOf}), for tests and tools.
	 */
	public static FeeLine priced(String lineNo, String catalogueCode, CatalogueClass catalogueClass,
			String selfPayRatio, String quantity, String unitPrice, String priceCap) {
		BigDecimal qty = new BigDecimal(quantity);
		BigDecimal price = new BigDecimal(unitPrice);
		return new FeeLine(lineNo, catalogueCode, catalogueClass,
				selfPayRatio == null ? null : new BigDecimal(selfPayRatio), qty, price, amountOf(price, qty),
				priceCap == null ? null : new BigDecimal(priceCap));
	}

	private static BigDecimal decimal(String lineNo, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new BusinessException(InsuranceErrors.INVALID_NUMBER, lineNo, field, text);
		}
	}

	private static Money money(String lineNo, String text) {
		BigDecimal value = decimal(lineNo, "det_item_fee_sumamt", text);
		if (value == null) {
			throw new BusinessException(InsuranceErrors.INVALID_NUMBER, lineNo, "det_item_fee_sumamt", "");
		}
		if (value.stripTrailingZeros().scale() > 2) {
			throw new BusinessException(InsuranceErrors.INVALID_NUMBER, lineNo, "det_item_fee_sumamt", text);
		}
		return Money.of(value);
	}

}
