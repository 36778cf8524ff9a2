package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Live settlement of visits another module completes outside the hospitals' national
 * interface: an internet hospital's online follow-up (互联网复诊, {@code med_type 9903}). The
 * visit is registered, its fee line uploaded and settled through the same engine, ledger,
 * year-to-date totals and {@link SettlementCompleted} event as a 2207 at the gateway, so
 * monitoring counts it like any other settlement. The policy version in force prices it:
 * like general outpatient unless it has rules of its own for online visits.
 *
 * <p>
 * Idempotent on the caller's key (the online visit): settling the same key again returns
 * the stored settlement and settles nothing; the same key with another fee, resident or
 * institution is refused ({@code INS-0171}). Reversible once ({@link #reverse}), by a
 * compensating settlement and {@link SettlementReversed}. Every settlement and reversal
 * is audited. Joins the caller's transaction: a refusal leaves nothing saved.
 */
public interface LiveSettlements {

	/**
	 * Settles a completed online follow-up visit. Refused with {@code INS-0170} (a field
	 * missing or wrong: key, resident, institution, fee, time, diagnosis),
	 * {@code INS-0171} (the key was settled with other content), {@code INS-0172} (the
	 * institution is not a designated one), {@code INS-0173} (the resident has no
	 * insurance enrolment active in the visit's year), or any refusal of the settlement
	 * itself (e.g. {@code INS-0008} when the policy cannot settle it).
	 */
	Settled settleOnlineVisit(OnlineVisitClaim claim);

	/**
	 * Reverses the settlement of a key (a refund of the online visit's fee); a reversed
	 * one is returned as it is. {@code INS-0174} when the key was never settled.
	 */
	Settled reverse(String key, String reason, String by);

	Optional<Settled> find(String key);

	/**
	 * Whether the resident has an insured person with an enrolment active in the day's
	 * year: settle then; otherwise the fee is the resident's own (自费).
	 */
	boolean covers(String residentRef, LocalDate day);

	/**
	 * A completed online follow-up visit with a fee.
	 *
	 * @param key the caller's key, unique for ever (e.g. {@code OL-20261204-0042}), at
	 * most 30 characters
	 * @param residentRef the identity module's resident id
	 * @param institutionCode the internet hospital's institution ({@code fixmedins_code})
	 * @param diagnosisCode the followed-up condition (ICD-10)
	 * @param diagnosisName its name
	 * @param doctorName the doctor who completed the visit
	 * @param fee the fee (诊查费), positive, at most two decimals
	 * @param completedAt when the visit was completed
	 * @param by who completed it (audited)
	 */
	record OnlineVisitClaim(String key, String residentRef, String institutionCode, String diagnosisCode,
			String diagnosisName, String doctorName, BigDecimal fee, LocalDateTime completedAt, String by) {
	}

	/**
	 * A settled online visit.
	 *
	 * @param settlementId {@code setl_id}
	 * @param visitId {@code mdtrt_id}
	 * @param medType {@code med_type} ({@code 9903})
	 * @param fundTotal what the funds paid
	 * @param accountPay what the personal account paid
	 * @param cashPay what the resident pays
	 * @param reversalId the reversal's {@code setl_id}, or {@code null}
	 */
	record Settled(String key, String settlementId, String visitId, String psnNo, String institutionCode,
			String medType, BigDecimal medicalFees, BigDecimal fundTotal, BigDecimal accountPay, BigDecimal cashPay,
			String policyCode, String reversalId) {

		public boolean reversed() {
			return reversalId != null;
		}

	}

}
