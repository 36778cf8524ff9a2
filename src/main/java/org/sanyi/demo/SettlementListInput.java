package org.sanyi.demo;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.demo.internal.CaseTemplate.CaseProcedure;
import org.sanyi.demo.internal.InpatientCase;
import org.sanyi.drg.DrgPayments.InpatientSettlement;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;

/**
 * The settlement list (4101 input) a hospital's HIS sends for a demo stay: the
 * settlement's identifiers and amounts, the patient, the department of admission and
 * discharge, the diagnoses (main first) and the procedures (main first, on the day after
 * admission) of the generated stay.
 */
final class SettlementListInput {

	private SettlementListInput() {
	}

	static Map<String, Object> of(InpatientSettlement s, InpatientCase stay) {
		NewPerson p = stay.patient();
		int los = (int) Math.max(1, ChronoUnit.DAYS.between(s.admissionDate(), s.dischargeDate()));
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("setl_id", s.settlementId());
		info.put("mdtrt_id", s.visitId());
		info.put("psn_no", s.personId());
		info.put("psn_name", p.name());
		info.put("gend", p.sex());
		info.put("brdy", p.birthDate().toString());
		info.put("age", (int) ChronoUnit.YEARS.between(p.birthDate(), s.admissionDate()));
		info.put("adm_way", "2");
		info.put("adm_time", s.admissionDate() + " 09:00:00");
		info.put("adm_caty", stay.department());
		info.put("dscg_time", s.dischargeDate() + " 10:00:00");
		info.put("dscg_caty", stay.department());
		info.put("act_ipt_days", los);
		info.put("dscg_way", "1");
		info.put("hi_paymtd", "4");
		info.put("acct_pay", s.accountPay());
		info.put("psn_cashpay", s.cashPay());
		List<Map<String, Object>> diagnoses = new ArrayList<>();
		for (Diagnosis d : stay.diagnoses()) {
			diagnoses.add(Map.of("diag_type", "1", "diag_code", d.code(), "diag_name", d.name(), "maindiag_flag",
					diagnoses.isEmpty() ? "1" : "0", "adm_cond_type", "1"));
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("setlinfo", info);
		input.put("diseinfo", diagnoses);
		List<Map<String, Object>> procedures = new ArrayList<>();
		String day = s.admissionDate().plusDays(Math.min(1, los - 1L)).toString();
		for (CaseProcedure proc : stay.procedures()) {
			procedures.add(Map.of("oprn_oprt_type", procedures.isEmpty() ? "1" : "2", "oprn_oprt_code", proc.code(),
					"oprn_oprt_name", proc.name(), "oprn_oprt_date", day, "anst_way", proc.anaesthesia()));
		}
		if (!procedures.isEmpty()) {
			input.put("oprninfo", procedures);
		}
		return input;
	}

}
