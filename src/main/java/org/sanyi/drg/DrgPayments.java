package org.sanyi.drg;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * DRG payment for other modules and the demo: settlement lists (the same path as the
 * gateway's 4101/4101A), payment parameter versions (weights, base rate) and the monthly
 * hospital settlement.
 */
public interface DrgPayments {

	/**
	 * Checks, groups and stores a settlement list exactly as {@code POST /hsa/4101} does.
	 * @param infno {@code 4101} or {@code 4101A}
	 * @param input the transaction input ({@code setlinfo}, {@code diseinfo},
	 * {@code oprninfo} ...)
	 * @return {@code setl_list_id}
	 * @throws org.sanyi.shared.BusinessException {@link DrgErrors#SETL_LIST_INVALID} with
	 * every problem, and the other settlement errors; nothing is stored then
	 */
	String uploadSettlementList(String infno, String institutionCode, String msgid, String operator,
			Map<String, Object> input);

	/**
	 * Inpatient settlements announced by the insurance module, not reversed, without a
	 * current settlement list.
	 */
	List<InpatientSettlement> settlementsWithoutList(String regionPrefix);

	/**
	 * Waits until the insurance module's settlement events published so far have reached
	 * the DRG module (they are delivered asynchronously after their transactions commit).
	 * @return whether all arrived within the timeout
	 */
	boolean awaitSettlementEvents(Duration timeout);

	/**
	 * Proposes a new parameter version (weights computed from a base period, or copied),
	 * waiting for review.
	 */
	long proposeParameters(ParameterProposal proposal, String proposer);

	/**
	 * A second officer approves a pending version; the version in force ends the day
	 * before it starts.
	 */
	void approveParameters(long id, String reviewer, String note);

	/**
	 * Settles every hospital with settlement lists discharged in the month; returns the
	 * hospitals settled.
	 */
	int settleMonth(YearMonth month, String by);

	/**
	 * An inpatient settlement as the DRG module keeps it.
	 *
	 * @param diagnosisCodes ICD-10 codes of the settlement, main diagnosis first
	 */
	record InpatientSettlement(String settlementId, String visitId, String personId, String institutionCode,
			String treatmentRegion, String medType, LocalDate admissionDate, LocalDate dischargeDate,
			List<String> diagnosisCodes, BigDecimal medicalFees, BigDecimal fundTotal, BigDecimal accountPay,
			BigDecimal cashPay) {
	}

	/**
	 * A proposed version of a region's payment parameters.
	 *
	 * @param method {@code RATE} (费率法: base rate yuan per RW) or {@code POINT} (点数法:
	 * point value, 100 points per RW)
	 * @param budget DRG fund budget of the year; when given, the base rate / point value
	 * is derived from it over the base period's case mix, otherwise {@code baseRate} /
	 * {@code pointValue} is taken as entered
	 * @param baseFrom first discharge date of the base period whose costs give the
	 * weights (null: copy the weights of {@code basedOn})
	 * @param baseTo last discharge date of the base period
	 * @param trim {@code IQR}, {@code LOG_SIGMA} or {@code NONE}
	 */
	record ParameterProposal(String regionCode, LocalDate effectiveFrom, Long basedOn, String method, BigDecimal budget,
			BigDecimal baseRate, BigDecimal pointValue, BigDecimal highFactor, BigDecimal highRatio,
			BigDecimal lowFactor, LocalDate baseFrom, LocalDate baseTo, String trim, BigDecimal trimFactor,
			Integer minCases, String summary) {
	}

}
