package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A settlement (2207 outpatient, 2304 inpatient) was posted: funds paid, the account
 * debited, the ledger written. Published inside the settlement's transaction; Spring
 * Modulith's event publication registry keeps it for the listeners (DRG settlement lists)
 * until they have processed it, and the {@code shared.events} event queue for the
 * consumers that take every settlement in batches (monitoring's facts, pharma's visits).
 * Amounts are yuan, scale 2.
 *
 * @param settlementId {@code setl_id}
 * @param visitId {@code mdtrt_id}
 * @param personId {@code psn_no}
 * @param institutionCode {@code fixmedins_code}
 * @param institutionRegion the institution's registry region code (county, township or
 * city)
 * @param insuredRegion {@code insuplc_admdvs}
 * @param treatmentRegion {@code mdtrtarea_admvs}; differs from the insured region for
 * cross-region visits
 * @param insutype {@code insutype} (310, 390)
 * @param medType {@code med_type} (11, 14, 21 ...)
 * @param hospitalLevel {@code hosp_lv}
 * @param admissionDate visit start or admission date
 * @param dischargeDate visit end or discharge date
 * @param settledAt when it was posted
 * @param diagnosisCodes ICD-10 codes, the main diagnosis first
 * @param medicalFees {@code medfee_sumamt}
 * @param inScope {@code inscp_scp_amt}
 * @param fundTotal {@code fund_pay_sumamt}
 * @param fundPayments per {@code fund_pay_type}: what each fund paid
 * @param accountPay {@code acct_pay}
 * @param cashPay {@code psn_cash_pay}
 * @param policyCode the policy version that priced it
 * @param fees {@code medfee_sumamt} by national charge category
 * ({@code med_chrgitm_type}, 01 床位费 … 14 其他费; a line without a category counts as 14):
 * the sum of the settled lines, refunds netted, equal to {@code medicalFees}
 * @param drugs the quantity settled per national code ({@code med_list_codg}) of the drug
 * lines (charge categories 09 西药, 10 中药饮片, 11 中成药), refunds netted, codes netting to zero
 * left out: what drug-use monitoring needs without reading the lines back (empty in
 * events published before it existed)
 * @param person the insured person as monitoring slices settlements (county, sex, age at
 * the settlement date)
 * @param closesVisit the settlement ends the visit (an outpatient visit, a discharge);
 * {@code false} for an interim settlement (中途结算) of a patient who stays admitted
 * @param recorded settled by the bulk loader of recorded history
 * ({@code RecordedActivity}), not live at the gateway
 */
public record SettlementCompleted(String settlementId, String visitId, String personId, String institutionCode,
		String institutionRegion, String insuredRegion, String treatmentRegion, String insutype, String medType,
		String hospitalLevel, LocalDate admissionDate, LocalDate dischargeDate, OffsetDateTime settledAt,
		List<String> diagnosisCodes, BigDecimal medicalFees, BigDecimal inScope, BigDecimal fundTotal,
		Map<String, BigDecimal> fundPayments, BigDecimal accountPay, BigDecimal cashPay, String policyCode,
		Map<String, BigDecimal> fees, Map<String, BigDecimal> drugs, InsuredProfile person, boolean closesVisit,
		boolean recorded) {

	public SettlementCompleted {
		diagnosisCodes = List.copyOf(diagnosisCodes);
		fundPayments = Map.copyOf(fundPayments);
		fees = Map.copyOf(fees);
		drugs = drugs == null ? Map.of() : Map.copyOf(drugs);
	}

	/** Settled live (at the gateway), as opposed to recorded history loaded in bulk. */
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

	/** Treated outside the insured pooling region (异地就医). */
	public boolean crossRegion() {
		return !insuredRegion.equals(treatmentRegion);
	}

}
