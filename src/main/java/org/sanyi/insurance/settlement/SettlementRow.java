package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A stored settlement, or a reversal of one (negative amounts, {@code refund},
 * {@code originalSetlId}). The amounts are the {@code setlinfo} fields under English
 * names; the gateway maps them back at its edge.
 *
 * @param setlId {@code setl_id}; {@code null} for a pre-settlement (2206/2303) that was
 * not posted
 * @param visitId {@code mdtrt_id}
 * @param psnNo {@code psn_no}
 * @param psnName {@code psn_name}
 * @param insutype {@code insutype}
 * @param psnType {@code psn_type}
 * @param civilServant {@code cvlserv_flag}
 * @param medType {@code med_type}
 * @param clrType {@code clr_type}: 11 outpatient, 21 inpatient
 * @param institution {@code fixmedins_code}
 * @param institutionName its name
 * @param institutionRegion its registry region
 * @param personRegion where the person lives
 * @param hospitalLevel {@code hosp_lv}
 * @param treatmentRegion {@code mdtrtarea_admvs}
 * @param insuredRegion {@code insuplc_admdvs}
 * @param policyCode the policy version that priced it
 * @param settledAt {@code setl_time}
 * @param settlementDate the date that picked the policy and the year
 * @param beginDate visit start
 * @param endDate visit end
 * @param diseaseCode main disease
 * @param diagnosisCodes diagnosis codes, comma separated, main first
 * @param medicalFees {@code medfee_sumamt}
 * @param fullOwnPay {@code fulamt_ownpay_amt}
 * @param overLimit {@code overlmt_selfpay}
 * @param preSelfPay {@code preselfpay_amt}
 * @param inScope {@code inscp_scp_amt}
 * @param deductible {@code act_pay_dedc}
 * @param poolPay {@code hifp_pay}
 * @param poolRatio {@code pool_prop_selfpay}
 * @param civilServantPay {@code cvlserv_pay}
 * @param enterprisePay {@code hifes_pay}
 * @param criticalIllnessPay {@code hifmi_pay}
 * @param largeExpensePay {@code hifob_pay}
 * @param assistancePay {@code maf_pay}
 * @param otherPay {@code oth_pay}
 * @param fundTotal {@code fund_pay_sumamt}
 * @param personalPart {@code psn_part_amt}
 * @param accountPay {@code acct_pay}
 * @param cashPay {@code psn_cash_pay}
 * @param hospitalPart {@code hosp_part_amt}
 * @param balance {@code balc}
 * @param useAccount {@code acct_used_flag}
 * @param accumDelta what it added to the year-to-date totals
 * @param medinsSetlId {@code medins_setl_id}
 * @param msgid the message that posted it
 * @param invoiceNo {@code invono}
 * @param refund {@code refd_setl_flag}
 * @param originalSetlId {@code init_setl_id}
 * @param status SETTLED, REVERSED or REVERSAL
 * @param reversedBy the reversal's setl_id
 * @param funds the {@code setldetail} rows
 */
public record SettlementRow(String setlId, String visitId, String psnNo, String psnName, String insutype,
		String psnType, boolean civilServant, String medType, String clrType, String institution,
		String institutionName, String institutionRegion, String personRegion, String hospitalLevel,
		String treatmentRegion, String insuredRegion, String policyCode, OffsetDateTime settledAt,
		LocalDate settlementDate, LocalDate beginDate, LocalDate endDate, String diseaseCode, String diagnosisCodes,
		BigDecimal medicalFees, BigDecimal fullOwnPay, BigDecimal overLimit, BigDecimal preSelfPay, BigDecimal inScope,
		BigDecimal deductible, BigDecimal poolPay, BigDecimal poolRatio, BigDecimal civilServantPay,
		BigDecimal enterprisePay, BigDecimal criticalIllnessPay, BigDecimal largeExpensePay, BigDecimal assistancePay,
		BigDecimal otherPay, BigDecimal fundTotal, BigDecimal personalPart, BigDecimal accountPay, BigDecimal cashPay,
		BigDecimal hospitalPart, BigDecimal balance, boolean useAccount, Map<String, BigDecimal> accumDelta,
		String medinsSetlId, String msgid, String invoiceNo, boolean refund, String originalSetlId, String status,
		String reversedBy, List<FundRow> funds) {

	/** A {@code setldetail} row. */
	public record FundRow(String fundPayType, BigDecimal base, BigDecimal limitRemaining, BigDecimal amount,
			String trace) {
	}

	public boolean crossRegion() {
		return !treatmentRegion.equals(insuredRegion);
	}

	public List<String> diagnosisCodeList() {
		return diagnosisCodes == null || diagnosisCodes.isBlank() ? List.of() : List.of(diagnosisCodes.split(","));
	}

	/** What each fund paid, by fund_pay_type. */
	public Map<String, BigDecimal> fundPayments() {
		Map<String, BigDecimal> paid = new java.util.TreeMap<>();
		funds.forEach(f -> paid.merge(f.fundPayType(), f.amount(), BigDecimal::add));
		return paid;
	}

}
