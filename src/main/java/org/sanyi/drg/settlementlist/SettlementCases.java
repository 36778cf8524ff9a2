package org.sanyi.drg.settlementlist;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.drg.DrgPayments.InpatientSettlement;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementReversed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The DRG side of inpatient settlements: the insurance module announces each settlement
 * ({@link SettlementCompleted}) and reversal ({@link SettlementReversed}); the listener
 * keeps a {@code drg_settlement} row (idempotent: a republished event changes nothing),
 * which is what a settlement list must refer to and what DRG payment compares with
 * fee-for-service. Insurance tables are never read.
 */
@Component
public class SettlementCases {

	private final SettlementCaseRepository cases;

	/**
	 * Only inpatient settlements concern DRG: for the others no event publication is
	 * stored at all.
	 */
	private static final String INPATIENT = "#root.args[0].inpatient()";

	SettlementCases(SettlementCaseRepository cases) {
		this.cases = cases;
	}

	@ApplicationModuleListener(condition = INPATIENT)
	void on(SettlementCompleted e) {
		cases.insert(e);
	}

	@ApplicationModuleListener(condition = INPATIENT)
	void on(SettlementReversed e) {
		cases.reverse(e);
	}

	/** A settlement as kept, with whether it was reversed. */
	public record Row(String setlId, String mdtrtId, String psnNo, String institutionCode, String institutionRegion,
			String insuredRegion, String treatmentRegion, String insutype, String medType, String hospLv,
			LocalDate admDate, LocalDate dscgDate, OffsetDateTime settledAt, String diagCodes, BigDecimal medfeeSumamt,
			BigDecimal inscpScpAmt, BigDecimal fundPaySumamt, BigDecimal acctPay, BigDecimal psnCashPay,
			String policyCode, boolean reversed) {

		/**
		 * What the patient bore as settled (self-pay, deductible, co-pay): medfee_sumamt
		 * − fund_pay_sumamt.
		 */
		public BigDecimal patientPaid() {
			return medfeeSumamt.subtract(fundPaySumamt);
		}

		public InpatientSettlement api() {
			return new InpatientSettlement(setlId, mdtrtId, psnNo, institutionCode, treatmentRegion, medType, admDate,
					dscgDate, diagCodes.isEmpty() ? List.of() : List.of(diagCodes.split(",")), medfeeSumamt,
					fundPaySumamt, acctPay, psnCashPay);
		}

	}

	public Optional<Row> find(String setlId) {
		return cases.find(setlId);
	}

	Optional<Row> findForUpdate(String setlId) {
		return cases.findForUpdate(setlId);
	}

	public List<Row> withoutList(String regionPrefix) {
		return cases.withoutList(regionPrefix);
	}

	/**
	 * Waits until no publication of the insurance module's settlement events is
	 * incomplete (Spring Modulith's publication registry, {@code event_publication}),
	 * polling every 100 ms.
	 */
	public boolean await(Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			if (cases.openPublications() == 0) {
				return true;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

}
