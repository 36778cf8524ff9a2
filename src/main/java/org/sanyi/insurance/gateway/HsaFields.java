package org.sanyi.insurance.gateway;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.settlement.SettlementRow;
import org.sanyi.insurance.settlement.VisitStatus;
import org.sanyi.insurance.settlement.SettlementRow.FundRow;
import org.sanyi.insurance.settlement.Visits.FeeLineRow;
import org.sanyi.insurance.settlement.Visits.VisitRow;

/**
 * The gateway's output nodes under their national names (insurance.md §1.6): the only
 * mapping back from English.
 */
final class HsaFields {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private HsaFields() {
	}

	/**
	 * {@code setlinfo} of a settlement, a pre-settlement (no setl_id) or a reversal
	 * (negative amounts).
	 */
	static Map<String, Object> setlinfo(SettlementRow s, Person person, String certType) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("mdtrt_id", s.visitId());
		out.put("setl_id", s.setlId());
		out.put("psn_no", s.psnNo());
		out.put("psn_name", s.psnName());
		if (person != null) {
			out.put("psn_cert_type", person.certType());
			out.put("certno", person.certNo());
			out.put("gend", person.sex());
			out.put("naty", person.nation());
			out.put("brdy", person.birthDate().toString());
			out.put("age", person.ageOn(s.settlementDate()));
		}
		out.put("insutype", s.insutype());
		out.put("psn_type", s.psnType());
		out.put("cvlserv_flag", s.civilServant() ? "1" : "0");
		out.put("setl_time", s.settledAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).format(TIME));
		out.put("mdtrt_cert_type", certType);
		out.put("med_type", s.medType());
		out.put("medfee_sumamt", s.medicalFees());
		out.put("fulamt_ownpay_amt", s.fullOwnPay());
		out.put("overlmt_selfpay", s.overLimit());
		out.put("preselfpay_amt", s.preSelfPay());
		out.put("inscp_scp_amt", s.inScope());
		out.put("act_pay_dedc", s.deductible());
		out.put("hifp_pay", s.poolPay());
		out.put("pool_prop_selfpay", s.poolRatio());
		out.put("cvlserv_pay", s.civilServantPay());
		out.put("hifes_pay", s.enterprisePay());
		out.put("hifmi_pay", s.criticalIllnessPay());
		out.put("hifob_pay", s.largeExpensePay());
		out.put("hifdm_pay", java.math.BigDecimal.ZERO.setScale(2));
		out.put("maf_pay", s.assistancePay());
		out.put("oth_pay", s.otherPay());
		out.put("fund_pay_sumamt", s.fundTotal());
		out.put("psn_part_amt", s.personalPart());
		out.put("acct_pay", s.accountPay());
		out.put("acct_mulaid_pay", java.math.BigDecimal.ZERO.setScale(2));
		out.put("psn_cash_pay", s.cashPay());
		out.put("hosp_part_amt", s.hospitalPart());
		out.put("balc", s.balance());
		out.put("medins_setl_id", s.medinsSetlId());
		out.put("clr_optins", s.insuredRegion());
		out.put("clr_way", "1");
		out.put("clr_type", s.clrType());
		out.put("hosp_lv", s.hospitalLevel());
		out.put("insuplc_admdvs", s.insuredRegion());
		out.put("mdtrtarea_admvs", s.treatmentRegion());
		out.put("refd_setl_flag", s.refund() ? "1" : "0");
		out.put("init_setl_id", s.originalSetlId());
		return out;
	}

	static List<Map<String, Object>> setldetail(SettlementRow s) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (FundRow f : s.funds()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("fund_pay_type", f.fundPayType());
			row.put("inscp_scp_amt", f.base());
			row.put("crt_payb_lmt_amt", f.limitRemaining());
			row.put("fund_payamt", f.amount());
			row.put("fund_pay_type_name", FUND_NAMES.getOrDefault(f.fundPayType(), f.fundPayType()));
			row.put("setl_proc_info", f.trace());
			rows.add(row);
		}
		return rows;
	}

	/**
	 * A fee line with the platform's classification: the 2204/2301 {@code result} row and
	 * the 5204 row.
	 */
	static Map<String, Object> lineResult(FeeLineRow l) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("feedetl_sn", l.lineNo());
		if (l.refund()) {
			row.put("init_feedetl_sn", l.initLineNo());
		}
		row.put("mdtrt_id", l.visitId());
		row.put("chrg_bchno", l.batchNo());
		row.put("med_list_codg", l.code());
		row.put("medins_list_codg", l.hospitalCode());
		row.put("det_item_fee_sumamt", l.amount());
		row.put("cnt", l.quantity());
		row.put("pric", l.price());
		row.put("pric_uplmt_amt", l.priceCap());
		row.put("selfpay_prop", l.selfPayRatio());
		row.put("fulamt_ownpay_amt", l.fullOwnPay());
		row.put("overlmt_amt", l.overLimit());
		row.put("preselfpay_amt", l.preSelfPay());
		row.put("inscp_scp_amt", l.inScope());
		row.put("chrgitm_lv", l.catalogueClass());
		row.put("med_chrgitm_type", l.chargeType());
		row.put("setl_id", l.setlId());
		row.put("memo", l.itemName());
		return row;
	}

	static Map<String, Object> visit(VisitRow v) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("mdtrt_id", v.visitId());
		row.put("psn_no", v.psnNo());
		row.put("insutype", v.insutype());
		row.put("med_type", v.medType());
		row.put("ipt_otp_no", v.hospitalNo());
		row.put("begntime", v.begin().format(TIME));
		row.put("endtime", v.end() == null ? null : v.end().format(TIME));
		row.put("dise_codg", v.diseaseCode());
		row.put("dise_name", v.diseaseName());
		row.put("fixmedins_code", v.institution());
		row.put("fixmedins_name", v.institutionName());
		row.put("hosp_lv", v.hospitalLevel());
		row.put("insuplc_admdvs", v.insuredRegion());
		row.put("mdtrtarea_admvs", v.treatmentRegion());
		row.put("vali_flag", v.status() == VisitStatus.CANCELLED ? "0" : "1");
		row.put("mdtrt_stas", v.status().name());
		return row;
	}

	/** fund_pay_type_name: the national code table's labels. */
	static final Map<String, String> FUND_NAMES = Map.of("310100", "职工基本医疗保险统筹基金", "320100", "公务员医疗补助资金", "330100",
			"职工大额医疗费用补助基金", "370100", "企业补充医疗保险基金", "390100", "城乡居民基本医疗保险基金", "390200", "城乡居民大病医疗保险资金", "610100",
			"医疗救助基金");

}
