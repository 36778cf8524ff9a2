package org.sanyi.drg.settlementlist;

import java.util.List;
import java.util.Optional;

import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementReversed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The DRG module's own record of inpatient settlements ({@code drg_settlement}), written
 * from the insurance events.
 */
@Repository
class SettlementCaseRepository {

	private final JdbcClient jdbc;

	SettlementCaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the settlement unless it is there already (a republished event). */
	void insert(SettlementCompleted e) {
		jdbc.sql("""
				insert into drg_settlement (setl_id, mdtrt_id, psn_no, institution_code, institution_region,
				    insured_region, treatment_region, insutype, med_type, hosp_lv, adm_date, dscg_date, settled_at,
				    diag_codes, medfee_sumamt, inscp_scp_amt, fund_pay_sumamt, acct_pay, psn_cash_pay, policy_code)
				values (:setl, :visit, :psn, :inst, :instRegion, :insured, :treatment, :insutype, :medType, :lv, :adm,
				    :dscg, :settled, :diag, :fee, :scope, :fund, :acct, :cash, :policy)
				on conflict (setl_id) do nothing
				""")
			.param("setl", e.settlementId())
			.param("visit", e.visitId())
			.param("psn", e.personId())
			.param("inst", e.institutionCode())
			.param("instRegion", e.institutionRegion())
			.param("insured", e.insuredRegion())
			.param("treatment", e.treatmentRegion())
			.param("insutype", e.insutype())
			.param("medType", e.medType())
			.param("lv", e.hospitalLevel() == null ? "" : e.hospitalLevel())
			.param("adm", e.admissionDate())
			.param("dscg", e.dischargeDate())
			.param("settled", e.settledAt())
			.param("diag", String.join(",", e.diagnosisCodes()))
			.param("fee", e.medicalFees())
			.param("scope", e.inScope())
			.param("fund", e.fundTotal())
			.param("acct", e.accountPay())
			.param("cash", e.cashPay())
			.param("policy", e.policyCode() == null ? "" : e.policyCode())
			.update();
	}

	/** Marks the settlement reversed (once). */
	void reverse(SettlementReversed e) {
		jdbc.sql("update drg_settlement set reversed = true, reversed_at = :at where setl_id = :setl and not reversed")
			.param("at", e.reversedAt())
			.param("setl", e.settlementId())
			.update();
	}

	private static final String COLUMNS = """
			setl_id, mdtrt_id, psn_no, institution_code, institution_region, insured_region, treatment_region, insutype,
			med_type, hosp_lv, adm_date, dscg_date, settled_at, diag_codes, medfee_sumamt, inscp_scp_amt, fund_pay_sumamt,
			acct_pay, psn_cash_pay, policy_code, reversed""";

	Optional<SettlementCases.Row> find(String setlId) {
		return jdbc.sql("select " + COLUMNS + " from drg_settlement where setl_id = :s")
			.param("s", setlId)
			.query(SettlementCases.Row.class)
			.optional();
	}

	Optional<SettlementCases.Row> findForUpdate(String setlId) {
		return jdbc.sql("select " + COLUMNS + " from drg_settlement where setl_id = :s for update")
			.param("s", setlId)
			.query(SettlementCases.Row.class)
			.optional();
	}

	List<SettlementCases.Row> withoutList(String regionPrefix) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from drg_settlement s where not reversed and treatment_region like :p || '%'
				and not exists (select 1 from drg_setl_list l where l.setl_id = s.setl_id and l.current_version)
				order by dscg_date, setl_id""").param("p", regionPrefix).query(SettlementCases.Row.class).list();
	}

	/**
	 * The incomplete publications of the insurance module's settlement events to DRG
	 * listeners.
	 */
	long openPublications() {
		return jdbc.sql("""
				select count(*) from event_publication where completion_date is null
				and event_type in ('org.sanyi.insurance.SettlementCompleted', 'org.sanyi.insurance.SettlementReversed')
				and listener_id like 'org.sanyi.drg.%'""").query(Long.class).single();
	}

}
