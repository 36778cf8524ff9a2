package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A settlement was reversed (2208, 2305, or 2601 on the original message): compensating
 * ledger entries were posted, the year-to-date totals reduced and the account refunded,
 * in one transaction. The amounts are those of the original settlement (positive);
 * listeners subtract them.
 *
 * @param reversalId the {@code setl_id} of the reversal record
 * @param settlementId the reversed {@code setl_id}
 * @param visitId {@code mdtrt_id}
 * @param personId {@code psn_no}
 * @param institutionCode {@code fixmedins_code}
 * @param institutionRegion the institution's registry region code
 * @param insuredRegion {@code insuplc_admdvs}
 * @param treatmentRegion {@code mdtrtarea_admvs}
 * @param insutype {@code insutype}
 * @param medType {@code med_type}
 * @param admissionDate visit start or admission date
 * @param dischargeDate visit end or discharge date
 * @param originalSettlementDate the date the reversed settlement was posted
 * @param reversedAt when the reversal was posted
 * @param diagnosisCodes ICD-10 codes, the main diagnosis first
 * @param medicalFees {@code medfee_sumamt} of the reversed settlement
 * @param fundTotal {@code fund_pay_sumamt} of the reversed settlement
 * @param fundPayments per {@code fund_pay_type}, of the reversed settlement
 * @param accountPay {@code acct_pay} refunded to the account
 * @param cashPay {@code psn_cash_pay} to refund to the patient
 * @param infno the transaction that reversed it (2208, 2305, 2601)
 * @param hospitalLevel {@code hosp_lv} of the reversed settlement
 * @param inScope {@code inscp_scp_amt} of the reversed settlement
 * @param fees {@code medfee_sumamt} of the reversed settlement by national charge
 * category, as {@link SettlementCompleted#fees()} carried it
 * @param person the insured person as the reversed settlement's event described them (age
 * at its settlement date)
 * @param closesVisit the reversed settlement had ended the visit (its event said so)
 * @param recorded the reversed settlement was recorded history loaded in bulk, not
 * settled live
 */
public record SettlementReversed(String reversalId, String settlementId, String visitId, String personId,
		String institutionCode, String institutionRegion, String insuredRegion, String treatmentRegion, String insutype,
		String medType, LocalDate admissionDate, LocalDate dischargeDate, LocalDate originalSettlementDate,
		OffsetDateTime reversedAt, List<String> diagnosisCodes, BigDecimal medicalFees, BigDecimal fundTotal,
		Map<String, BigDecimal> fundPayments, BigDecimal accountPay, BigDecimal cashPay, String infno,
		String hospitalLevel, BigDecimal inScope, Map<String, BigDecimal> fees, InsuredProfile person,
		boolean closesVisit, boolean recorded) {

	public SettlementReversed {
		diagnosisCodes = List.copyOf(diagnosisCodes);
		fundPayments = Map.copyOf(fundPayments);
		fees = Map.copyOf(fees);
	}

	/**
	 * The reversed settlement was settled live (at the gateway), as opposed to recorded
	 * history loaded in bulk.
	 */
	public boolean live() {
		return !recorded;
	}

	/**
	 * An inpatient settlement (住院: med_type 21 general, 22–24 …, 28 day surgery; 52
	 * maternity inpatient). Listeners that only want those name it in their condition, so
	 * that an outpatient settlement (most of the traffic) leaves no event publication for
	 * them to store, dispatch and complete.
	 */
	public boolean inpatient() {
		return medType != null && (medType.startsWith("2") || "52".equals(medType));
	}

}
