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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The DRG side of inpatient settlements: the insurance module announces each settlement ({@link SettlementCompleted})
 * and reversal ({@link SettlementReversed}); the listener keeps a {@code drg_settlement} row (idempotent: a
 * republished event changes nothing), which is what a settlement list must refer to and what DRG payment compares
 * with fee-for-service. Insurance tables are never read.
 */
@Component
public class SettlementCases {

	private final JdbcClient jdbc;

	/** Only inpatient settlements concern DRG: for the others no event publication is stored at all. */
	private static final String INPATIENT = "#root.args[0].inpatient()";

	SettlementCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener(condition = INPATIENT)
	void on(SettlementCompleted e) {
		jdbc.sql("""
				insert into drg_settlement (setl_id, mdtrt_id, psn_no, institution_code, institution_region,
				    insured_region, treatment_region, insutype, med_type, hosp_lv, adm_date, dscg_date, settled_at,
				    diag_codes, medfee_sumamt, inscp_scp_amt, fund_pay_sumamt, acct_pay, psn_cash_pay, policy_code)
				values (:setl, :visit, :psn, :inst, :instRegion, :insured, :treatment, :insutype, :medType, :lv, :adm,
				    :dscg, :settled, :diag, :fee, :scope, :fund, :acct, :cash, :policy)
				on conflict (setl_id) do nothing
				""")
			.param("setl", e.settlementId()).param("visit", e.visitId()).param("psn", e.personId())
			.param("inst", e.institutionCode()).param("instRegion", e.institutionRegion())
			.param("insured", e.insuredRegion()).param("treatment", e.treatmentRegion())
			.param("insutype", e.insutype()).param("medType", e.medType())
			.param("lv", e.hospitalLevel() == null ? "" : e.hospitalLevel()).param("adm", e.admissionDate())
			.param("dscg", e.dischargeDate()).param("settled", e.settledAt())
			.param("diag", String.join(",", e.diagnosisCodes())).param("fee", e.medicalFees())
			.param("scope", e.inScope()).param("fund", e.fundTotal()).param("acct", e.accountPay())
			.param("cash", e.cashPay()).param("policy", e.policyCode() == null ? "" : e.policyCode())
			.update();
	}

	@ApplicationModuleListener(condition = INPATIENT)
	void on(SettlementReversed e) {
		jdbc.sql("update drg_settlement set reversed = true, reversed_at = :at where setl_id = :setl and not reversed")
			.param("at", e.reversedAt()).param("setl", e.settlementId()).update();
	}

	/** A settlement as kept, with whether it was reversed. */
	public record Row(String setlId, String mdtrtId, String psnNo, String institutionCode, String institutionRegion,
			String insuredRegion, String treatmentRegion, String insutype, String medType, String hospLv,
			LocalDate admDate, LocalDate dscgDate, OffsetDateTime settledAt, String diagCodes, BigDecimal medfeeSumamt,
			BigDecimal inscpScpAmt, BigDecimal fundPaySumamt, BigDecimal acctPay, BigDecimal psnCashPay,
			String policyCode, boolean reversed) {

		/** What the patient bore as settled (self-pay, deductible, co-pay): medfee_sumamt − fund_pay_sumamt. */
		public BigDecimal patientPaid() {
			return medfeeSumamt.subtract(fundPaySumamt);
		}

		public InpatientSettlement api() {
			return new InpatientSettlement(setlId, mdtrtId, psnNo, institutionCode, treatmentRegion, medType, admDate,
					dscgDate, diagCodes.isEmpty() ? List.of() : List.of(diagCodes.split(",")), medfeeSumamt,
					fundPaySumamt, acctPay, psnCashPay);
		}

	}

	private static final String COLUMNS = """
			setl_id, mdtrt_id, psn_no, institution_code, institution_region, insured_region, treatment_region, insutype,
			med_type, hosp_lv, adm_date, dscg_date, settled_at, diag_codes, medfee_sumamt, inscp_scp_amt, fund_pay_sumamt,
			acct_pay, psn_cash_pay, policy_code, reversed""";

	public Optional<Row> find(String setlId) {
		return jdbc.sql("select " + COLUMNS + " from drg_settlement where setl_id = :s").param("s", setlId)
			.query(Row.class).optional();
	}

	Optional<Row> findForUpdate(String setlId) {
		return jdbc.sql("select " + COLUMNS + " from drg_settlement where setl_id = :s for update").param("s", setlId)
			.query(Row.class).optional();
	}

	public List<Row> withoutList(String regionPrefix) {
		return jdbc.sql("select " + COLUMNS + " " + """
				 from drg_settlement s where not reversed and treatment_region like :p || '%'
				 and not exists (select 1 from drg_setl_list l where l.setl_id = s.setl_id and l.current_version)
				 order by dscg_date, setl_id""").param("p", regionPrefix).query(Row.class).list();
	}

	/**
	 * Waits until no publication of the insurance module's settlement events is incomplete (Spring Modulith's
	 * publication registry, {@code event_publication}), polling every 100 ms.
	 */
	public boolean await(Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			long open = jdbc.sql("""
					select count(*) from event_publication where completion_date is null
					and event_type in ('org.sanyi.insurance.SettlementCompleted', 'org.sanyi.insurance.SettlementReversed')
					and listener_id like 'org.sanyi.drg.%'""").query(Long.class).single();
			if (open == 0) {
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
