package org.sanyi.insurance.engine;

import java.math.BigDecimal;

import org.sanyi.shared.Money;

/**
 * How one fee line splits (the 2204/2301 {@code result} fields). Always
 * {@code amount = fullOwnPay + overLimit + preSelfPay + inScope}; each part ≥ 0 for a
 * charge line, ≤ 0 as a rule for a refund line (its split is the change it makes to its
 * original's net split).
 *
 * @param lineNo {@code feedetl_sn}
 * @param catalogueCode {@code med_list_codg}
 * @param catalogueClass {@code chrgitm_lv}
 * @param selfPayRatio the 先行自付 ratio applied: the line's for 乙类, 0 for 甲类, 1 for 丙类
 * @param amount {@code det_item_fee_sumamt}
 * @param fullOwnPay {@code fulamt_ownpay_amt}: the whole of a 丙类 line
 * @param overLimit {@code overlmt_amt}: the part above the price cap
 * @param preSelfPay {@code preselfpay_amt}: the 乙类 share the patient pays first
 * @param inScope {@code inscp_scp_amt}: inside the policy scope, the base of every fund
 * calculation
 */
public record LineResult(String lineNo, String catalogueCode, CatalogueClass catalogueClass, BigDecimal selfPayRatio,
		Money amount, Money fullOwnPay, Money overLimit, Money preSelfPay, Money inScope) {

}
