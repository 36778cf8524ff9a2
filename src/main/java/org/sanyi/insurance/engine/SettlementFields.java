package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.shared.Money;

/**
 * Maps a {@link Settlement} to the national interface's field names (insurance.md §1.6.3
 * and §1.6.6), the only place those names appear in the engine. Plain ordered maps with
 * {@link BigDecimal} amounts (scale 2) and ratios (scale 4), codes as strings, so the
 * gateway can serialise them as the spec's snake_case JSON. Fields the engine does not
 * know (setl_id, psn_name, clearing fields, setl_time...) are the gateway's to add.
 */
public final class SettlementFields {

	private SettlementFields() {
	}

	/** The {@code setlinfo} node. */
	public static Map<String, Object> setlinfo(Settlement s) {
		Visit visit = s.visit();
		FeeTotals totals = s.totals();
		Map<String, Object> out = new LinkedHashMap<>();
		putIfPresent(out, "mdtrt_id", visit.visitId());
		putIfPresent(out, "psn_no", visit.personId());
		out.put("insutype", visit.insutype().code());
		putIfPresent(out, "psn_type", visit.personType());
		out.put("cvlserv_flag", visit.civilServant() ? "1" : "0");
		out.put("med_type", visit.medType().code());
		out.put("age", visit.age());
		out.put("medfee_sumamt", amount(totals.medicalFees()));
		out.put("fulamt_ownpay_amt", amount(totals.fullOwnPay()));
		out.put("overlmt_selfpay", amount(totals.overLimit()));
		out.put("preselfpay_amt", amount(totals.preSelfPay()));
		out.put("inscp_scp_amt", amount(totals.inScope()));
		out.put("act_pay_dedc", amount(s.deductible()));
		out.put("hifp_pay", sumOf(s, "hifp_pay"));
		out.put("pool_prop_selfpay", s.poolRatio().setScale(4, RoundingMode.UNNECESSARY));
		out.put("cvlserv_pay", sumOf(s, "cvlserv_pay"));
		out.put("hifes_pay", sumOf(s, "hifes_pay"));
		out.put("hifmi_pay", sumOf(s, "hifmi_pay"));
		out.put("hifob_pay", sumOf(s, "hifob_pay"));
		out.put("hifdm_pay", sumOf(s, "hifdm_pay"));
		out.put("maf_pay", sumOf(s, "maf_pay"));
		out.put("oth_pay", sumOf(s, "oth_pay"));
		out.put("fund_pay_sumamt", amount(s.fundTotal()));
		out.put("psn_part_amt", amount(s.personalPart()));
		out.put("acct_pay", amount(s.accountPay()));
		// family mutual-aid (共济) payments are not modelled: the account here is the
		// patient's own
		out.put("acct_mulaid_pay", amount(Money.ZERO));
		out.put("psn_cash_pay", amount(s.cashPay()));
		out.put("hosp_part_amt", amount(s.hospitalPart()));
		out.put("balc", amount(s.accountBalanceAfter()));
		return out;
	}

	/** The {@code setldetail} rows, one per fund that took part. */
	public static List<Map<String, Object>> setldetail(Settlement s) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (FundPayment payment : s.fundPayments()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("fund_pay_type", payment.fund().code());
			row.put("inscp_scp_amt", amount(payment.base()));
			row.put("crt_payb_lmt_amt", amount(payment.limitRemaining()));
			row.put("fund_payamt", amount(payment.amount()));
			row.put("fund_pay_type_name", payment.fund().nationalName());
			row.put("setl_proc_info", payment.trace());
			rows.add(row);
		}
		return rows;
	}

	/** The per-line classification as the 2204/2301 {@code result} rows. */
	public static List<Map<String, Object>> lineResults(Settlement s) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (LineResult line : s.lines()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("feedetl_sn", line.lineNo());
			putIfPresent(row, "med_list_codg", line.catalogueCode());
			row.put("det_item_fee_sumamt", amount(line.amount()));
			row.put("chrgitm_lv", line.catalogueClass().code());
			row.put("selfpay_prop", line.selfPayRatio().setScale(4, RoundingMode.UNNECESSARY));
			row.put("fulamt_ownpay_amt", amount(line.fullOwnPay()));
			row.put("overlmt_amt", amount(line.overLimit()));
			row.put("preselfpay_amt", amount(line.preSelfPay()));
			row.put("inscp_scp_amt", amount(line.inScope()));
			rows.add(row);
		}
		return rows;
	}

	private static BigDecimal sumOf(Settlement s, String field) {
		Money sum = Money.ZERO;
		for (FundPayment payment : s.fundPayments()) {
			if (payment.fund().setlinfoField().equals(field)) {
				sum = sum.plus(payment.amount());
			}
		}
		return amount(sum);
	}

	private static BigDecimal amount(Money money) {
		return money.amount();
	}

	private static void putIfPresent(Map<String, Object> out, String key, Object value) {
		if (value != null) {
			out.put(key, value);
		}
	}

}
